// The `math` module, as CPython 3.11's: the C library's functions under CPython's error rules
// (a NaN from a number is "math domain error", an infinity from a finite number "math range
// error" where the function can overflow), exact integer functions, fsum's exact sum. Installed
// on first import (stdlib_modules.cpp). The integer functions are math_integers.cpp's.
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include "numbers/numeric.h"
#include "modules/math_integers.h"
#include "objects/builtin_iterators.h"
#include "objects/int_values.h"
#include "syntax/ast.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double real_arg(Interp& vm, const Value& v) {
    if (v.is_number()) return v.to_double();
    if (is_big_int(v)) return int_to_double(vm, v);
    if (Value f = call_special_method(vm, v, "__float__", {}); f.is_float()) return f.to_double();
    vm.raise(vm.exc.type_error, "must be real number, not " + vm.type_name(v));
}

bool is_integer(const Value& v) { return is_int_value(v); }

[[noreturn]] void domain_error(Interp& vm) { vm.raise(vm.exc.value_error, "math domain error"); }
[[noreturn]] void range_error(Interp& vm) { vm.raise(vm.exc.overflow_error, "math range error"); }

// CPython's math_1: the result judged against the argument.
double checked(Interp& vm, double x, double r, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) domain_error(vm);
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error(vm);
        domain_error(vm);
    }
    return r;
}

Value unary(Interp& vm, const CallArgs& args, const char* name, double (*f)(double), bool can_overflow) {
    expect_one_arg(vm, name, args);
    double x = real_arg(vm, args.positional[0]);
    return Value::floating(checked(vm, x, f(x), can_overflow));
}

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_log(double x) { return std::log(x); }
double c_log2(double x) { return x == 0 ? -kInf : std::log2(x); }
double c_log10(double x) { return x == 0 ? -kInf : std::log10(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::fabs(x) >= 1 ? std::nan("") : std::atanh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_degrees(double x) { return x * (180.0 / M_PI); }
double c_radians(double x) { return x * (M_PI / 180.0); }

Value m_sqrt(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "sqrt", c_sqrt, false); }
Value m_exp(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "exp", c_exp, true); }
Value m_exp2(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "exp2", c_exp2, true); }
Value m_expm1(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "expm1", c_expm1, true); }
// log2 and log10 of an int of any size, as CPython's loghelper; of other numbers, the C library's.
Value int_aware_log(Interp& vm, const CallArgs& a, const char* name, double (*f)(double)) {
    expect_one_arg(vm, name, a);
    if (auto r = math_int_log(vm, a.positional[0], f)) return Value::floating(*r);
    return unary(vm, a, name, f, false);
}
Value m_log2(Interp& vm, const Value&, const CallArgs& a) { return int_aware_log(vm, a, "log2", c_log2); }
Value m_log10(Interp& vm, const Value&, const CallArgs& a) { return int_aware_log(vm, a, "log10", c_log10); }
Value m_log1p(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "log1p", c_log1p, false); }
Value m_sin(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "sin", c_sin, false); }
Value m_cos(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "cos", c_cos, false); }
Value m_tan(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "tan", c_tan, false); }
Value m_asin(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "asin", c_asin, false); }
Value m_acos(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "acos", c_acos, false); }
Value m_atan(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "atan", c_atan, false); }
Value m_sinh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "sinh", c_sinh, true); }
Value m_cosh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "cosh", c_cosh, true); }
Value m_tanh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "tanh", c_tanh, false); }
Value m_asinh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "asinh", c_asinh, false); }
Value m_acosh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "acosh", c_acosh, false); }
Value m_atanh(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "atanh", c_atanh, false); }
Value m_erf(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "erf", c_erf, false); }
Value m_erfc(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "erfc", c_erfc, false); }
Value m_fabs(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "fabs", c_fabs, false); }
Value m_cbrt(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "cbrt", c_cbrt, false); }
Value m_degrees(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "degrees", c_degrees, true); }
Value m_radians(Interp& vm, const Value&, const CallArgs& a) { return unary(vm, a, "radians", c_radians, false); }

Value m_log(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "log", args, 1, 2);
    auto ln = [&](const Value& v) {
        if (auto r = math_int_log(vm, v, c_log)) return *r;
        double x = real_arg(vm, v);
        if (x == 0) domain_error(vm);
        return checked(vm, x, std::log(x), false);
    };
    double num = ln(args.positional[0]);
    if (args.positional.size() == 1) return Value::floating(num);
    double den = ln(args.positional[1]);
    if (den == 0) vm.raise(vm.exc.zero_division_error, "float division by zero");
    return Value::floating(num / den);
}

Value m_gamma(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "gamma", args);
    double x = real_arg(vm, args.positional[0]);
    if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error(vm);
    if (x == -kInf) domain_error(vm);
    return Value::floating(checked(vm, x, std::tgamma(x), true));
}

Value m_lgamma(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "lgamma", args);
    double x = real_arg(vm, args.positional[0]);
    if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error(vm);
    return Value::floating(checked(vm, x, std::lgamma(x), true));
}

