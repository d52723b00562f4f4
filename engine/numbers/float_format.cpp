// CPython 3.11's number and string formatting, written from its documented grammar
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) and observed output.
#include "numbers/float_format.h"
#include "numbers/parse_failure.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace loopstep {

namespace {

// ---- UTF-8: the spec's fill and type are code points, and widths count code points ----

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        const int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 1;
        char32_t cp = len == 1 ? b0 : (b0 & (0x7F >> len));
        for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        out += cp;
        i += static_cast<size_t>(len);
    }
    return out;
}

std::string encode_utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

int64_t count_code_points(std::string_view s) {
    return std::count_if(s.begin(), s.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// ---- the spec ----

struct Spec {
    char32_t fill = ' ';
    char32_t align = 0;
    char32_t sign = 0;
    bool no_neg_0 = false;
    bool alternate = false;
    int64_t width = -1;
    char32_t grouping = 0;  // ',' or '_'
    int group_size = 3;     // '_' groups hex/octal/binary digits by four
    int64_t precision = -1;
    char32_t type = 0;
};


// A code point as CPython's messages show it: the character when printable ASCII, else \x...
std::string code_for_message(char32_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    char buf[16];
    auto res = std::to_chars(buf, buf + sizeof buf, static_cast<uint32_t>(c), 16);
    return "\\x" + std::string(buf, res.ptr);
}

std::string unknown_code(char32_t type, const char* type_name) {
    return "Unknown format code '" + code_for_message(type) + "' for object of type '" + type_name + "'";
}

bool is_align(char32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads a decimal integer at s[pos]; nullopt on overflow, count of digits read in `consumed`.
std::optional<int64_t> read_integer(const std::u32string& s, size_t& pos, size_t& consumed) {
    int64_t acc = 0;
    consumed = 0;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++consumed) {
        const int d = static_cast<int>(s[pos] - '0');
        if (acc > (std::numeric_limits<int64_t>::max() - d) / 10) return std::nullopt;
        acc = acc * 10 + d;
    }
    return acc;
}

std::optional<Spec> parse_spec(std::string_view text, char32_t default_type, char32_t default_align,
                               const char* type_name, std::string* error) {
    const std::u32string s = decode_utf8(text);
    Spec spec;
    spec.align = default_align;
    spec.type = default_type;
    size_t pos = 0;
    bool fill_given = false, align_given = false;
    if (s.size() >= 2 && is_align(s[1])) {
        spec.fill = s[0];
        spec.align = s[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (!s.empty() && is_align(s[0])) {
        spec.align = s[0];
        align_given = true;
        pos = 1;
    }
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
    if (pos < s.size() && s[pos] == 'z') {
        spec.no_neg_0 = true;
        ++pos;
    }
    if (pos < s.size() && s[pos] == '#') {
        spec.alternate = true;
        ++pos;
    }
    if (!fill_given && pos < s.size() && s[pos] == '0') {  // '0' before the width means fill='0'
        spec.fill = '0';
        if (!align_given && default_align == '>') spec.align = '=';
        ++pos;
    }
    size_t consumed = 0;
    auto width = read_integer(s, pos, consumed);
    if (!width) return fail(error, "Too many decimal digits in format string");
    if (consumed > 0) spec.width = *width;
    if (pos < s.size() && s[pos] == ',') spec.grouping = s[pos++];
    if (pos < s.size() && s[pos] == '_') {
        if (spec.grouping) return fail(error, "Cannot specify both ',' and '_'.");
        spec.grouping = s[pos++];
    }
    if (pos < s.size() && s[pos] == ',' && spec.grouping == '_')
        return fail(error, "Cannot specify both ',' and '_'.");
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        auto precision = read_integer(s, pos, consumed);
        if (!precision) return fail(error, "Too many decimal digits in format string");
        if (consumed == 0) return fail(error, "Format specifier missing precision");
        spec.precision = *precision;
    }
    // CPython would try to build the text and fail with MemoryError; so do we, before trying.
    // (Beyond INT32_MAX CPython refuses the number itself, "precision too big", further on.)
    // A width is a Py_ssize_t in CPython: any width past kMaxFormatWidth is a MemoryError.
    const bool huge_precision = spec.precision > kMaxFormatWidth && spec.precision <= INT32_MAX;
    if (spec.width > kMaxFormatWidth || huge_precision) return fail(error, std::string(kFormatTooWideError));
    if (s.size() - pos > 1) {
        return fail(error, "Invalid format specifier '" + std::string(text) + "' for object of type '" +
                               type_name + "'");
    }
    if (pos < s.size()) spec.type = s[pos];
    if (spec.grouping) {
        const char32_t t = spec.type;
        const bool decimal = t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' ||
                             t == '%' || t == 'F' || t == 0;
        const bool radix = t == 'b' || t == 'o' || t == 'x' || t == 'X';
        if (radix && spec.grouping == '_') {
            spec.group_size = 4;
        } else if (!decimal) {
            return fail(error, std::string("Cannot specify '") + static_cast<char>(spec.grouping) +
                                   "' with '" + code_for_message(t) + "'.");
        }
    }
    return spec;
}

// ---- laying out a number: [pad][sign][prefix][pad][grouped digits][.][remainder][pad] ----

struct NumberParts {
    bool negative = false;
    std::string prefix;     // 0x and friends
    std::string digits;     // the integer digits, which grouping and zero padding apply to
    bool decimal = false;   // a '.' follows the digits
    std::string remainder;  // fraction, exponent, '%', or the character of format(n, 'c')
};

// Inserts separators every `size` digits from the right and, when min_width asks for it, pads
// with zeros (separated too) until the text is at least min_width long.
std::string group_digits(const std::string& digits, char32_t sep, int size, int64_t min_width) {
    if (!sep)
        return std::string(static_cast<size_t>(std::max<int64_t>(0, min_width - std::ssize(digits))), '0') +
               digits;
    std::vector<std::string> groups;  // right to left
    int64_t remaining = std::ssize(digits), width_left = min_width;
    while (true) {
        const int64_t take = std::min<int64_t>(size, std::max<int64_t>({remaining, width_left, 1}));
        const int64_t chars = std::min(remaining, take);
        groups.push_back(std::string(static_cast<size_t>(take - chars), '0') +
                         digits.substr(static_cast<size_t>(remaining - chars), static_cast<size_t>(chars)));
        remaining -= chars;
        width_left -= take;
        if (remaining <= 0 && width_left <= 0) break;
        width_left -= 1;
    }
    std::string out;
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        if (!out.empty()) out += static_cast<char>(sep);
        out += *it;
    }
    return out;
}

std::string render_number(const NumberParts& p, const Spec& spec) {
    char sign = 0;
    if (p.negative)
        sign = '-';
    else if (spec.sign == '+')
        sign = '+';
    else if (spec.sign == ' ')
        sign = ' ';
    const int64_t fixed =
        (sign ? 1 : 0) + std::ssize(p.prefix) + (p.decimal ? 1 : 0) + count_code_points(p.remainder);
    const int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - fixed : 0;
    const std::string grouped =
        p.digits.empty() ? "" : group_digits(p.digits, spec.grouping, spec.group_size, min_width);
    const int64_t padding = std::max<int64_t>(0, spec.width - fixed - std::ssize(grouped));
    int64_t left = 0, middle = 0, right = 0;
    switch (spec.align) {
        case '<':
            right = padding;
            break;
        case '^':
            left = padding / 2;
            right = padding - left;
            break;
        case '=':
            middle = padding;
            break;
        default:
            left = padding;
            break;
    }
    const std::string fill = encode_utf8(spec.fill);
    std::string out;
    for (int64_t i = 0; i < left; ++i)
        out += fill;
    if (sign) out += sign;
    out += p.prefix;
    for (int64_t i = 0; i < middle; ++i)
        out += fill;
    out += grouped;
    if (p.decimal) out += '.';
    out += p.remainder;
    for (int64_t i = 0; i < right; ++i)
        out += fill;
    return out;
}

// ---- float digits ----

// Significant digits of a finite x >= 0, without trailing zeros: x ~= 0.DIGITS * 10**point.
struct Digits {
    std::string digits;
    int point = 1;
};

Digits digits_of(double x, std::optional<int> significant) {
    std::string buf(static_cast<size_t>(significant.value_or(0)) + 40, '\0');
    char* const end = buf.data() + buf.size();
    auto res = significant
                   ? std::to_chars(buf.data(), end, x, std::chars_format::scientific, *significant - 1)
                   : std::to_chars(buf.data(), end, x, std::chars_format::scientific);
    std::string_view text(buf.data(), static_cast<size_t>(res.ptr - buf.data()));
    const size_t e = text.find('e');
    Digits d;
    for (char c : text.substr(0, e))
        if (c != '.') d.digits += c;
    int exponent = 0;
    const std::string_view exp_text = text.substr(e + (text[e + 1] == '+' ? 2 : 1));
    std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
    d.point = exponent + 1;
    while (d.digits.size() > 1 && d.digits.back() == '0')
        d.digits.pop_back();
    return d;
}

// The digits padded with zeros as needed and a '.' inserted (dropped at the end unless `keep_point`);
// `min_digits` counts digits after the start of d.digits, as the 'g' alternate form needs.
std::string lay_out(const Digits& d, bool use_exp, int min_digits, bool add_dot_0, bool keep_point) {
    int point = d.point, exponent = 0;
    if (use_exp) {
        exponent = point - 1;
        point = 1;
    }
    const int first = std::min(0, point - 1);
    const int last =
        std::max({static_cast<int>(d.digits.size()), min_digits, point + (add_dot_0 && !use_exp ? 1 : 0)});
    std::string out;
    for (int i = first; i < last; ++i) {
        if (i == point) out += '.';
        out += (i >= 0 && i < static_cast<int>(d.digits.size())) ? d.digits[static_cast<size_t>(i)] : '0';
    }
    if (point == last) out += '.';
    if (out.back() == '.' && !keep_point) out.pop_back();
    if (use_exp) {
        out += exponent < 0 ? "e-" : "e+";
        const int mag = std::abs(exponent);
        if (mag < 10) out += '0';
        out += std::to_string(mag);
    }
    return out;
}

// |x| formatted by one of the types 'e', 'f', 'g' or 'r' (repr), without sign.
std::string float_body(double x, char type, int64_t precision, bool alternate, bool add_dot_0) {
    x = std::fabs(x);
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return "inf";
    if (type == 'e' || type == 'f') {
        const auto fmt = type == 'e' ? std::chars_format::scientific : std::chars_format::fixed;
        std::string buf(static_cast<size_t>(precision) + 400, '\0');
        auto res = std::to_chars(buf.data(), buf.data() + buf.size(), x, fmt, static_cast<int>(precision));
        buf.resize(static_cast<size_t>(res.ptr - buf.data()));
        if (alternate && precision == 0) buf.insert(type == 'e' ? 1 : buf.size(), ".");
        return buf;
    }
    if (type == 'g') {
        const int p = std::max<int>(1, static_cast<int>(precision));
        const Digits d = digits_of(x, p);
        const bool use_exp = d.point <= -4 || d.point > (add_dot_0 ? p - 1 : p);
        return lay_out(d, use_exp, alternate ? p : 0, add_dot_0, alternate);
    }
    const Digits d = digits_of(x, std::nullopt);
    return lay_out(d, d.point <= -4 || d.point > 16, 0, add_dot_0, alternate);
}

std::optional<std::string> format_float_with(double x, const Spec& spec, std::string* error) {
    char type = static_cast<char>(spec.type);
    int64_t default_precision = 6, precision = spec.precision;
    bool add_dot_0 = false, percent = false;
    if (type == 0) {  // repr, or 'g' with at least one fractional digit when a precision is given
        type = 'r';
        add_dot_0 = true;
        default_precision = 0;
    }
    if (type == 'n') type = 'g';  // the C locale: no grouping, '.' as decimal point
    if (type == '%') {
        type = 'f';
        x *= 100;
        percent = true;
    }
    if (precision > std::numeric_limits<int>::max()) return fail(error, "precision too big");
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    const bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) type = static_cast<char>(type - 'A' + 'a');
    std::string body = float_body(x, type, precision, spec.alternate, add_dot_0);
    if (upper)
        std::transform(body.begin(), body.end(), body.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; });
    NumberParts parts;
    parts.negative = std::signbit(x) && !std::isnan(x);
    if (parts.negative && spec.no_neg_0) {
        const std::string_view mantissa = std::string_view(body).substr(0, body.find_first_of("eE"));
        parts.negative = mantissa.find_first_not_of("0.") != std::string_view::npos;
    }
    const size_t digits_end = std::min(body.find_first_not_of("0123456789"), body.size());
    parts.digits = body.substr(0, digits_end);
    parts.decimal = digits_end < body.size() && body[digits_end] == '.';
    parts.remainder = body.substr(digits_end + (parts.decimal ? 1 : 0));
    if (percent) parts.remainder += '%';
    return render_number(parts, spec);
}

}  // namespace

