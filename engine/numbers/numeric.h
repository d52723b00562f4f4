// Python's int and float semantics on int64_t and double: the arithmetic whose results differ from
// C++ (floor division, modulo, powers, rounding), conversions, int()/float() parsing, str repr and
// the numeric hash. Pure functions; the VM turns a NumericError into the matching Python exception.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace loopstep {

struct NumericError {
    enum class Kind : uint8_t {
        ZeroDivisionError,
        OverflowError,
        ValueError,
        // The exact result is an int outside int64: the caller computes it as a big int
        // (objects/int_values.h); `message` is empty.
        IntTooBig,
    };
    Kind kind = Kind::ValueError;
    std::string message;  // exactly what CPython prints after "ZeroDivisionError: "
};

// A value or the Python exception that replaces it.
template <typename T>
struct NumResult {
    std::optional<T> value;
    NumericError error;  // meaningful only when !value

    bool ok() const { return value.has_value(); }
    static NumResult success(T v) { return NumResult{std::move(v), {}}; }
    static NumResult failure(NumericError::Kind kind, std::string message = {}) {
        return NumResult{std::nullopt, NumericError{kind, std::move(message)}};
    }
};

// ---- int ----
// A magnitude with its sign, when it fits: up to 2**63 when negative, 2**63 - 1 otherwise.
__extension__ std::optional<int64_t> with_sign(unsigned __int128 magnitude, bool negative);
std::optional<int64_t> checked_add(int64_t a, int64_t b);
std::optional<int64_t> checked_sub(int64_t a, int64_t b);
std::optional<int64_t> checked_mul(int64_t a, int64_t b);
std::optional<int64_t> checked_neg(int64_t a);
std::optional<int64_t> checked_abs(int64_t a);

NumResult<int64_t> int_floordiv(int64_t a, int64_t b);  // a // b, rounds toward -inf
NumResult<int64_t> int_mod(int64_t a, int64_t b);       // a % b, sign of b
NumResult<std::pair<int64_t, int64_t>> int_divmod(int64_t a, int64_t b);
NumResult<double> int_truediv(int64_t a, int64_t b);  // a / b, correctly rounded

// int ** int: an int for exponent >= 0, a float for a negative exponent (2 ** -1 == 0.5).
struct IntOrFloat {
    bool is_float = false;
    int64_t i = 0;
    double f = 0.0;
};
NumResult<IntOrFloat> int_pow(int64_t base, int64_t exponent);
// pow(base, exponent, modulus); a negative exponent needs base invertible modulo `modulus`.
NumResult<int64_t> int_pow_mod(int64_t base, int64_t exponent, int64_t modulus);

// Exact comparison of an int with a float, as CPython does for == and <; unordered with NaN.
std::partial_ordering compare_int_float(int64_t i, double f);

// ---- float ----
NumResult<double> float_truediv(double a, double b);
NumResult<double> float_floordiv(double a, double b);
NumResult<double> float_mod(double a, double b);
NumResult<std::pair<double, double>> float_divmod(double a, double b);
// a ** b. A negative base to a non-integral power is complex in CPython; here it is a ValueError
// "complex numbers are not supported".
NumResult<double> float_pow(double a, double b);

// int(x), math.floor(x), math.ceil(x) and round(x) for a float x; NaN is a ValueError, infinities
// an OverflowError, finite values beyond int64 IntTooBig.
NumResult<int64_t> float_to_int(double x);
NumResult<int64_t> float_floor_to_int(double x);
NumResult<int64_t> float_ceil_to_int(double x);
NumResult<int64_t> round_to_int(double x);  // round(x): half to even

// round(x, ndigits) for a float: the correctly rounded decimal, half to even on the exact binary
// value (round(2.675, 2) == 2.67). OverflowError "rounded value too large to represent".
NumResult<double> round_half_even(double x, int64_t ndigits);
// round(i, ndigits) for an int: unchanged for ndigits >= 0, else half to even at 10**-ndigits.
NumResult<int64_t> round_int(int64_t i, int64_t ndigits);

// ---- hashing: equal ints, floats and bools hash equal (CPython's modulus 2**61 - 1) ----
int64_t hash_int(int64_t i);
int64_t hash_float(double x);  // NaN hashes to 0 (CPython uses the object's identity)

// ---- parsing ----
struct ParsedInt {
    enum class Status : uint8_t { Ok, Invalid, TooBig, BadBase };
    Status status = Status::Invalid;
    int64_t value = 0;
};
// int(text, base): surrounding whitespace, a sign, underscores between digits, base 0 (prefix
// decides; no leading zeros in decimal) and prefixes 0x/0o/0b matching `base`. TooBig: the literal
// is valid but outside int64. BadBase: base is neither 0 nor in 2..36.
ParsedInt parse_int(std::string_view text, int base);
// "invalid literal for int() with base 10: 'abc'" (ValueError)
std::string int_literal_error(std::string_view text, int base);
// "int() base must be >= 2 and <= 36, or 0" (ValueError)
std::string int_base_error();

// float(text): whitespace, sign, digits with underscores, exponent, inf/infinity/nan in any case.
std::optional<double> parse_float(std::string_view text);
// "could not convert string to float: 'abc'" (ValueError)
std::string float_literal_error(std::string_view text);

// repr() of a str given as UTF-8.
std::string python_str_repr(std::string_view utf8);

}  // namespace loopstep
