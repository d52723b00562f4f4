// String literals: prefixes, escapes, implicit concatenation and f-strings. As in CPython 3.11, an
// f-string is one STRING token; its replacement fields are cut out here and each expression is
// tokenized and parsed again, starting at its real line and column.
#include <cstdio>

#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {
namespace {

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

std::string unicode_error(std::size_t from, std::size_t to, const char* what) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", from,
                  to, what);
    return buf;
}

// body[i] is a backslash. Appends the escaped value to `out` and moves `i` past the escape.
// Unknown escapes keep their backslash and leave the next character to the caller, as CPython does.
std::string decode_escape(std::string_view body, std::size_t& i, std::string& out) {
    const std::size_t start = i++;
    if (i >= body.size()) {
        out += '\\';
        return {};
    }
    const char c = body[i];
    const auto simple = [&](char value) {
        out += value;
        ++i;
        return std::string();
    };
    switch (c) {
        case '\n':
            ++i;
            return {};
        case '\\':
            return simple('\\');
        case '\'':
            return simple('\'');
        case '"':
            return simple('"');
        case 'a':
            return simple('\a');
        case 'b':
            return simple('\b');
        case 'f':
            return simple('\f');
        case 'n':
            return simple('\n');
        case 'r':
            return simple('\r');
        case 't':
            return simple('\t');
        case 'v':
            return simple('\v');
        case 'N':
            return "named Unicode escapes (\\N{...}) are not supported by Loopstep";
        case 'x':
        case 'u':
        case 'U': {
            const int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t cp = 0;
            ++i;
            for (int k = 0; k < digits; ++k) {
                const int v = i < body.size() ? hex_value(body[i]) : -1;
                if (v < 0) {
                    return unicode_error(start, i - 1,
                                         c == 'x'   ? "truncated \\xXX escape"
                                         : c == 'u' ? "truncated \\uXXXX escape"
                                                    : "truncated \\UXXXXXXXX escape");
                }
                cp = cp * 16 + static_cast<uint32_t>(v);
                ++i;
            }
            if (cp > 0x10FFFF) return unicode_error(start, i - 1, "illegal Unicode character");
            if (cp >= 0xD800 && cp <= 0xDFFF)
                return "surrogate code points in string literals are not supported by Loopstep";
            append_utf8(out, cp);
            return {};
        }
        default:
            break;
    }
    if (c >= '0' && c <= '7') {
        uint32_t value = 0;
        for (int k = 0; k < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
            value = value * 8 + static_cast<uint32_t>(body[i++] - '0');
        append_utf8(out, value);
        return {};
    }
    out += '\\';
    return {};
}

ExprPtr make_str(std::string text, Pos pos) {
    auto e = std::make_unique<ast::Expr>(ExprKind::Constant, pos);
    e->constant.kind = ast::Constant::Kind::Str;
    e->constant.text = std::move(text);
    return e;
}

// Walks one f-string body, tracking the source position of every character.
class FStringScanner {
public:
    FStringScanner(Parser& parser, std::string_view body, bool raw, Pos start)
        : p_(parser), body_(body), raw_(raw), at_(start) {}

    // Literal text and fields up to the end of the body, or up to the '}' closing a format spec.
    bool scan_pieces(ast::ExprList& out, std::string& literal, Pos& literal_pos, int nesting, bool in_spec) {
        while (i_ < body_.size()) {
            const char c = body_[i_];
            if (c == '{' && peek(1) == '{') {
                literal += '{';
                advance(2);
            } else if (c == '{') {
                if (!scan_field(out, literal, literal_pos, nesting)) return false;
            } else if (c == '}' && in_spec) {
                return true;
            } else if (c == '}' && peek(1) == '}') {
                literal += '}';
                advance(2);
            } else if (c == '}') {
                p_.fail(at_, "f-string: single '}' is not allowed");
                return false;
            } else if (c == '\\' && !raw_) {
                std::size_t j = i_;
                const std::string err = decode_escape(body_, j, literal);
                if (!err.empty()) {
                    p_.fail(at_, err);
                    return false;
                }
                advance(j - i_);
            } else {
                literal += c;
                advance(1);
            }
        }
        if (in_spec) {
            p_.fail(at_, "f-string: expecting '}'");
            return false;
        }
        return true;
    }

private:
    Parser& p_;
    std::string_view body_;
    bool raw_;
    std::size_t i_ = 0;
    Pos at_;

    char peek(std::size_t k) const { return i_ + k < body_.size() ? body_[i_ + k] : '\0'; }

    void advance(std::size_t n) {
        for (; n > 0 && i_ < body_.size(); --n) {
            const char c = body_[i_++];
            if (c == '\n') {
                ++at_.line;
                at_.col = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++at_.col;
            }
        }
    }

    static void flush(ast::ExprList& out, std::string& literal, Pos pos) {
        if (!literal.empty()) out.push_back(make_str(std::move(literal), pos));
        literal.clear();
    }

    // Moves past the expression of a field; stops at its '!', ':', '=' or '}'.
    bool skip_expression() {
        int depth = 0;
        for (;;) {
            if (i_ >= body_.size()) {
                p_.fail(at_, "f-string: expecting '}'");
                return false;
            }
            const char c = body_[i_];
            if (c == '\\') {
                p_.fail(at_, "f-string expression part cannot include a backslash");
                return false;
            }
            if (c == '#') {
                p_.fail(at_, "f-string expression part cannot include '#'");
                return false;
            }
            if (c == '\'' || c == '"') {
                const bool triple = peek(1) == c && peek(2) == c;
                const std::size_t len = triple ? 3 : 1;
                const std::string_view closing = body_.substr(i_, len);
                const std::size_t end = body_.find(closing, i_ + len);
                if (end == std::string_view::npos) {
                    p_.fail(at_, "f-string: unterminated string");
                    return false;
                }
                if (body_.substr(i_, end - i_).find('\\') != std::string_view::npos) {
                    p_.fail(at_, "f-string expression part cannot include a backslash");
                    return false;
                }
                advance(end + len - i_);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                ++depth;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (c == '}') return true;
                    p_.fail(at_, std::string("f-string: unmatched '") + c + "'");
                    return false;
                }
                --depth;
            } else if (depth == 0) {
                const char n = peek(1);
                if ((c == '!' || c == '=' || c == '<' || c == '>') && n == '=') {
                    advance(2);
                    continue;
                }
                if (c == '!' || c == ':' || c == '=') return true;
            }
            advance(1);
        }
    }

    bool scan_field(ast::ExprList& out, std::string& literal, Pos& literal_pos, int nesting) {
        const Pos brace = at_;
        advance(1);
        if (nesting >= 2) {
            p_.fail(brace, "f-string: expressions nested too deeply");
            return false;
        }
        const std::size_t expr_start = i_;
        const Pos expr_pos = at_;
        if (!skip_expression()) return false;
        const std::string_view expr_text = body_.substr(expr_start, i_ - expr_start);
        if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
            p_.fail(at_, "f-string: empty expression not allowed");
            return false;
        }
        auto field = std::make_unique<ast::Expr>(ExprKind::FormattedValue, brace);
        bool debug = false;
        if (body_[i_] == '=') {
            advance(1);
            while (i_ < body_.size() && (body_[i_] == ' ' || body_[i_] == '\t' || body_[i_] == '\n'))
                advance(1);
            literal += std::string(body_.substr(expr_start, i_ - expr_start));
            debug = true;
        }
        if (i_ < body_.size() && body_[i_] == '!') {
            advance(1);
            const char conv = peek(0);
            if (conv != 'r' && conv != 's' && conv != 'a') {
                p_.fail(at_, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return false;
            }
            field->conversion = conv;
            advance(1);
        }
        if (i_ < body_.size() && body_[i_] == ':') {
            advance(1);
            auto spec = std::make_unique<ast::Expr>(ExprKind::JoinedStr, at_);
            std::string spec_literal;
            Pos spec_pos = at_;
            if (!scan_pieces(spec->elts, spec_literal, spec_pos, nesting + 1, true)) return false;
            flush(spec->elts, spec_literal, spec_pos);
            spec->end = at_;
            field->b = std::move(spec);
        }
        if (i_ >= body_.size() || body_[i_] != '}') {
            p_.fail(at_, "f-string: expecting '}'");
            return false;
        }
        advance(1);

        LexOptions options;
        options.start = expr_pos;
        options.expression_mode = true;
        LexResult lexed = tokenize(expr_text, p_.filename(), options);
        Parser sub(std::move(lexed.tokens), std::move(lexed.error), p_.filename(), p_.depth());
        field->a = sub.parse_fstring_field();
        if (sub.failed()) {
            Diagnostic d = *sub.error();
            if (d.message.rfind("f-string", 0) != 0 && d.message.find("not supported") == std::string::npos &&
                d.message != "too many nested expressions") {
                d.message = "f-string: " + d.message;
            }
            p_.fail_with(d);
            return false;
        }
        if (debug && field->conversion == 0 && !field->b) field->conversion = 'r';
        field->end = at_;
        flush(out, literal, literal_pos);
        literal_pos = at_;
        out.push_back(std::move(field));
        return true;
    }
};

}  // namespace

