// Python's numbers from text and back: int() and float() of a str (whitespace, underscores, bases,
// CPython's error messages) and repr() of a str, which share the code-point walking.
#include <charconv>
#include <cmath>
#include <limits>

#include "numbers/numeric.h"

namespace loopstep {

namespace {

__extension__ typedef unsigned __int128 u128;

// Next code point of UTF-8 text; an invalid byte b decodes to U+DC00+b as Python's surrogateescape.
char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
    if (len == 1) {
        ++i;
        return b0;
    }
    if (len == 0 || i + static_cast<size_t>(len) > s.size()) {
        ++i;
        return 0xDC00 + b0;
    }
    char32_t cp = b0 & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((b >> 6) != 2) {
            ++i;
            return 0xDC00 + b0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<size_t>(len);
    return cp;
}

// str.isspace(), which int() and float() strip.
bool is_python_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

std::string_view strip_python_space(std::string_view s) {
    size_t i = 0, start = s.size(), end = 0;
    while (i < s.size()) {
        const size_t at = i;
        if (!is_python_space(next_code_point(s, i))) {
            start = std::min(start, at);
            end = i;
        }
    }
    return start < end ? s.substr(start, end - start) : std::string_view{};
}

// Non-printable code points other than unassigned ones (Unicode 14, as in CPython 3.11): repr
// escapes them. Unassigned code points are shown as they are.
bool is_printable(char32_t c) {
    static constexpr char32_t kRanges[][2] = {
        {0x0, 0x1F},        {0x7F, 0xA0},        {0xAD, 0xAD},       {0x600, 0x605},
        {0x61C, 0x61C},     {0x6DD, 0x6DD},      {0x70F, 0x70F},     {0x890, 0x891},
        {0x8E2, 0x8E2},     {0x1680, 0x1680},    {0x180E, 0x180E},   {0x2000, 0x200F},
        {0x2028, 0x202F},   {0x205F, 0x2064},    {0x2066, 0x206F},   {0x3000, 0x3000},
        {0xD800, 0xF8FF},  // surrogates and the BMP private use area
        {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},    {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
        {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3},  {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
        {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},  // supplementary private use areas
    };
    for (const auto& r : kRanges)
        if (c >= r[0] && c <= r[1]) return false;
    return true;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignoring_case(std::string_view s, std::string_view lower_word) {
    if (s.size() != lower_word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lower_word[i]) return false;
    return true;
}

// Reads digit ('_'? digit)* from s[i..]; returns the digits without underscores, or nullopt when
// an underscore is not between two digits. Stops at the first other character.
std::optional<std::string> decimal_run(std::string_view s, size_t& i) {
    std::string digits;
    while (i < s.size()) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits += s[i++];
        } else if (s[i] == '_') {
            if (digits.empty() || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9') return std::nullopt;
            ++i;
        } else {
            break;
        }
    }
    return digits;
}

std::string truncate_code_points(const std::string& s, size_t max) {
    size_t i = 0, count = 0;
    while (i < s.size() && count < max) {
        next_code_point(s, i);
        ++count;
    }
    return s.substr(0, i);
}

}  // namespace

ParsedInt parse_int(std::string_view text, int base) {
    using S = ParsedInt::Status;
    if (base != 0 && (base < 2 || base > 36)) return {S::BadBase, 0};
    const std::string_view s = strip_python_space(text);
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    bool prefixed = false;
    if (s.size() - i >= 2 && s[i] == '0') {
        const char p = lower(s[i + 1]);
        const int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            prefixed = true;
            i += 2;
        }
    }
    const bool decimal_without_prefix = base == 0;  // base 0 forbids leading zeros like 007
    if (base == 0) base = 10;
    if (prefixed && i < s.size() && s[i] == '_') ++i;  // 0x_ff
    bool expect_digit = true, seen_digit = false, leading_zero = false, nonzero = false, too_big = false;
    u128 acc = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (expect_digit) return {S::Invalid, 0};
            expect_digit = true;
            continue;
        }
        const int d = digit_value(s[i]);
        if (d >= base) return {S::Invalid, 0};
        if (!seen_digit) leading_zero = d == 0;
        seen_digit = true;
        expect_digit = false;
        nonzero = nonzero || d != 0;
        acc = acc * static_cast<unsigned>(base) + static_cast<unsigned>(d);
        if (acc > (u128{1} << 64)) {
            too_big = true;
            acc = u128{1} << 64;
        }
    }
    if (decimal_without_prefix && leading_zero && nonzero) return {S::Invalid, 0};
    if (expect_digit) return {S::Invalid, 0};
    auto v = with_sign(acc, negative);
    if (too_big || !v) return {S::TooBig, 0};
    return {S::Ok, *v};
}

std::string int_literal_error(std::string_view text, int base) {
    return "invalid literal for int() with base " + std::to_string(base) + ": " +
           truncate_code_points(python_str_repr(text), 200);
}

std::string int_base_error() {
    return "int() base must be >= 2 and <= 36, or 0";
}

std::optional<double> parse_float(std::string_view text) {
    const std::string_view s = strip_python_space(text);
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    const std::string_view body = s.substr(i);
    if (equals_ignoring_case(body, "inf") || equals_ignoring_case(body, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (equals_ignoring_case(body, "nan")) return std::numeric_limits<double>::quiet_NaN();
    auto whole = decimal_run(s, i);
    if (!whole) return std::nullopt;
    std::optional<std::string> frac = std::string{};
    if (i < s.size() && s[i] == '.') frac = decimal_run(s, ++i);
    if (!frac || (whole->empty() && frac->empty())) return std::nullopt;
    std::string exp_digits;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
        auto e = decimal_run(s, i);
        if (!e || e->empty()) return std::nullopt;
        exp_digits = *e;
    }
    if (i != s.size()) return std::nullopt;
    std::string clean = (negative ? "-" : "") + (whole->empty() ? "0" : *whole) + "." + *frac + "e" +
                        (exp_negative ? "-" : "") + (exp_digits.empty() ? "0" : exp_digits);
    double r = 0.0;
    auto res = std::from_chars(clean.data(), clean.data() + clean.size(), r);
    if (res.ec == std::errc::result_out_of_range) {
        // Too large (inf) or too small (zero): decide by the decimal exponent of the leading digit.
        int64_t e = 0;
        for (char c : exp_digits)
            e = std::min<int64_t>(e * 10 + (c - '0'), int64_t{1} << 40);
        if (exp_negative) e = -e;
        const std::string digits = *whole + *frac;
        const size_t first = digits.find_first_not_of('0');
        if (first == std::string::npos) return negative ? -0.0 : 0.0;
        const int64_t lead = static_cast<int64_t>(whole->size()) - 1 - static_cast<int64_t>(first) + e;
        r = lead >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
        if (negative) r = -r;
    }
    return r;
}

std::string float_literal_error(std::string_view text) {
    return "could not convert string to float: " + python_str_repr(text);
}

std::string python_str_repr(std::string_view utf8) {
    const bool has_single = utf8.find('\'') != std::string_view::npos;
    const bool has_double = utf8.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(1, quote);
    size_t i = 0;
    while (i < utf8.size()) {
        const size_t at = i;
        const char32_t c = next_code_point(utf8, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (is_printable(c)) {
            out.append(utf8.substr(at, i - at));
        } else {
            const int width = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
            out += width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U";
            for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
                out += kHex[(c >> shift) & 0xF];
        }
    }
    out += quote;
    return out;
}

}  // namespace loopstep