std::string float_repr(double x) {
    const std::string body = float_body(x, 'r', 0, false, true);
    return std::signbit(x) && !std::isnan(x) ? "-" + body : body;
}

std::string float_to_fixed(double x, int digits) {
    if (!std::isfinite(x)) return float_repr(x);
    std::string buf(static_cast<size_t>(std::max(digits, 0)) + 400, '\0');
    auto res = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed, digits);
    buf.resize(static_cast<size_t>(res.ptr - buf.data()));
    return buf;
}

std::string float_to_exponent(double x, int digits) {
    if (!std::isfinite(x)) return float_repr(x);
    std::string buf(static_cast<size_t>(std::max(digits, 0)) + 40, '\0');
    auto res = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::scientific, digits);
    buf.resize(static_cast<size_t>(res.ptr - buf.data()));
    return buf;
}

std::optional<std::string> format_float(double value, std::string_view spec_text, std::string* error) {
    auto spec = parse_spec(spec_text, 0, '>', "float", error);
    if (!spec) return std::nullopt;
    switch (spec->type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
        case '%':
            return format_float_with(value, *spec, error);
        default:
            return fail(error, unknown_code(spec->type, "float"));
    }
}

std::optional<std::string> format_int(int64_t value, std::string_view spec_text, std::string* error) {
    IntForFormat in;
    in.negative = value < 0;
    const uint64_t mag =
        value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    in.magnitude_digits = [mag](int base) {
        char buf[72];
        auto res = std::to_chars(buf, buf + sizeof buf, mag, base);
        return std::string(buf, res.ptr);
    };
    in.as_double = static_cast<double>(value);
    in.code_point = value;
    return format_int(in, spec_text, error);
}

