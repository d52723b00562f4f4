// BigInt over GMP. Python's // and % floor (mpz_fdiv_*), its bit operations are two's complement
// on negatives (as mpz_and/ior/xor/com), and float conversions round half to even.
#include "objects/big_int.h"

#include <gmp.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace loopstep {

namespace {

static_assert(sizeof(__mpz_struct) <= 16, "BigInt's storage holds one mpz_t");
static_assert(sizeof(mp_limb_t) == 8, "limbs are 64-bit");

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// A double from a positive integer given by its top bits: `top` holds the leading 64 bits of the
// value (the highest set), `sticky` whether any bit below them is set, `shift` how many bits lie
// below `top`. Rounds once, half to even.
double round_top_bits(uint64_t top, bool sticky, int64_t shift) {
    // Keep 54 bits (53 + a rounding bit) and fold everything below into a sticky bit at bit 0, so
    // the hardware conversion of the 64-bit value rounds exactly as the whole number would.
    if (sticky) top |= 1;
    const int lead = 64 - __builtin_clzll(top);
    if (lead > 55) {
        const int drop = lead - 55;
        const uint64_t lost = top & ((uint64_t{1} << drop) - 1);
        top = (top >> drop) | (lost != 0 ? 1 : 0);
        shift += drop;
    }
    return std::ldexp(static_cast<double>(top), static_cast<int>(std::min<int64_t>(shift, 5000)));
}

}  // namespace

void* BigInt::raw() { return storage_; }
const void* BigInt::raw() const { return storage_; }

#define Z(x) (static_cast<__mpz_struct*>((x).raw()))
#define CZ(x) (static_cast<const __mpz_struct*>((x).raw()))

BigInt::BigInt() { mpz_init(Z(*this)); }

BigInt::BigInt(int64_t v) {
    mpz_init(Z(*this));
    if (v >= 0) {
        mpz_set_ui(Z(*this), static_cast<unsigned long>(v));
    } else {
        mpz_set_ui(Z(*this), static_cast<unsigned long>(0 - static_cast<uint64_t>(v)));
        mpz_neg(Z(*this), Z(*this));
    }
}

BigInt::BigInt(const BigInt& other) { mpz_init_set(Z(*this), CZ(other)); }
BigInt::BigInt(BigInt&& other) noexcept {
    mpz_init(Z(*this));
    mpz_swap(Z(*this), Z(other));
}
BigInt& BigInt::operator=(const BigInt& other) {
    mpz_set(Z(*this), CZ(other));
    return *this;
}
BigInt& BigInt::operator=(BigInt&& other) noexcept {
    mpz_swap(Z(*this), Z(other));
    return *this;
}
BigInt::~BigInt() { mpz_clear(Z(*this)); }

std::optional<BigInt> BigInt::parse(std::string_view digits, int base, bool negative) {
    BigInt r;
    std::string text(digits);
    if (text.empty() || mpz_set_str(Z(r), text.c_str(), base) != 0) return std::nullopt;
    if (negative) mpz_neg(Z(r), Z(r));
    return r;
}

BigInt BigInt::from_double(double integral) {
    BigInt r;
    mpz_set_d(Z(r), integral);
    return r;
}

bool BigInt::fits_int64() const { return mpz_fits_slong_p(CZ(*this)) != 0; }
int64_t BigInt::to_int64() const { return mpz_get_si(CZ(*this)); }
int BigInt::sign() const { return mpz_sgn(CZ(*this)); }
uint64_t BigInt::bit_length() const { return sign() == 0 ? 0 : mpz_sizeinbase(CZ(*this), 2); }
uint64_t BigInt::limbs() const { return mpz_size(CZ(*this)); }
bool BigInt::is_odd() const { return mpz_odd_p(CZ(*this)) != 0; }

uint64_t BigInt::bit_count() const {
    BigInt m = abs();
    return mpz_popcount(CZ(m));
}

std::string BigInt::magnitude_digits(int base) const {
    BigInt m = abs();
    std::string out(mpz_sizeinbase(CZ(m), base) + 2, '\0');
    mpz_get_str(out.data(), base, CZ(m));
    out.resize(std::strlen(out.c_str()));
    return out;
}

uint64_t BigInt::decimal_digits_estimate() const {
    // mpz_sizeinbase(10) is exact or one too big.
    const uint64_t n = mpz_sizeinbase(CZ(*this), 10);
    return n > 1 ? n - 1 : n;
}

std::optional<double> BigInt::to_double() const {
    if (fits_int64()) return static_cast<double>(to_int64());
    BigInt m = abs();
    const uint64_t bits = m.bit_length();
    if (bits > 1024) return std::nullopt;
    const uint64_t below = bits - 64;
    BigInt top_part = m.shifted_right(below);
    const bool sticky = mpz_scan1(CZ(m), 0) < below;
    const double d = round_top_bits(mpz_getlimbn(CZ(top_part), 0), sticky, static_cast<int64_t>(below));
    if (std::isinf(d)) return std::nullopt;
    return sign() < 0 ? -d : d;
}

double BigInt::frexp(int64_t* exponent) const {
    BigInt m = abs();
    const uint64_t bits = m.bit_length();
    if (bits <= 64) {
        int e = 0;
        const double f = std::frexp(static_cast<double>(mpz_get_ui(CZ(m))), &e);
        *exponent = e;
        return sign() < 0 ? -f : f;
    }
    const uint64_t below = bits - 64;
    BigInt top_part = m.shifted_right(below);
    const bool sticky = mpz_scan1(CZ(m), 0) < below;
    int e = 0;
    const double f = std::frexp(round_top_bits(mpz_getlimbn(CZ(top_part), 0), sticky, 0), &e);
    *exponent = e + static_cast<int64_t>(below);
    return sign() < 0 ? -f : f;
}

