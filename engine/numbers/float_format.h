// Text of numbers and strings as CPython 3.11 writes it: repr(float) and the format-spec
// mini-language of format(), str.format() and f-strings for float, int and str values.
#pragma once

#include <cstdint>
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
// Every error is a ValueError except kFormatCharRangeError, an OverflowError, and
// kFormatTooWideError, a MemoryError.
std::optional<std::string> format_float(double value, std::string_view spec, std::string* error);
std::optional<std::string> format_int(int64_t value, std::string_view spec, std::string* error);
std::optional<std::string> format_str(std::string_view utf8, std::string_view spec, std::string* error);

inline constexpr std::string_view kFormatCharRangeError = "%c arg not in range(0x110000)";
// A width or precision above kMaxFormatWidth fails with this error, a MemoryError.
inline constexpr int64_t kMaxFormatWidth = int64_t{1} << 28;
inline constexpr std::string_view kFormatTooWideError = "MemoryError: format width or precision too large";

}  // namespace loopstep
