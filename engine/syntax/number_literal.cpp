#include "syntax/number_literal.h"
#include "syntax/identifier_chars.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace loopstep {
namespace {

bool is_decimal(char c) {
    return c >= '0' && c <= '9';
}
bool is_hex(char c) {
    return is_decimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
bool is_octal(char c) {
    return c >= '0' && c <= '7';
}
bool is_binary(char c) {
    return c == '0' || c == '1';
}

class NumberScanner {
public:
    NumberScanner(std::string_view text, std::size_t start) : text_(text), start_(start), i_(start) {}

    NumberScan run() {
        if (peek() == '0' && peek(1) != '\0' &&
            std::string_view("xXoObB").find(peek(1)) != std::string_view::npos) {
            scan_prefixed();
        } else {
            scan_decimal();
        }
        if (result_.error.empty()) result_.length = i_ - start_;
        return result_;
    }

private:
    std::string_view text_;
    std::size_t start_, i_;
    NumberScan result_;

    char peek(std::size_t k = 0) const { return i_ + k < text_.size() ? text_[i_ + k] : '\0'; }

    void fail(std::size_t at, std::string message) {
        if (!result_.error.empty()) return;
        result_.error = std::move(message);
        result_.error_offset = at - start_;
    }

    // Digits with single underscores between them.
    bool digits(bool (*is_digit)(char), const char* kind, bool allow_leading_underscore) {
        bool any = false;
        if (allow_leading_underscore && peek() == '_') ++i_;
        for (;;) {
            if (is_digit(peek())) {
                ++i_;
                any = true;
            } else if (peek() == '_' && any) {
                ++i_;
                if (!is_digit(peek())) {
                    fail(i_ - 1, std::string("invalid ") + kind + " literal");
                    return false;
                }
            } else {
                break;
            }
        }
        if (!any) fail(i_ > start_ ? i_ - 1 : i_, std::string("invalid ") + kind + " literal");
        return any;
    }

    // A number may be directly followed by a few keywords (`1if x else 2`, deprecated but valid in
    // 3.11); any other letter glued to it is an error.
    void check_end(const char* kind) {
        if (!is_ident_start(peek())) return;
        const std::string_view rest = text_.substr(i_);
        for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (rest.substr(0, kw.size()) == kw) return;
        }
        fail(start_, std::string("invalid ") + kind + " literal");
    }

    void scan_prefixed() {
        const char base = static_cast<char>(peek(1) | 0x20);
        i_ += 2;
        const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        bool (*is_digit)(char) = base == 'x' ? is_hex : base == 'o' ? is_octal : is_binary;
        const std::size_t after_prefix = i_;
        if (peek() == '_') ++i_;
        if (base != 'x' && is_decimal(peek()) && !is_digit(peek())) {
            fail(i_, std::string("invalid digit '") + peek() + "' in " + kind + " literal");
            return;
        }
        i_ = after_prefix;
        if (!digits(is_digit, kind, true)) return;
        if (base != 'x' && is_decimal(peek())) {
            fail(i_, std::string("invalid digit '") + peek() + "' in " + kind + " literal");
            return;
        }
        check_end(kind);
    }

    void scan_decimal() {
        if (peek() != '.' && !digits(is_decimal, "decimal", false)) return;
        const std::string_view int_part = text_.substr(start_, i_ - start_);
        if (peek() == '.') {
            result_.is_float = true;
            ++i_;
            if (is_decimal(peek()) && !digits(is_decimal, "decimal", false)) return;
        }
        if (peek() == 'e' || peek() == 'E') {
            const bool sign = peek(1) == '+' || peek(1) == '-';
            if (!is_decimal(peek(sign ? 2 : 1))) {
                fail(start_, "invalid decimal literal");
                return;
            }
            result_.is_float = true;
            i_ += sign ? 2 : 1;
            if (!digits(is_decimal, "decimal", false)) return;
        }
        if (peek() == 'j' || peek() == 'J') {
            result_.is_imaginary = true;
            ++i_;
        }
        if (!result_.is_float && !result_.is_imaginary && int_part.size() > 1 && int_part[0] == '0' &&
            int_part.find_first_not_of("0_") != std::string_view::npos) {
            fail(start_,
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                 "integers");
            return;
        }
        check_end(result_.is_imaginary ? "imaginary" : "decimal");
    }
};

// Arbitrary-size unsigned integer in base 10^9 limbs, little-endian; just enough for conversion.
std::string to_decimal(std::string_view digits, int base) {
    std::vector<uint32_t> limbs{0};
    for (char c : digits) {
        if (c == '_') continue;
        uint64_t carry = static_cast<uint64_t>(is_decimal(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        for (uint32_t& limb : limbs) {
            const uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
            limb = static_cast<uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    for (std::size_t k = limbs.size() - 1; k-- > 0;) {
        std::string part = std::to_string(limbs[k]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

}  // namespace

NumberScan scan_number_literal(std::string_view text, std::size_t start) {
    return NumberScanner(text, start).run();
}

ast::Constant number_constant(std::string_view literal) {
    ast::Constant c;
    std::string clean;
    for (char ch : literal) {
        if (ch != '_') clean.push_back(ch);
    }
    const bool prefixed = clean.size() > 2 && clean[0] == '0' &&
                          std::string_view("xXoObB").find(clean[1]) != std::string_view::npos;
    const bool is_float = !prefixed && clean.find_first_of(".eE") != std::string::npos;
    if (is_float) {
        c.kind = ast::Constant::Kind::Float;
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
        (void)ptr;
        if (ec == std::errc::result_out_of_range) {
            // Decide between overflow and underflow from the decimal magnitude.
            const std::size_t epos = clean.find_first_of("eE");
            const std::string mantissa = clean.substr(0, epos);
            long long exponent = 0;
            if (epos != std::string::npos) {
                const std::string e = clean.substr(epos + 1);
                std::from_chars(e.data() + (e[0] == '+' ? 1 : 0), e.data() + e.size(), exponent);
            }
            const std::size_t first = mantissa.find_first_of("123456789");
            const std::size_t dot = mantissa.find('.');
            const long long int_digits =
                static_cast<long long>(dot == std::string::npos ? mantissa.size() : dot);
            const long long magnitude =
                static_cast<long long>(int_digits) - static_cast<long long>(first) + exponent;
            value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        }
        c.float_value = value;
        return c;
    }
    const int base = prefixed ? ((clean[1] | 0x20) == 'x' ? 16 : (clean[1] | 0x20) == 'o' ? 8 : 2) : 10;
    const std::string_view digits = std::string_view(clean).substr(prefixed ? 2 : 0);
    uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (ec == std::errc() && ptr == digits.data() + digits.size() &&
        value <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        c.kind = ast::Constant::Kind::Int;
        c.int_value = static_cast<int64_t>(value);
    } else {
        c.kind = ast::Constant::Kind::BigInt;
        // The conversion is quadratic: a literal of a million digits would take minutes. Decimal
        // digits need none; a huge literal in another base keeps its spelling (it is refused anyway).
        if (base == 10) {
            const std::size_t first = digits.find_first_not_of('0');
            c.text = std::string(first == std::string_view::npos ? "0" : digits.substr(first));
        } else {
            c.text = digits.size() > 1000 ? clean : to_decimal(digits, base);
        }
    }
    return c;
}

}  // namespace loopstep
