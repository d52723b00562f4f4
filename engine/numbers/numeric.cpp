// Python int/float arithmetic on int64_t/double. The facts (sign rules, error messages, special
// cases) follow CPython 3.11's documented and observed behaviour; the tests pin them down.
#include "numbers/numeric.h"

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

std::optional<int64_t> with_sign(u128 mag, bool negative) {
    const u128 limit = negative ? (u128{1} << 63) : (u128{1} << 63) - 1;
    if (mag > limit) return std::nullopt;
    const uint64_t m = static_cast<uint64_t>(mag);
    return negative ? static_cast<int64_t>(uint64_t{0} - m) : static_cast<int64_t>(m);
}

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
        if (b != std::floor(b)) return R::failure(Kind::ValueError, "complex numbers are not supported by Loopstep");
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

}  // namespace loopstep
