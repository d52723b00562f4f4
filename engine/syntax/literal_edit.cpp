#include "syntax/literal_edit.h"

#include <algorithm>

#include "syntax/lexer.h"
#include "syntax/number_literal.h"

namespace loopstep {
namespace {

bool is_valid_replacement(const std::string& number) {
    const std::size_t start = !number.empty() && number[0] == '-' ? 1 : 0;
    if (start >= number.size()) return false;
    const char first = number[start];
    const bool digit_start = first >= '0' && first <= '9';
    const bool dot_start =
        first == '.' && start + 1 < number.size() && number[start + 1] >= '0' && number[start + 1] <= '9';
    if (!digit_start && !dot_start) return false;
    const NumberScan scan = scan_number_literal(number, start);
    return scan.error.empty() && !scan.is_imaginary && start + scan.length == number.size();
}

}  // namespace

std::optional<Diagnostic> apply_literal_edits(std::string& normalized_source,
                                              const std::vector<LiteralEdit>& edits,
                                              const std::string& filename) {
    if (edits.empty()) return std::nullopt;
    const LexResult lexed = tokenize(normalized_source, filename);

    struct Replacement {
        std::size_t offset, length;
        std::string text;
    };
    std::vector<Replacement> replacements;
    for (const LiteralEdit& edit : edits) {
        if (!is_valid_replacement(edit.number)) {
            return Diagnostic{filename, edit.line, edit.col,
                              "invalid number '" + edit.number + "' (expected an int or float literal)"};
        }
        const auto it = std::find_if(lexed.tokens.begin(), lexed.tokens.end(), [&](const Token& t) {
            return t.kind == TokenKind::Number && t.pos.line == edit.line && t.pos.col == edit.col;
        });
        if (it == lexed.tokens.end()) {
            if (lexed.error) return lexed.error;
            return Diagnostic{
                filename, edit.line, edit.col,
                "no numeric literal at " + std::to_string(edit.line) + ":" + std::to_string(edit.col)};
        }
        // A later edit of the same literal wins.
        replacements.erase(std::remove_if(replacements.begin(), replacements.end(),
                                          [&](const Replacement& r) { return r.offset == it->offset; }),
                           replacements.end());
        replacements.push_back({it->offset, it->length, edit.number});
    }
    // Right to left, so that earlier offsets stay valid.
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.offset > b.offset; });
    for (const Replacement& r : replacements)
        normalized_source.replace(r.offset, r.length, r.text);
    return std::nullopt;
}

}  // namespace loopstep