template <double (*F)(double, double)>
Value binary(Interp& vm, const char* name, const CallArgs& args, bool can_overflow) {
    expect_count(vm, name, args, 2, 2);
    double x = real_arg(vm, args.positional[0]), y = real_arg(vm, args.positional[1]);
    double r = F(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
        if (can_overflow) range_error(vm);
        domain_error(vm);
    }
    return Value::floating(r);
}

double c_atan2(double y, double x) { return std::atan2(y, x); }
double c_copysign(double x, double y) { return std::copysign(x, y); }
double c_fmod(double x, double y) { return std::isinf(y) && std::isfinite(x) ? x : std::fmod(x, y); }
double c_remainder(double x, double y) { return std::remainder(x, y); }
double c_nextafter(double x, double y) { return std::nextafter(x, y); }

Value m_atan2(Interp& vm, const Value&, const CallArgs& a) { return binary<c_atan2>(vm, "atan2", a, false); }
Value m_copysign(Interp& vm, const Value&, const CallArgs& a) { return binary<c_copysign>(vm, "copysign", a, false); }
Value m_fmod(Interp& vm, const Value&, const CallArgs& a) { return binary<c_fmod>(vm, "fmod", a, false); }
Value m_remainder(Interp& vm, const Value&, const CallArgs& a) { return binary<c_remainder>(vm, "remainder", a, false); }
Value m_nextafter(Interp& vm, const Value&, const CallArgs& a) { return binary<c_nextafter>(vm, "nextafter", a, false); }

Value m_pow(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "pow", args, 2, 2);
    double x = real_arg(vm, args.positional[0]), y = real_arg(vm, args.positional[1]);
    // CPython's own cases, before the C library: 0 ** negative and a negative base to a
    // non-integer power are domain errors; 1 ** anything and anything ** 0 are 1.
    if (x == 0 && y < 0 && std::isfinite(y)) domain_error(vm);
    if (std::isfinite(x) && x < 0 && std::isfinite(y) && y != std::floor(y)) domain_error(vm);
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error(vm);
    return Value::floating(r);
}

// floor, ceil, trunc: an int of any size from a float (huge floats give big ints).
Value rounding(Interp& vm, const CallArgs& args, const char* name, const char* special) {
    expect_one_arg(vm, name, args);
    const Value& v = args.positional[0];
    if (is_integer(v)) return v.is_bool() ? Value::integer(v.as_int()) : v;
    if (v.is_float()) return int_from_double(vm, v.as_float(), name);
    if (Value r = call_special_method(vm, v, special, {}); r.is_set()) return r;
    return int_from_double(vm, real_arg(vm, v), name);
}

Value m_floor(Interp& vm, const Value&, const CallArgs& a) { return rounding(vm, a, "floor", "__floor__"); }
Value m_ceil(Interp& vm, const Value&, const CallArgs& a) { return rounding(vm, a, "ceil", "__ceil__"); }
Value m_trunc(Interp& vm, const Value&, const CallArgs& a) { return rounding(vm, a, "trunc", "__trunc__"); }

Value m_prod(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "prod", args, {"iterable", "start"}, 1, 1);
    Value total = a[1].is_set() ? a[1] : Value::integer(1);
    for (const Value& item : vm.to_vector(a[0]))
        total = vm.binary_op(static_cast<int>(ast::Operator::Mult), total, item);
    return total;
}

// Shewchuk's exact summation with CPython's final rounding correction.
Value m_fsum(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "fsum", args);
    std::vector<double> partials;
    double special_sum = 0, inf_sum = 0;
    for (const Value& item : vm.to_vector(args.positional[0])) {
        double x = real_arg(vm, item);
        if (!std::isfinite(x)) {
            if (std::isinf(x)) inf_sum += x;
            special_sum += x;
            continue;
        }
        size_t used = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0) partials[used++] = lo;
            x = hi;
        }
        partials.resize(used);
        if (std::isinf(x)) vm.raise(vm.exc.overflow_error, "intermediate overflow in fsum");
        partials.push_back(x);
    }
    if (special_sum != 0) {
        if (std::isnan(inf_sum)) vm.raise(vm.exc.value_error, "-inf + inf in fsum");
        return Value::floating(special_sum);
    }
    double hi = 0;
    if (!partials.empty()) {
        size_t n = partials.size();
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return Value::floating(hi);
}

Value m_isclose(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "isclose", args, {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
    double x = real_arg(vm, a[0]), y = real_arg(vm, a[1]);
    double rel = a[2].is_set() ? real_arg(vm, a[2]) : 1e-09, abs_tol = a[3].is_set() ? real_arg(vm, a[3]) : 0.0;
    if (rel < 0 || abs_tol < 0) vm.raise(vm.exc.value_error, "tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

Value m_isfinite(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "isfinite", args);
    return Value::boolean(std::isfinite(real_arg(vm, args.positional[0])));
}

Value m_isinf(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "isinf", args);
    return Value::boolean(std::isinf(real_arg(vm, args.positional[0])));
}

Value m_isnan(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "isnan", args);
    return Value::boolean(std::isnan(real_arg(vm, args.positional[0])));
}

