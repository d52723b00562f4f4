// Python ints of any size as runtime Values: a Tag::Int (or bool) when the value fits in int64,
// else a BigIntObject. Every result goes through int_value(), which demotes, so equal ints have
// one representation. The arithmetic, comparisons, hashing, conversions and the int<->str digit
// limit of CPython 3.11 for the slow path; the dispatch loop keeps its 64-bit fast path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "objects/big_int.h"
#include "vm/interp.h"

namespace loopstep {

// Results above this many bits are refused (MemoryError) before GMP allocates them: 2**25 bits is
// 4 MiB of limbs and about 10 million decimal digits; one multiplication or division of such ints
// takes well under a second (GMP cannot be interrupted by the instruction budget).
inline constexpr uint64_t kMaxIntBits = uint64_t{1} << 25;
// gcd and lcm are slower than a product: their operands are held to this many bits (a
// BudgetExceeded stop past it, as an endless loop would get).
inline constexpr uint64_t kMaxGcdBits = uint64_t{1} << 21;

// sys.set_int_max_str_digits(): 0 (no limit) or at least this.
inline constexpr int64_t kIntMaxStrDigitsThreshold = 640;

inline bool is_big_int(const Value& v) { return v.is(ObjKind::BigInt); }
// int, bool or a big int.
inline bool is_int_value(const Value& v) { return v.is_intlike() || v.is(ObjKind::BigInt); }
inline const BigInt* big_of(const Value& v) {
    auto* b = v.as<BigIntObject>();
    return b ? &b->value : nullptr;
}

BigInt to_big(const Value& int_value);          // of an int, bool or big int
Value int_value(Interp& vm, BigInt v);          // demotes to Tag::Int when it fits
Value int_value_from_u64(Interp& vm, uint64_t v);
[[noreturn]] void raise_int_too_big(Interp& vm);  // MemoryError past kMaxIntBits
void check_int_bits(Interp& vm, uint64_t bits);

// `a op b` (ast::Operator) for two int values when the 64-bit path cannot answer.
Value int_binary(Interp& vm, int op, const Value& a, const Value& b);
// `a op b` when one operand is a float and the other an int: the int becomes a float first
// (OverflowError "int too large to convert to float").
Value int_mixed_float_binary(Interp& vm, int op, const Value& a, const Value& b);
// -x, +x, ~x of an int value.
Value int_unary(Interp& vm, int op, const Value& x);
Value int_abs(Interp& vm, const Value& x);
// divmod(a, b) of ints.
Value int_divmod_values(Interp& vm, const Value& a, const Value& b);
// pow(base, exp, mod) of ints.
Value int_pow_mod_values(Interp& vm, const Value& base, const Value& exp, const Value& mod);
// round(x, ndigits) of an int.
Value int_round_values(Interp& vm, const Value& x, const Value& ndigits);

// Ordering of two int values (-1, 0, 1) and of an int with a float, exact (2: NaN).
int compare_int_values(const Value& a, const Value& b);
int compare_int_value_float(const Value& a, double f);
int64_t hash_int_value(const Value& v);

// float(x): OverflowError "int too large to convert to float".
double int_to_double(Interp& vm, const Value& v);
std::optional<double> int_to_double_checked(const Value& v);
// int(x) of a float x (truncated); ValueError / OverflowError for NaN and infinities.
Value int_from_double(Interp& vm, double x, const char* mode = "trunc");  // "trunc", "floor", "ceil"

// The int <-> decimal str limit (sys.get_int_max_str_digits): runtime state of the Interp.
int64_t int_max_str_digits(const Interp& vm);
// 0 or >= 640; ValueError "maxdigits must be 0 or larger than 640" otherwise.
void set_int_max_str_digits(Interp& vm, int64_t digits);

// str(x) / repr(x): ValueError past the digit limit.
std::string int_to_decimal(Interp& vm, const Value& v);
// Digits of |x| in base 2, 8, 16 (unlimited) or 10 (limited).
std::string int_magnitude_digits(Interp& vm, const Value& v, int base);
// format(x, spec) of an int value.
Value format_int_value(Interp& vm, const Value& v, const std::string& spec);
// int(text, base) with the digit limit for bases that are not powers of two.
Value parse_int_value(Interp& vm, std::string_view text, int64_t base);
// A big literal's text from the compiler: decimal digits, or 0x/0o/0b and its digits.
Value int_from_literal(Interp& vm, const std::string& text);

}  // namespace loopstep
