// Python 3.11 tokenizer for normalized source (valid UTF-8, LF line ends; see source_text.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"
#include "syntax/token.h"

namespace loopstep {

struct LexOptions {
    ast::Pos start{1, 1};          // position of the first character (f-string fields start mid-line)
    bool expression_mode = false;  // whole text is one parenthesized expression: no NEWLINE/INDENT
};

// On error, `tokens` holds everything lexed before the error followed by one Error token at the
// error's position, and `error` says what went wrong. CPython reports some lexer errors only when
// the parser gets there, so the parser decides which error wins.
struct LexResult {
    std::vector<Token> tokens;
    std::optional<Diagnostic> error;
};

LexResult tokenize(std::string_view source, const std::string& filename, const LexOptions& options = {});

bool is_python_keyword(std::string_view word);

// Nesting limits: deeper input is refused rather than risking the C++ stack later on.
inline constexpr int kMaxBracketDepth = 200;
inline constexpr int kMaxIndentLevels = 100;

}  // namespace loopstep
