// Text of numbers and strings as CPython 3.11 writes it: repr(float) and the format-spec
// mini-language of format(), str.format() and f-strings for float, int and str values.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace loopstep {

// repr(x) == str(x): shortest round-trip digits; scientific when the decimal exponent is < -4 or
// >= 16 ('1e+16', '1.5e-05'), else fixed with at least one fractional digit ('100.0').
std::string float_repr(double x);

// '%.*f' and '%.*e' in the C locale, correctly rounded; inf/nan as 'inf', '-inf', 'nan'.
std::string float_to_fixed(double x, int digits);
std::string float_to_exponent(double x, int digits);

// format(value, spec). On failure returns nullopt and sets *error (if given) to CPython's message.
// Every error is a ValueError except kFormatCharRangeError and kFormatIntTooLargeForFloat,
// OverflowErrors, and
// kFormatTooWideError, a MemoryError.
std::optional<std::string> format_float(double value, std::string_view spec, std::string* error);
std::optional<std::string> format_int(int64_t value, std::string_view spec, std::string* error);
// An int of any size for format(): its sign, its magnitude's digits in base 2, 8, 10 or 16
// (lowercase; the callback may throw, e.g. past the int-to-str digit limit), its value as a float
// (nullopt when too large: the float presentations fail with kFormatIntTooLargeForFloat, an
// OverflowError) and as a code point for 'c' (nullopt: out of range).
struct IntForFormat {
    bool negative = false;
    std::function<std::string(int base)> magnitude_digits;
    std::optional<double> as_double;
    std::optional<int64_t> code_point;
};
std::optional<std::string> format_int(const IntForFormat& value, std::string_view spec, std::string* error);
std::optional<std::string> format_str(std::string_view utf8, std::string_view spec, std::string* error);

inline constexpr std::string_view kFormatCharRangeError = "%c arg not in range(0x110000)";
inline constexpr std::string_view kFormatIntTooLargeForFloat = "int too large to convert to float";
// A width or precision above kMaxFormatWidth fails with this error, a MemoryError.
inline constexpr int64_t kMaxFormatWidth = int64_t{1} << 28;
inline constexpr std::string_view kFormatTooWideError = "MemoryError: format width or precision too large";

}  // namespace loopstep