std::string decode_string_body(std::string_view body, bool raw, std::string& out) {
    if (raw) {
        out.append(body);
        return {};
    }
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] == '\\') {
            std::string err = decode_escape(body, i, out);
            if (!err.empty()) return err;
        } else {
            out += body[i++];
        }
    }
    return {};
}

ExprPtr Parser::parse_strings() {
    const Pos pos = peek().pos;
    auto joined = std::make_unique<ast::Expr>(ExprKind::JoinedStr, pos);
    std::string literal;
    Pos literal_pos = pos;
    bool any_fstring = false;
    while (peek().kind == TokenKind::String) {
        const Token& t = next();
        const std::size_t prefix_len = t.text.find_first_of("'\"");
        bool raw = false, bytes = false, fstring = false;
        for (std::size_t k = 0; k < prefix_len; ++k) {
            const char c = static_cast<char>(t.text[k] | 0x20);
            raw |= c == 'r';
            bytes |= c == 'b';
            fstring |= c == 'f';
        }
        if (bytes) return fail(t.pos, "bytes literals are not supported by Loopstep");
        const char q = t.text[prefix_len];
        const std::size_t quote_len =
            t.text.size() >= prefix_len + 6 && t.text[prefix_len + 1] == q && t.text[prefix_len + 2] == q ? 3
                                                                                                          : 1;
        const std::string_view body = std::string_view(t.text).substr(
            prefix_len + quote_len, t.text.size() - prefix_len - 2 * quote_len);
        if (literal.empty()) literal_pos = t.pos;
        if (!fstring) {
            const std::string err = decode_string_body(body, raw, literal);
            if (!err.empty()) return fail(t.pos, err);
            continue;
        }
        any_fstring = true;
        const Pos body_pos{t.pos.line, t.pos.col + static_cast<int>(prefix_len + quote_len)};
        FStringScanner scanner(*this, body, raw, body_pos);
        if (!scanner.scan_pieces(joined->elts, literal, literal_pos, 0, false)) return nullptr;
    }
    if (!any_fstring) return finish_node(make_str(std::move(literal), pos));
    if (!literal.empty()) joined->elts.push_back(make_str(std::move(literal), literal_pos));
    for (auto& piece : joined->elts) {
        if (piece->kind == ExprKind::Constant) piece->end = last_end_;
    }
    return finish_node(std::move(joined));
}

}  // namespace loopstep::parser_detail
