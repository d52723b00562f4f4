// Python int/float arithmetic on int64_t/double. The facts (sign rules, error messages, special
// cases) follow CPython 3.11's documented and observed behaviour; the tests pin them down.
#include "numeric.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

namespace loopstep {

namespace {

__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

using Kind = NumericError::Kind;

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;  // CPython's _PyHASH_MODULUS
constexpr int kHashBits = 61;
constexpr double kTwoPow63 = 9223372036854775808.0;

uint64_t magnitude(int64_t v) {
    return v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
}

int bit_length(uint64_t v) {
    return 64 - std::countl_zero(v);
}

bool is_odd_integer(double x) {
    return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// Applies a sign to a magnitude that must fit: up to 2**63 when negative, 2**63 - 1 otherwise.
std::optional<int64_t> with_sign(u128 mag, bool negative) {
    const u128 limit = negative ? (u128{1} << 63) : (u128{1} << 63) - 1;
    if (mag > limit) return std::nullopt;
    const uint64_t m = static_cast<uint64_t>(mag);
    return negative ? static_cast<int64_t>(uint64_t{0} - m) : static_cast<int64_t>(m);
}

// Integral double in range -> int64, or the CPython error for NaN/inf, IntTooBig outside int64.
NumResult<int64_t> integral_to_int(double t) {
    if (std::isnan(t))
        return NumResult<int64_t>::failure(Kind::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(t))
        return NumResult<int64_t>::failure(Kind::OverflowError, "cannot convert float infinity to integer");
    if (t < -kTwoPow63 || t >= kTwoPow63) return NumResult<int64_t>::failure(Kind::IntTooBig);
    return NumResult<int64_t>::success(static_cast<int64_t>(t));
}

// CPython computes floor division and modulo together from fmod so that q * b + r stays close to a
// and both carry the right signs for zeros and infinities.
std::pair<double, double> float_div_mod(double a, double b) {
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;  // div is only close to an integer
    } else {
        floordiv = std::copysign(0.0, a / b);
    }
    return {floordiv, mod};
}

}  // namespace

// ---- int ----

std::optional<int64_t> checked_add(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
    return r;
}

std::optional<int64_t> checked_sub(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
    return r;
}

std::optional<int64_t> checked_mul(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
    return r;
}

std::optional<int64_t> checked_neg(int64_t a) {
    return checked_sub(0, a);
}

std::optional<int64_t> checked_abs(int64_t a) {
    return a < 0 ? checked_neg(a) : a;
}

NumResult<int64_t> int_floordiv(int64_t a, int64_t b) {
    if (b == 0)
        return NumResult<int64_t>::failure(Kind::ZeroDivisionError, "integer division or modulo by zero");
    if (b == -1) {
        auto n = checked_neg(a);
        return n ? NumResult<int64_t>::success(*n) : NumResult<int64_t>::failure(Kind::IntTooBig);
    }
    int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --q;
    return NumResult<int64_t>::success(q);
}

NumResult<int64_t> int_mod(int64_t a, int64_t b) {
    if (b == 0) return NumResult<int64_t>::failure(Kind::ZeroDivisionError, "integer modulo by zero");
    if (b == -1) return NumResult<int64_t>::success(0);
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return NumResult<int64_t>::success(r);
}

NumResult<std::pair<int64_t, int64_t>> int_divmod(int64_t a, int64_t b) {
    using R = NumResult<std::pair<int64_t, int64_t>>;
    if (b == 0) return R::failure(Kind::ZeroDivisionError, "integer division or modulo by zero");
    auto q = int_floordiv(a, b);
    if (!q.ok()) return R::failure(q.error.kind, q.error.message);
    return R::success({*q.value, *int_mod(a, b).value});
}

NumResult<double> int_truediv(int64_t a, int64_t b) {
    if (b == 0) return NumResult<double>::failure(Kind::ZeroDivisionError, "division by zero");
    const uint64_t ua = magnitude(a), ub = magnitude(b);
    constexpr uint64_t kExact = uint64_t{1} << 53;
    if (ua <= kExact && ub <= kExact)  // both exact as doubles: one IEEE division is correctly rounded
        return NumResult<double>::success(static_cast<double>(a) / static_cast<double>(b));
    const bool negative = (a < 0) != (b < 0);
    if (ua == 0) return NumResult<double>::success(negative ? -0.0 : 0.0);
    // Scale so the integer quotient has at least 55 bits, then round it to 53 with a sticky bit.
    const int shift = std::max(0, 55 + bit_length(ub) - bit_length(ua));
    const u128 num = static_cast<u128>(ua) << shift;
    const uint64_t q = static_cast<uint64_t>(num / ub);
    const bool sticky = num % ub != 0;
    const int drop = bit_length(q) - 53;
    uint64_t mant = q >> drop;
    const uint64_t rest = q & ((uint64_t{1} << drop) - 1), half = uint64_t{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (mant & 1)))) ++mant;
    const double r = std::ldexp(static_cast<double>(mant), drop - shift);
    return NumResult<double>::success(negative ? -r : r);
}

