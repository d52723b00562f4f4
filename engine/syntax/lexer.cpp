// Tokenizer. Reading CPython's Parser/tokenizer.c for the rules (tab stops of 8, which errors are
// reported and with what words); the code is our own.
#include "syntax/lexer.h"

#include <array>
#include <cstdio>

#include "syntax/identifier_chars.h"
#include "syntax/number_literal.h"

namespace loopstep {
namespace {

constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// Longest first, so the first match wins.
constexpr std::array<std::string_view, 47> kOperators = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "<<", ">>", "**", "//", "+=",
    "-=",  "*=",  "/=",  "%=",  "&=",  "|=", "^=", "@=", "(",  ")",  "[",  "]",  "{",  "}",  ",",  ":",
    ";",   ".",   "+",   "-",   "*",   "/",  "%",  "@",  "&",  "|",  "^",  "~",  "<",  ">",  "="};

bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_string_prefix(std::string_view word) {
    if (word.size() > 2) return false;
    bool r = false, b = false, f = false, u = false;
    for (char c : word) {
        switch (c | 0x20) {
            case 'r':
                if (r) return false;
                r = true;
                break;
            case 'b':
                if (b) return false;
                b = true;
                break;
            case 'f':
                if (f) return false;
                f = true;
                break;
            case 'u':
                if (u) return false;
                u = true;
                break;
            default:
                return false;
        }
    }
    if (u && word.size() > 1) return false;
    return !(b && f);
}

uint32_t decode_code_point(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[k])); };
    const uint32_t lead = b(i);
    if (lead < 0x80) return lead;
    if (lead < 0xE0) return ((lead & 0x1F) << 6) | (b(i + 1) & 0x3F);
    if (lead < 0xF0) return ((lead & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    return ((lead & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
}

// Non-ASCII characters that cannot be part of an identifier and that learners paste by accident
// (smart quotes, dashes, arrows, full-width punctuation). Other non-ASCII letters are accepted.
bool is_forbidden_in_identifier(uint32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3020) ||
           (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFEFF;
}

std::string hex_code_point(uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

class Lexer {
public:
    Lexer(std::string_view src, const std::string& filename, const LexOptions& options)
        : src_(src),
          filename_(filename),
          expression_mode_(options.expression_mode),
          line_(options.start.line),
          col_(options.start.col) {}

    LexResult run() {
        while (!failed_ && scan_token()) {
        }
        if (!failed_) finish();
        return LexResult{std::move(tokens_), std::move(error_)};
    }

private:
    struct OpenBracket {
        char ch;
        ast::Pos pos;
    };

    std::string_view src_;
    const std::string& filename_;
    bool expression_mode_;
    std::size_t i_ = 0;
    int line_, col_;
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};  // indentation with tabs counted as 1, to detect mixing
    std::vector<OpenBracket> brackets_;
    bool at_line_start_ = true;
    bool line_has_tokens_ = false;
    std::vector<Token> tokens_;
    std::optional<Diagnostic> error_;
    bool failed_ = false;

    char peek(std::size_t k = 0) const { return i_ + k < src_.size() ? src_[i_ + k] : '\0'; }
    bool at_end() const { return i_ >= src_.size(); }
    ast::Pos here() const { return {line_, col_}; }

    void advance() {
        const char c = src_[i_++];
        if (c == '\n') {
            ++line_;
            col_ = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++col_;
        }
    }

    void fail(ast::Pos pos, std::string message) {
        if (failed_) return;
        failed_ = true;
        error_ = Diagnostic{filename_, pos.line, pos.col, std::move(message)};
        Token t;
        t.kind = TokenKind::Error;
        t.pos = t.end = pos;
        t.offset = i_;
        tokens_.push_back(std::move(t));
    }

    void emit(TokenKind kind, std::size_t start, ast::Pos pos) {
        Token t;
        t.kind = kind;
        t.text = std::string(src_.substr(start, i_ - start));
        t.pos = pos;
        t.end = here();
        t.offset = start;
        t.length = i_ - start;
        tokens_.push_back(std::move(t));
        if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) {
            line_has_tokens_ = true;
        }
    }

    void emit_marker(TokenKind kind, ast::Pos pos) {
        Token t;
        t.kind = kind;
        t.pos = t.end = pos;
        t.offset = i_;
        tokens_.push_back(std::move(t));
    }

    bool handle_indentation();
    bool scan_token();
    void scan_name();
    void scan_number();
    void scan_string(std::size_t start, ast::Pos pos);
    void scan_operator();
    void finish();
};

bool Lexer::handle_indentation() {
    int col = 0, alt = 0;
    while (!at_end()) {
        const char c = peek();
        if (c == ' ') {
            ++col;
            ++alt;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            ++alt;
        } else if (c == '\f') {
            col = alt = 0;
        } else {
            break;
        }
        advance();
    }
    if (at_end() || peek() == '#' || peek() == '\n') return false;  // blank line: no tokens at all
    if (peek() == '\\' && peek(1) == '\n') return false;            // indentation decided later
    at_line_start_ = false;
    const ast::Pos pos = here();
    if (col > indents_.back()) {
        if (alt <= alt_indents_.back()) {
            fail({line_, 1}, "inconsistent use of tabs and spaces in indentation");
            return true;
        }
        if (static_cast<int>(indents_.size()) > kMaxIndentLevels) {
            fail(pos, "too many levels of indentation");
            return true;
        }
        indents_.push_back(col);
        alt_indents_.push_back(alt);
        emit_marker(TokenKind::Indent, pos);
    } else {
        while (col < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            emit_marker(TokenKind::Dedent, pos);
        }
        if (col != indents_.back()) {
            fail(pos, "unindent does not match any outer indentation level");
        } else if (alt != alt_indents_.back()) {
            fail({line_, 1}, "inconsistent use of tabs and spaces in indentation");
        }
    }
    return true;
}

// Returns false at the end of input.
bool Lexer::scan_token() {
    if (at_line_start_ && brackets_.empty() && !expression_mode_) {
        handle_indentation();
        if (failed_) return false;
    }
    while (peek() == ' ' || peek() == '\t' || peek() == '\f')
        advance();
    if (at_end()) return false;
    const char c = peek();
    const ast::Pos pos = here();
    if (c == '#') {
        while (!at_end() && peek() != '\n')
            advance();
        return true;
    }
    if (c == '\n') {
        const std::size_t start = i_;
        if (!brackets_.empty() || expression_mode_) {
            advance();
        } else if (line_has_tokens_) {
            advance();
            tokens_.push_back(Token{TokenKind::Newline, "", pos, pos, start, 1});
            at_line_start_ = true;
            line_has_tokens_ = false;
        } else {
            advance();  // a line that only had a continuation backslash before
            at_line_start_ = true;
        }
        return true;
    }
    if (c == '\\') {
        if (peek(1) == '\n') {
            advance();
            advance();
            if (at_end()) fail(here(), "unexpected EOF while parsing");
            return true;
        }
        advance();
        fail(here(), at_end() ? "unexpected EOF while parsing"
                              : "unexpected character after line continuation character");
        return false;
    }
    if (is_ident_start(c)) {
        scan_name();
    } else if (is_ascii_digit(c) || (c == '.' && is_ascii_digit(peek(1)))) {
        scan_number();
    } else if (c == '\'' || c == '"') {
        scan_string(i_, pos);
    } else {
        scan_operator();
    }
    return !failed_;
}

void Lexer::scan_name() {
    const std::size_t start = i_;
    const ast::Pos pos = here();
    while (!at_end() && is_ident_char(peek())) {
        if (static_cast<unsigned char>(peek()) >= 0x80) {
            const uint32_t cp = decode_code_point(src_, i_);
            if (is_forbidden_in_identifier(cp)) {
                if (cp == 0xA0 || cp == 0xFEFF) {
                    fail(here(), "invalid non-printable character " + hex_code_point(cp));
                } else {
                    std::string ch(src_.substr(i_, cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4));
                    fail(here(), "invalid character '" + ch + "' (" + hex_code_point(cp) + ")");
                }
                return;
            }
        }
        advance();
    }
    const std::string_view word = src_.substr(start, i_ - start);
    if ((peek() == '\'' || peek() == '"') && is_string_prefix(word)) {
        scan_string(start, pos);
        return;
    }
    emit(is_python_keyword(word) ? TokenKind::Keyword : TokenKind::Name, start, pos);
}

void Lexer::scan_string(std::size_t start, ast::Pos pos) {
    const char quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    for (int k = 0; k < (triple ? 3 : 1); ++k)
        advance();
    for (;;) {
        if (at_end() || (!triple && peek() == '\n')) {
            // CPython names the line where it gave up, which is the last line of the file for
            // triple-quoted strings.
            int detected = line_;
            if (at_end() && i_ > 0 && src_[i_ - 1] == '\n') --detected;
            if (!triple) detected = line_;
            fail(pos, std::string(triple ? "unterminated triple-quoted string literal"
                                         : "unterminated string literal") +
                          " (detected at line " + std::to_string(detected) + ")");
            return;
        }
        const char c = peek();
        if (c == '\\') {
            advance();
            if (!at_end()) advance();
            continue;
        }
        if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
            for (int k = 0; k < (triple ? 3 : 1); ++k)
                advance();
            break;
        }
        advance();
    }
    emit(TokenKind::String, start, pos);
}

void Lexer::scan_operator() {
    const std::size_t start = i_;
    const ast::Pos pos = here();
    const std::string_view rest = src_.substr(i_);
    for (std::string_view op : kOperators) {
        if (rest.substr(0, op.size()) != op) continue;
        const char c = op[0];
        if (op.size() == 1 && (c == '(' || c == '[' || c == '{')) {
            if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth) {
                fail(pos, "too many nested parentheses");
                return;
            }
            brackets_.push_back({c, pos});
        } else if (op.size() == 1 && (c == ')' || c == ']' || c == '}')) {
            if (brackets_.empty()) {
                fail(pos, std::string("unmatched '") + c + "'");
                return;
            }
            const OpenBracket open = brackets_.back();
            const char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string msg = std::string("closing parenthesis '") + c +
                                  "' does not match opening parenthesis '" + open.ch + "'";
                if (open.pos.line != pos.line) msg += " on line " + std::to_string(open.pos.line);
                fail(pos, msg);
                return;
            }
            brackets_.pop_back();
        }
        for (std::size_t k = 0; k < op.size(); ++k)
            advance();
        emit(TokenKind::Op, start, pos);
        return;
    }
    const unsigned char c = static_cast<unsigned char>(peek());
    if (c < 0x20 || c == 0x7F) {
        fail(pos, "invalid non-printable character " + hex_code_point(c));
    } else {
        fail(pos, "invalid syntax");
    }
}

