// Integers of any size: a value type over GMP's mpz (the one file that sees GMP), with Python's
// rules where they differ from GMP's defaults. The VM keeps ints that fit in 64 bits as Tag::Int;
// a BigIntObject holds only values outside int64, so equal ints always have one representation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/objects.h"

namespace loopstep {

class BigInt {
public:
    BigInt();
    explicit BigInt(int64_t v);
    BigInt(const BigInt& other);
    BigInt(BigInt&& other) noexcept;
    BigInt& operator=(const BigInt& other);
    BigInt& operator=(BigInt&& other) noexcept;
    ~BigInt();

    // Digits 0-9a-z (either case) in `base` 2..36, nothing else (no sign, no underscores);
    // nullopt when a character is not a digit of the base.
    static std::optional<BigInt> parse(std::string_view digits, int base, bool negative);
    // The integral value of a finite double (the caller truncates or floors first).
    static BigInt from_double(double integral);

    bool fits_int64() const;
    int64_t to_int64() const;  // when fits_int64()
    int sign() const;          // -1, 0, 1
    uint64_t bit_length() const;  // of |x|
    uint64_t bit_count() const;   // ones in |x|
    uint64_t limbs() const;       // size in 64-bit words
    // Lowercase digits of |x| in base 2..36 (no sign, no prefix).
    std::string magnitude_digits(int base) const;
    // A lower bound of the number of decimal digits of |x| (exact or one less).
    uint64_t decimal_digits_estimate() const;
    // Correctly rounded (half to even); nullopt when it overflows a double.
    std::optional<double> to_double() const;
    // x = m * 2**e with 0.5 <= |m| < 1 (m rounded to a double): for logarithms of huge ints.
    double frexp(int64_t* exponent) const;

    int compare(const BigInt& other) const;  // -1, 0, 1
    int compare(double finite) const;        // exact
    int64_t hash() const;                    // CPython's: modulo 2**61 - 1, -1 becomes -2

    BigInt operator-() const;
    BigInt abs() const;
    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    friend BigInt operator&(const BigInt& a, const BigInt& b);  // two's complement, as Python
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);
    BigInt operator~() const;
    BigInt shifted_left(uint64_t bits) const;
    BigInt shifted_right(uint64_t bits) const;  // floor, as Python's >>
    // Floor division and the remainder with the divisor's sign; the divisor is not zero.
    static void floor_divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);
    // a / b correctly rounded; nullopt when too large for a double. b is not zero.
    static std::optional<double> true_divide(const BigInt& a, const BigInt& b);
    BigInt pow(uint64_t exponent) const;
    // (base ** exponent) % modulus with the modulus's sign; exponent >= 0, modulus != 0.
    static BigInt pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);
    // The inverse of a modulo |m| in [0, |m|), or nullopt when gcd(a, m) != 1.
    static std::optional<BigInt> inverse(const BigInt& a, const BigInt& m);
    BigInt isqrt() const;  // of a non-negative value
    static BigInt gcd(const BigInt& a, const BigInt& b);
    static BigInt lcm(const BigInt& a, const BigInt& b);
    static BigInt factorial(uint64_t n);
    static BigInt binomial(const BigInt& n, uint64_t k);
    bool is_odd() const;

private:
    void* raw();
    const void* raw() const;
    alignas(8) unsigned char storage_[16];
};

// An int outside int64 on the heap; its class is `int`.
class BigIntObject : public Object {
public:
    LOOPSTEP_KINDS(BigIntObject, ObjKind::BigInt)
    BigIntObject(ClassObject* type, BigInt v) : Object(type, ObjKind::BigInt), value(std::move(v)) {}
    const BigInt value;
};

}  // namespace loopstep