int BigInt::compare(const BigInt& other) const {
    const int c = mpz_cmp(CZ(*this), CZ(other));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int BigInt::compare(double finite) const {
    const int c = mpz_cmp_d(CZ(*this), finite);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int64_t BigInt::hash() const {
    BigInt m = abs();
    const auto h = static_cast<int64_t>(mpz_fdiv_ui(CZ(m), kHashModulus));
    const int64_t signed_h = sign() < 0 ? -h : h;
    return signed_h == -1 ? -2 : signed_h;
}

BigInt BigInt::operator-() const {
    BigInt r;
    mpz_neg(Z(r), CZ(*this));
    return r;
}

BigInt BigInt::abs() const {
    BigInt r;
    mpz_abs(Z(r), CZ(*this));
    return r;
}

#define BIGINT_BINARY(op, fn)                         \
    BigInt op(const BigInt& a, const BigInt& b) {     \
        BigInt r;                                     \
        fn(Z(r), CZ(a), CZ(b));                       \
        return r;                                     \
    }
BIGINT_BINARY(operator+, mpz_add)
BIGINT_BINARY(operator-, mpz_sub)
BIGINT_BINARY(operator*, mpz_mul)
BIGINT_BINARY(operator&, mpz_and)
BIGINT_BINARY(operator|, mpz_ior)
BIGINT_BINARY(operator^, mpz_xor)
#undef BIGINT_BINARY

BigInt BigInt::operator~() const {
    BigInt r;
    mpz_com(Z(r), CZ(*this));
    return r;
}

BigInt BigInt::shifted_left(uint64_t bits) const {
    BigInt r;
    mpz_mul_2exp(Z(r), CZ(*this), bits);
    return r;
}

BigInt BigInt::shifted_right(uint64_t bits) const {
    BigInt r;
    mpz_fdiv_q_2exp(Z(r), CZ(*this), bits);
    return r;
}

void BigInt::floor_divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
    BigInt q, r;
    mpz_fdiv_qr(Z(q), Z(r), CZ(a), CZ(b));
    if (quotient) *quotient = std::move(q);
    if (remainder) *remainder = std::move(r);
}

std::optional<double> BigInt::true_divide(const BigInt& a, const BigInt& b) {
    const bool negative = (a.sign() < 0) != (b.sign() < 0);
    if (a.sign() == 0) return negative ? -0.0 : 0.0;
    BigInt n = a.abs(), d = b.abs();
    // Both exact as doubles: one IEEE division rounds correctly.
    if (n.bit_length() <= 53 && d.bit_length() <= 53) {
        const double q = static_cast<double>(mpz_get_ui(CZ(n))) / static_cast<double>(mpz_get_ui(CZ(d)));
        return negative ? -q : q;
    }
    // Scale so that the integer quotient has at least 66 bits, then round it once with the
    // remainder as the sticky bit.
    const int64_t shift = static_cast<int64_t>(d.bit_length()) - static_cast<int64_t>(n.bit_length()) + 66;
    if (shift > 0) n = n.shifted_left(static_cast<uint64_t>(shift));
    else d = d.shifted_left(static_cast<uint64_t>(-shift));
    BigInt q, r;
    mpz_tdiv_qr(Z(q), Z(r), CZ(n), CZ(d));
    const uint64_t qbits = q.bit_length();
    const uint64_t below = qbits - 64;
    BigInt top_part = q.shifted_right(below);
    const bool sticky = r.sign() != 0 || mpz_scan1(CZ(q), 0) < below;
    const int64_t exponent = static_cast<int64_t>(below) - shift;
    if (exponent > 1100) return std::nullopt;
    // Results below the normal range would round twice here; they are rare and off by one ulp
    // at most (a subnormal quotient of two huge ints).
    const double v = round_top_bits(mpz_getlimbn(CZ(top_part), 0), sticky, exponent);
    if (std::isinf(v)) return std::nullopt;
    return negative ? -v : v;
}

BigInt BigInt::pow(uint64_t exponent) const {
    BigInt r;
    mpz_pow_ui(Z(r), CZ(*this), exponent);
    return r;
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
    BigInt m = modulus.abs();
    BigInt r;
    mpz_powm(Z(r), CZ(base), CZ(exponent), CZ(m));  // in [0, |m|)
    if (modulus.sign() < 0 && r.sign() != 0) r = r + modulus;
    return r;
}

std::optional<BigInt> BigInt::inverse(const BigInt& a, const BigInt& m) {
    BigInt mm = m.abs();
    BigInt r;
    if (mpz_cmp_ui(CZ(mm), 1) == 0) return BigInt(0);
    if (mpz_invert(Z(r), CZ(a), CZ(mm)) == 0) return std::nullopt;
    return r;
}

BigInt BigInt::isqrt() const {
    BigInt r;
    mpz_sqrt(Z(r), CZ(*this));
    return r;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
    BigInt r;
    mpz_gcd(Z(r), CZ(a), CZ(b));
    return r;
}

BigInt BigInt::lcm(const BigInt& a, const BigInt& b) {
    BigInt r;
    mpz_lcm(Z(r), CZ(a), CZ(b));
    return r;
}

BigInt BigInt::factorial(uint64_t n) {
    BigInt r;
    mpz_fac_ui(Z(r), n);
    return r;
}

BigInt BigInt::binomial(const BigInt& n, uint64_t k) {
    BigInt r;
    mpz_bin_ui(Z(r), CZ(n), k);
    return r;
}

#undef Z
#undef CZ

}  // namespace loopstep