Value m_hypot(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "hypot", args);
    double r = 0;
    bool found_nan = false;
    for (const Value& v : args.positional) {
        double x = real_arg(vm, v);
        if (std::isinf(x)) return Value::floating(kInf);
        found_nan |= std::isnan(x);
        r = std::hypot(r, x);
    }
    return Value::floating(found_nan ? std::nan("") : r);
}

Value m_dist(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "dist", args, 2, 2);
    std::vector<Value> p = vm.to_vector(args.positional[0]), q = vm.to_vector(args.positional[1]);
    if (p.size() != q.size()) vm.raise(vm.exc.value_error, "both points must have the same number of dimensions");
    double r = 0;
    for (size_t i = 0; i < p.size(); ++i) r = std::hypot(r, real_arg(vm, p[i]) - real_arg(vm, q[i]));
    return Value::floating(r);
}

Value m_frexp(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "frexp", args);
    double x = real_arg(vm, args.positional[0]);
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    return vm.tuple({Value::floating(m), Value::integer(e)});
}

Value m_ldexp(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "ldexp", args, 2, 2);
    double x = real_arg(vm, args.positional[0]);
    if (!is_integer(args.positional[1])) vm.raise(vm.exc.type_error, "Expected an int as second argument to ldexp.");
    const Value& ev = args.positional[1];
    const int64_t e = ev.is_intlike() ? ev.as_int() : (compare_int_values(ev, Value::integer(0)) < 0 ? INT64_MIN : INT64_MAX);
    double r = std::ldexp(x, static_cast<int>(std::clamp<int64_t>(e, -100000, 100000)));
    if (std::isinf(r) && std::isfinite(x)) range_error(vm);
    return Value::floating(r);
}

Value m_modf(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "modf", args);
    double x = real_arg(vm, args.positional[0]);
    if (std::isinf(x)) return vm.tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
    double whole = 0;
    double frac = std::modf(x, &whole);
    return vm.tuple({Value::floating(frac), Value::floating(whole)});
}

Value m_ulp(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "ulp", args);
    double x = std::fabs(real_arg(vm, args.positional[0]));
    if (std::isnan(x) || std::isinf(x)) return Value::floating(x);
    double next = std::nextafter(x, kInf);
    if (std::isinf(next)) return Value::floating(x - std::nextafter(x, -kInf));
    return Value::floating(next - x);
}

}  // namespace

Value make_module_math(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "math", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    auto add = [&](const char* name, NativeFn fn) { d->set(vm, vm.intern(name), vm.native(name, fn, module)); };
    auto constant = [&](const char* name, double v) { d->set(vm, vm.intern(name), Value::floating(v)); };
    d->set(vm, vm.intern("__name__"), vm.str("math"));
    constant("pi", M_PI);
    constant("e", M_E);
    constant("tau", 2 * M_PI);
    constant("inf", kInf);
    constant("nan", std::numeric_limits<double>::quiet_NaN());
    add("sqrt", &m_sqrt);
    add("exp", &m_exp);
    add("exp2", &m_exp2);
    add("expm1", &m_expm1);
    add("log", &m_log);
    add("log2", &m_log2);
    add("log10", &m_log10);
    add("log1p", &m_log1p);
    add("sin", &m_sin);
    add("cos", &m_cos);
    add("tan", &m_tan);
    add("asin", &m_asin);
    add("acos", &m_acos);
    add("atan", &m_atan);
    add("atan2", &m_atan2);
    add("sinh", &m_sinh);
    add("cosh", &m_cosh);
    add("tanh", &m_tanh);
    add("asinh", &m_asinh);
    add("acosh", &m_acosh);
    add("atanh", &m_atanh);
    add("erf", &m_erf);
    add("erfc", &m_erfc);
    add("gamma", &m_gamma);
    add("lgamma", &m_lgamma);
    add("fabs", &m_fabs);
    add("cbrt", &m_cbrt);
    add("degrees", &m_degrees);
    add("radians", &m_radians);
    add("pow", &m_pow);
    add("copysign", &m_copysign);
    add("fmod", &m_fmod);
    add("remainder", &m_remainder);
    add("nextafter", &m_nextafter);
    add("ulp", &m_ulp);
    add("floor", &m_floor);
    add("ceil", &m_ceil);
    add("trunc", &m_trunc);
    add("factorial", &math_factorial);
    add("gcd", &math_gcd);
    add("lcm", &math_lcm);
    add("isqrt", &math_isqrt);
    add("comb", &math_comb);
    add("perm", &math_perm);
    add("prod", &m_prod);
    add("fsum", &m_fsum);
    add("isclose", &m_isclose);
    add("isfinite", &m_isfinite);
    add("isinf", &m_isinf);
    add("isnan", &m_isnan);
    add("hypot", &m_hypot);
    add("dist", &m_dist);
    add("frexp", &m_frexp);
    add("ldexp", &m_ldexp);
    add("modf", &m_modf);
    return module;
}

}  // namespace loopstep
