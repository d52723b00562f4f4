// Ints to and from text: str/repr, the bases of hex()/format(), int(text, base) and big literals,
// with CPython 3.11's limit on decimal conversions (sys.set_int_max_str_digits, default 4300):
// bases that are powers of two are never limited.
#include <cctype>

#include "numbers/float_format.h"
#include "numbers/numeric.h"
#include "objects/int_values.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

const char* const kLimitAdvice = "; use sys.set_int_max_str_digits() to increase the limit";

[[noreturn]] void raise_str_limit(Interp& vm) {
    vm.raise(vm.exc.value_error, "Exceeds the limit (" + std::to_string(vm.max_str_digits) +
                                     " digits) for integer string conversion" + kLimitAdvice);
}

[[noreturn]] void raise_parse_limit(Interp& vm, uint64_t digits) {
    vm.raise(vm.exc.value_error, "Exceeds the limit (" + std::to_string(vm.max_str_digits) +
                                     " digits) for integer string conversion: value has " +
                                     std::to_string(digits) + " digits" + kLimitAdvice);
}

std::string decimal_magnitude(Interp& vm, const BigInt& v) {
    const int64_t limit = vm.max_str_digits;
    // The estimate is exact or one short: it refuses before converting whatever is surely too long.
    if (limit > 0 && v.decimal_digits_estimate() > static_cast<uint64_t>(limit)) raise_str_limit(vm);
    std::string digits = v.magnitude_digits(10);
    if (limit > 0 && digits.size() > static_cast<uint64_t>(limit)) raise_str_limit(vm);
    return digits;
}

bool is_power_of_two_base(int64_t base) { return base == 2 || base == 4 || base == 8 || base == 16 || base == 32; }

}  // namespace

int64_t int_max_str_digits(const Interp& vm) { return vm.max_str_digits; }

void set_int_max_str_digits(Interp& vm, int64_t digits) {
    if (digits != 0 && digits < kIntMaxStrDigitsThreshold)
        vm.raise(vm.exc.value_error, "maxdigits must be 0 or larger than " + std::to_string(kIntMaxStrDigitsThreshold));
    vm.max_str_digits = digits;
}

std::string int_to_decimal(Interp& vm, const Value& v) {
    if (v.is_intlike()) return std::to_string(v.as_int());
    const BigInt& b = *big_of(v);
    return (b.sign() < 0 ? "-" : "") + decimal_magnitude(vm, b);
}

std::string int_magnitude_digits(Interp& vm, const Value& v, int base) {
    const BigInt b = to_big(v);
    if (base == 10) return decimal_magnitude(vm, b);
    return b.magnitude_digits(base);
}

Value format_int_value(Interp& vm, const Value& v, const std::string& spec) {
    IntForFormat in;
    const BigInt b = to_big(v);
    in.negative = b.sign() < 0;
    in.magnitude_digits = [&](int base) { return base == 10 ? decimal_magnitude(vm, b) : b.magnitude_digits(base); };
    in.as_double = b.to_double();
    if (b.fits_int64()) in.code_point = b.to_int64();
    std::string error;
    std::optional<std::string> out = format_int(in, spec, &error);
    if (out) return vm.str(std::move(*out));
    if (error == kFormatTooWideError) vm.raise(vm.exc.memory_error, "");
    if (error == kFormatCharRangeError && !b.fits_int64())
        vm.raise(vm.exc.overflow_error, "Python int too large to convert to C long");
    if (error == kFormatIntTooLargeForFloat || error == kFormatCharRangeError) vm.raise(vm.exc.overflow_error, error);
    vm.raise(vm.exc.value_error, error);
}

Value parse_int_value(Interp& vm, std::string_view text, int64_t base) {
    const int b = base < INT32_MIN || base > INT32_MAX ? -1 : static_cast<int>(base);
    ParsedInt parsed = parse_int(text, b);
    if (parsed.status == ParsedInt::Status::BadBase) vm.raise(vm.exc.value_error, int_base_error());
    if (parsed.status == ParsedInt::Status::Invalid) vm.raise(vm.exc.value_error, int_literal_error(text, b));
    // A valid literal is ASCII between spaces: [+-]? (0[xob])? digits and underscores.
    size_t start = 0;
    while (start < text.size() && text[start] != '+' && text[start] != '-' &&
           !std::isalnum(static_cast<unsigned char>(text[start])))
        ++start;
    size_t end = start;
    while (end < text.size() && (text[end] == '+' || text[end] == '-' || text[end] == '_' ||
                                 std::isalnum(static_cast<unsigned char>(text[end]))))
        ++end;
    std::string_view s = text.substr(start, end - start);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    int actual = b == 0 ? 10 : b;
    if (s.size() >= 2 && s[0] == '0') {
        const char p = static_cast<char>(s[1] | 0x20);
        const int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (b == 0 || b == pb)) {
            actual = pb;
            s.remove_prefix(2);
        }
    }
    std::string digits;
    digits.reserve(s.size());
    for (char c : s)
        if (c != '_') digits += c;
    const int64_t limit = vm.max_str_digits;
    if (!is_power_of_two_base(actual) && limit > 0 && digits.size() > static_cast<uint64_t>(limit))
        raise_parse_limit(vm, digits.size());
    if (parsed.status == ParsedInt::Status::Ok) return Value::integer(parsed.value);
    check_int_bits(vm, digits.size() * 6);  // at most log2(36) < 6 bits per digit
    auto big = BigInt::parse(digits, actual, negative);
    if (!big) vm.raise(vm.exc.value_error, int_literal_error(text, b));
    return int_value(vm, std::move(*big));
}

Value int_from_literal(Interp& vm, const std::string& text) {
    std::string_view s = text;
    int base = 10;
    if (s.size() >= 2 && s[0] == '0') {
        const char p = static_cast<char>(s[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (base != 10) s.remove_prefix(2);
    }
    std::string digits;
    for (char c : s)
        if (c != '_') digits += c;
    check_int_bits(vm, digits.size() * 4);
    auto big = BigInt::parse(digits, base, false);
    if (!big) return Value::integer(0);  // the lexer checked the literal
    return int_value(vm, std::move(*big));
}

}  // namespace loopstep
