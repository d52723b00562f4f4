// The integer functions of `math` on ints of any size (factorial, gcd, lcm, isqrt, comb, perm)
// and the logarithms, which CPython computes for ints too large for a float from their binary
// exponent. Results pass the big-int size cap before GMP computes them.
#include "modules/math_integers.h"

#include <cmath>
#include <string>

#include "objects/int_values.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

[[noreturn]] void domain_error(Interp& vm) { vm.raise(vm.exc.value_error, "math domain error"); }

const char* const kSsizeMax = "9223372036854775807";

void check_gcd_operand(const char* name, const BigInt& v) {
    if (v.bit_length() > kMaxGcdBits)
        throw BudgetExceeded{std::string("budget exceeded: math.") + name + "() of a " + std::to_string(v.bit_length()) +
                             "-bit int would hold up the event loop for seconds in one step"};
}

}  // namespace

Value math_integer_arg(Interp& vm, const Value& v) {
    if (is_int_value(v)) return v.is_bool() ? Value::integer(v.as_int()) : v;
    if (Value i = call_special_method(vm, v, "__index__", {}); is_int_value(i)) return i;
    vm.raise(vm.exc.type_error, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

Value math_factorial(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "factorial", args);
    const BigInt n = to_big(math_integer_arg(vm, args.positional[0]));
    if (n.sign() < 0) vm.raise(vm.exc.value_error, "factorial() not defined for negative values");
    if (!n.fits_int64()) vm.raise(vm.exc.overflow_error, std::string("factorial() argument should not exceed ") + kSsizeMax);
    const auto k = static_cast<uint64_t>(n.to_int64());
    // log2(k!) is about k * (log2(k) - log2(e)).
    if (k > 20) {
        const double bits = static_cast<double>(k) * (std::log2(static_cast<double>(k)) - 1.4426950408889634);
        if (bits > static_cast<double>(kMaxIntBits)) raise_int_too_big(vm);
    }
    return int_value(vm, BigInt::factorial(k));
}

Value math_gcd(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "gcd", args);
    BigInt g(0);
    for (const Value& v : args.positional) {
        const BigInt x = to_big(math_integer_arg(vm, v));
        check_gcd_operand("gcd", x);
        g = BigInt::gcd(g, x);
    }
    return int_value(vm, std::move(g));
}

Value math_lcm(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "lcm", args);
    BigInt l(1);
    for (const Value& v : args.positional) {
        const BigInt x = to_big(math_integer_arg(vm, v));
        if (l.sign() == 0 || x.sign() == 0) {
            l = BigInt(0);
            continue;
        }
        check_gcd_operand("lcm", x);
        check_int_bits(vm, l.bit_length() + x.bit_length());
        check_gcd_operand("lcm", l);
        l = BigInt::lcm(l, x);
    }
    return int_value(vm, std::move(l));
}

Value math_isqrt(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "isqrt", args);
    const BigInt n = to_big(math_integer_arg(vm, args.positional[0]));
    if (n.sign() < 0) vm.raise(vm.exc.value_error, "isqrt() argument must be nonnegative");
    return int_value(vm, n.isqrt());
}

Value math_comb_perm(Interp& vm, const CallArgs& args, bool comb) {
    const char* name = comb ? "comb" : "perm";
    expect_count(vm, name, args, comb ? 2 : 1, 2);
    const BigInt n = to_big(math_integer_arg(vm, args.positional[0]));
    const bool has_k = args.positional.size() > 1 && !args.positional[1].is_none();
    if (!has_k) {  // perm(n) == n!
        if (n.sign() < 0) vm.raise(vm.exc.value_error, "n must be a non-negative integer");
        return math_factorial(vm, Value(), CallArgs{std::span<const Value>(&args.positional[0], 1)});
    }
    BigInt k = to_big(math_integer_arg(vm, args.positional[1]));
    if (n.sign() < 0) vm.raise(vm.exc.value_error, "n must be a non-negative integer");
    if (k.sign() < 0) vm.raise(vm.exc.value_error, "k must be a non-negative integer");
    if (k.compare(n) > 0) return Value::integer(0);
    if (comb) {
        const BigInt rest = n - k;
        if (rest.compare(k) < 0) k = rest;
        if (!k.fits_int64())
            vm.raise(vm.exc.overflow_error, std::string("min(n - k, k) must not exceed ") + kSsizeMax);
    } else if (!k.fits_int64()) {
        vm.raise(vm.exc.overflow_error, std::string("k must not exceed ") + kSsizeMax);
    }
    const auto kk = static_cast<uint64_t>(k.to_int64());
    // comb(n, k) <= min(n**k, 2**n); perm(n, k) <= n**k.
    uint64_t bound = kk == 0 ? 1 : (n.bit_length() > kMaxIntBits / kk ? kMaxIntBits + 1 : n.bit_length() * kk);
    if (comb && n.fits_int64()) bound = std::min<uint64_t>(bound, static_cast<uint64_t>(n.to_int64()) + 1);
    check_int_bits(vm, bound);
    BigInt r = BigInt::binomial(n, kk);
    if (!comb) r = r * BigInt::factorial(kk);
    return int_value(vm, std::move(r));
}

Value math_comb(Interp& vm, const Value&, const CallArgs& a) { return math_comb_perm(vm, a, true); }
Value math_perm(Interp& vm, const Value&, const CallArgs& a) { return math_comb_perm(vm, a, false); }

std::optional<double> math_int_log(Interp& vm, const Value& v, double (*log_fn)(double)) {
    if (!is_int_value(v)) return std::nullopt;
    if (compare_int_values(v, Value::integer(0)) <= 0) domain_error(vm);
    if (auto d = int_to_double_checked(v)) return log_fn(*d);
    // x = m * 2**e: log(x) = log(m) + e * log(2), as CPython's loghelper.
    int64_t e = 0;
    const double m = big_of(v)->frexp(&e);
    return log_fn(m) + static_cast<double>(e) * log_fn(2.0);
}

}  // namespace loopstep
