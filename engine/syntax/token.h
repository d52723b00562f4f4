// The tokens the lexer hands to the parser, in the spirit of CPython's Lib/token.py.
#pragma once

#include <cstdint>
#include <string>

#include "syntax/ast.h"

namespace loopstep {

enum class TokenKind : uint8_t {
    EndMarker,
    Newline,  // end of a logical line
    Indent,
    Dedent,
    Name,     // identifiers, including the soft keywords `match`, `case`, `_`
    Keyword,  // the hard keywords of Python 3.11 (`if`, `True`, `await`, ...)
    Number,   // raw literal text; the parser converts it
    String,   // raw literal text with prefix and quotes; the parser decodes it (f-strings too)
    Op,       // operators and delimiters, text is the operator
    Error,    // stands where the lexer stopped; the lexer's Diagnostic says why
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string text;
    ast::Pos pos;            // first character
    ast::Pos end;            // just past the last character
    std::size_t offset = 0;  // byte offset of the first character in the lexed text
    std::size_t length = 0;  // bytes

    bool is_op(const char* op) const { return kind == TokenKind::Op && text == op; }
    bool is_keyword(const char* kw) const { return kind == TokenKind::Keyword && text == kw; }
};

}  // namespace loopstep