std::optional<std::string> format_int(const IntForFormat& value, std::string_view spec_text, std::string* error) {
    auto parsed = parse_spec(spec_text, 'd', '>', "int", error);
    if (!parsed) return std::nullopt;
    const Spec& spec = *parsed;
    int base = 10;
    switch (spec.type) {
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            if (!value.as_double) return fail(error, std::string(kFormatIntTooLargeForFloat));
            return format_float_with(*value.as_double, spec, error);
        case 'b':
            base = 2;
            break;
        case 'o':
            base = 8;
            break;
        case 'x':
        case 'X':
            base = 16;
            break;
        case 'c':
        case 'd':
        case 'n':
            break;
        default:
            return fail(error, unknown_code(spec.type, "int"));
    }
    if (spec.precision != -1) return fail(error, "Precision not allowed in integer format specifier");
    if (spec.no_neg_0)
        return fail(error, "Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts parts;
    if (spec.type == 'c') {
        if (spec.sign) return fail(error, "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return fail(error, "Alternate form (#) not allowed with integer format specifier 'c'");
        if (!value.code_point || *value.code_point < 0 || *value.code_point > 0x10FFFF)
            return fail(error, std::string(kFormatCharRangeError));
        parts.remainder = encode_utf8(static_cast<char32_t>(*value.code_point));
        return render_number(parts, spec);
    }
    parts.digits = value.magnitude_digits(base);
    parts.negative = value.negative;
    if (spec.alternate && base != 10) parts.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (spec.type == 'X') {
        for (char& c : parts.digits)
            c = static_cast<char>(c >= 'a' ? c - 32 : c);
        if (!parts.prefix.empty()) parts.prefix = "0X";
    }
    return render_number(parts, spec);
}

std::optional<std::string> format_str(std::string_view utf8, std::string_view spec_text, std::string* error) {
    auto parsed = parse_spec(spec_text, 's', '<', "str", error);
    if (!parsed) return std::nullopt;
    const Spec& spec = *parsed;
    if (spec.type != 's') return fail(error, unknown_code(spec.type, "str"));
    if (spec.sign == ' ') return fail(error, "Space not allowed in string format specifier");
    if (spec.sign) return fail(error, "Sign not allowed in string format specifier");
    if (spec.no_neg_0)
        return fail(error, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) return fail(error, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return fail(error, "'=' alignment not allowed in string format specifier");
    std::string text(utf8);
    int64_t length = count_code_points(text);
    if (spec.precision >= 0 && length > spec.precision) {
        size_t i = 0;
        for (int64_t kept = 0; i < text.size(); ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && kept++ == spec.precision) break;
        }
        text.resize(i);
        length = spec.precision;
    }
    const int64_t padding = std::max<int64_t>(0, spec.width - length);
    const int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
    const std::string fill = encode_utf8(spec.fill);
    std::string out;
    for (int64_t i = 0; i < left; ++i)
        out += fill;
    out += text;
    for (int64_t i = 0; i < padding - left; ++i)
        out += fill;
    return out;
}

}  // namespace loopstep