void Lexer::finish() {
    if (!brackets_.empty()) {
        fail(brackets_.back().pos, std::string("'") + brackets_.back().ch + "' was never closed");
        return;
    }
    if (line_has_tokens_ && !expression_mode_) emit_marker(TokenKind::Newline, here());
    while (indents_.size() > 1) {
        indents_.pop_back();
        emit_marker(TokenKind::Dedent, here());
    }
    emit_marker(TokenKind::EndMarker, here());
}

void Lexer::scan_number() {
    const std::size_t start = i_;
    const ast::Pos pos = here();
    const NumberScan scan = scan_number_literal(src_, i_);
    if (!scan.error.empty()) {
        // Everything before the error point is ASCII, so columns and bytes agree.
        fail({pos.line, pos.col + static_cast<int>(scan.error_offset)}, scan.error);
        return;
    }
    for (std::size_t k = 0; k < scan.length; ++k)
        advance();
    emit(TokenKind::Number, start, pos);
}

}  // namespace

bool is_python_keyword(std::string_view word) {
    for (std::string_view kw : kKeywords) {
        if (kw == word) return true;
    }
    return false;
}

LexResult tokenize(std::string_view source, const std::string& filename, const LexOptions& options) {
    return Lexer(source, filename, options).run();
}

}  // namespace loopstep