NumResult<IntOrFloat> int_pow(int64_t base, int64_t exponent) {
    using R = NumResult<IntOrFloat>;
    if (exponent < 0) {
        auto f = float_pow(static_cast<double>(base), static_cast<double>(exponent));
        if (!f.ok()) return R::failure(f.error.kind, f.error.message);
        return R::success(IntOrFloat{true, 0, *f.value});
    }
    int64_t result = 1, b = base;
    for (uint64_t e = static_cast<uint64_t>(exponent); e != 0; e >>= 1) {
        if (e & 1) {
            auto r = checked_mul(result, b);
            if (!r) return R::failure(Kind::IntTooBig);
            result = *r;
        }
        if (e > 1) {
            auto sq = checked_mul(b, b);  // |b| >= 2 here, so an overflow means the result overflows
            if (!sq) return R::failure(Kind::IntTooBig);
            b = *sq;
        }
    }
    return R::success(IntOrFloat{false, result, 0.0});
}

NumResult<int64_t> int_pow_mod(int64_t base, int64_t exponent, int64_t modulus) {
    using R = NumResult<int64_t>;
    if (modulus == 0) return R::failure(Kind::ValueError, "pow() 3rd argument cannot be 0");
    const bool negative_out = modulus < 0;
    const uint64_t m = magnitude(modulus);
    if (m == 1) return R::success(0);
    uint64_t b = magnitude(base) % m;
    if (base < 0 && b != 0) b = m - b;
    uint64_t e = magnitude(exponent);
    if (exponent < 0) {  // replace base by its inverse modulo m (extended Euclid)
        int64_t r0 = static_cast<int64_t>(m), r1 = static_cast<int64_t>(b);
        if (m > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            return R::failure(Kind::IntTooBig);
        i128 s0 = 0, s1 = 1;
        while (r1 != 0) {
            const int64_t q = r0 / r1;
            const int64_t r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            const i128 s2 = s0 - q * s1;
            s0 = s1;
            s1 = s2;
        }
        if (r0 != 1) return R::failure(Kind::ValueError, "base is not invertible for the given modulus");
        i128 inv = s0 % static_cast<i128>(m);
        if (inv < 0) inv += m;
        b = static_cast<uint64_t>(inv);
    }
    uint64_t result = 1 % m;
    for (; e != 0; e >>= 1) {
        if (e & 1) result = static_cast<uint64_t>(static_cast<u128>(result) * b % m);
        b = static_cast<uint64_t>(static_cast<u128>(b) * b % m);
    }
    if (negative_out && result != 0) return R::success(static_cast<int64_t>(result - m));
    return R::success(static_cast<int64_t>(result));
}

std::partial_ordering compare_int_float(int64_t i, double f) {
    if (std::isnan(f)) return std::partial_ordering::unordered;
    if (magnitude(i) <= (uint64_t{1} << 53)) return static_cast<double>(i) <=> f;
    if (f >= kTwoPow63) return std::partial_ordering::less;
    if (f < -kTwoPow63) return std::partial_ordering::greater;
    const double whole = std::trunc(f);
    const auto t = static_cast<int64_t>(whole);
    if (i != t) return i <=> t;
    return 0.0 <=> (f - whole);
}

// ---- float ----

NumResult<double> float_truediv(double a, double b) {
    if (b == 0.0) return NumResult<double>::failure(Kind::ZeroDivisionError, "float division by zero");
    return NumResult<double>::success(a / b);
}

NumResult<double> float_floordiv(double a, double b) {
    if (b == 0.0) return NumResult<double>::failure(Kind::ZeroDivisionError, "float floor division by zero");
    return NumResult<double>::success(float_div_mod(a, b).first);
}

NumResult<double> float_mod(double a, double b) {
    if (b == 0.0) return NumResult<double>::failure(Kind::ZeroDivisionError, "float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return NumResult<double>::success(mod);
}

NumResult<std::pair<double, double>> float_divmod(double a, double b) {
    using R = NumResult<std::pair<double, double>>;
    if (b == 0.0) return R::failure(Kind::ZeroDivisionError, "float divmod()");
    return R::success(float_div_mod(a, b));
}

NumResult<double> float_pow(double a, double b) {
    using R = NumResult<double>;
    // The special cases are decided here rather than left to libm, as CPython does.
    if (b == 0.0) return R::success(1.0);
    if (std::isnan(a)) return R::success(a);
    if (std::isnan(b)) return R::success(a == 1.0 ? 1.0 : b);
    if (std::isinf(b)) {
        const double m = std::fabs(a);
        if (m == 1.0) return R::success(1.0);
        return R::success((b > 0.0) == (m > 1.0) ? std::fabs(b) : 0.0);
    }
    if (std::isinf(a)) {
        const bool odd = is_odd_integer(b);
        if (b > 0.0) return R::success(odd ? a : std::fabs(a));
        return R::success(odd ? std::copysign(0.0, a) : 0.0);
    }
    if (a == 0.0) {
        if (b < 0.0) return R::failure(Kind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return R::success(is_odd_integer(b) ? a : 0.0);
    }
    bool negate = false;
    if (a < 0.0) {
        if (b != std::floor(b)) return R::failure(Kind::ValueError, "complex numbers are not supported");
        a = -a;
        negate = is_odd_integer(b);
    }
    if (a == 1.0) return R::success(negate ? -1.0 : 1.0);
    const double r = std::pow(a, b);
    if (std::isinf(r)) return R::failure(Kind::OverflowError, "(34, 'Numerical result out of range')");
    return R::success(negate ? -r : r);
}

NumResult<int64_t> float_to_int(double x) {
    return integral_to_int(std::trunc(x));
}
NumResult<int64_t> float_floor_to_int(double x) {
    return integral_to_int(std::floor(x));
}
NumResult<int64_t> float_ceil_to_int(double x) {
    return integral_to_int(std::ceil(x));
}

NumResult<int64_t> round_to_int(double x) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return integral_to_int(r);
}

NumResult<double> round_half_even(double x, int64_t ndigits) {
    using R = NumResult<double>;
    // Beyond these, every double rounds to itself or to zero (0.30103 bounds log10(2)).
    constexpr int64_t kMaxDigits = static_cast<int64_t>((53 - (-1021)) * 0.30103);
    constexpr int64_t kMinDigits = -static_cast<int64_t>((1024 + 1) * 0.30103);
    if (!std::isfinite(x) || ndigits > kMaxDigits) return R::success(x);
    if (ndigits < kMinDigits) return R::success(0.0 * x);
    const double ax = std::fabs(x);
    std::string decimal;  // correctly rounded decimal digits, read back with a power of ten
    int64_t exponent = 0;
    if (ndigits >= 0) {
        std::string buf(330 + static_cast<size_t>(ndigits), '\0');
        auto res = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed,
                                 static_cast<int>(ndigits));
        decimal.assign(buf.data(), res.ptr);
    } else {
        // Round the exact integer part at 10**-ndigits; a fractional part only breaks ties upward.
        const double whole = std::trunc(ax);
        char buf[330];
        auto res = std::to_chars(buf, buf + sizeof buf, whole, std::chars_format::fixed, 0);
        const std::string digits(buf, res.ptr);
        const size_t k = static_cast<size_t>(-ndigits);
        exponent = -ndigits;
        if (digits.size() < k) {
            decimal = "0";
        } else {
            std::string head = digits.substr(0, digits.size() - k);
            const std::string tail = digits.substr(digits.size() - k);
            const std::string half = "5" + std::string(k - 1, '0');
            const int cmp = tail.compare(half);
            const bool odd = !head.empty() && ((head.back() - '0') & 1);
            const bool up = cmp > 0 || (cmp == 0 && (ax != whole || odd));
            if (head.empty()) head = "0";
            if (up) {  // decimal increment of head
                size_t i = head.size();
                while (i > 0 && head[i - 1] == '9')
                    head[--i] = '0';
                if (i == 0)
                    head.insert(head.begin(), '1');
                else
                    ++head[i - 1];
            }
            decimal = head;
        }
    }
    decimal += "e" + std::to_string(exponent);
    double r = 0.0;
    auto res = std::from_chars(decimal.data(), decimal.data() + decimal.size(), r);
    if (res.ec == std::errc::result_out_of_range || std::isinf(r))
        return R::failure(Kind::OverflowError, "rounded value too large to represent");
    return R::success(std::copysign(r, x));
}

NumResult<int64_t> round_int(int64_t i, int64_t ndigits) {
    if (ndigits >= 0) return NumResult<int64_t>::success(i);
    if (ndigits < -19) return NumResult<int64_t>::success(0);  // 10**20 / 2 exceeds every int64
    uint64_t scale = 1;
    for (int64_t k = 0; k < -ndigits; ++k)
        scale *= 10;
    const uint64_t mag = magnitude(i);
    uint64_t q = mag / scale;
    const uint64_t r = mag % scale;
    if (r > scale - r || (r == scale - r && (q & 1))) ++q;
    auto v = with_sign(static_cast<u128>(q) * scale, i < 0);
    return v ? NumResult<int64_t>::success(*v) : NumResult<int64_t>::failure(Kind::IntTooBig);
}

// ---- hashing ----

int64_t hash_int(int64_t i) {
    const auto h = static_cast<int64_t>(magnitude(i) % kHashModulus);
    const int64_t signed_h = i < 0 ? -h : h;
    return signed_h == -1 ? -2 : signed_h;
}

int64_t hash_float(double x) {
    if (std::isnan(x)) return 0;
    if (std::isinf(x)) return x > 0 ? 314159 : -314159;
    // |x| = mant * 2**exp exactly; 2**61 == 1 modulo the Mersenne prime, so the power reduces to
    // a rotation by exp mod 61.
    int e = 0;
    const double m = std::frexp(std::fabs(x), &e);
    const auto mant = static_cast<uint64_t>(std::ldexp(m, 53));
    const int rot = (((e - 53) % kHashBits) + kHashBits) % kHashBits;
    const auto h = static_cast<int64_t>((static_cast<u128>(mant) << rot) % kHashModulus);
    const int64_t signed_h = x < 0 ? -h : h;
    return signed_h == -1 ? -2 : signed_h;
}

// ---- text: whitespace, int(), float(), str repr ----

namespace {

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
