// The numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin, and the int, float and
// bool constructors. The arithmetic itself is numeric.h's.
#include <cmath>

#include "objects/int_values.h"
#include "objects/str_support.h"
#include "syntax/ast.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value builtin_abs(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "abs", args);
    const Value& v = args.positional[0];
    if (is_int_value(v)) return int_abs(vm, v);
    if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
    Value r = call_special_method(vm, v, "__abs__", {});
    if (r.is_unset()) vm.raise(vm.exc.type_error, "bad operand type for abs(): '" + vm.type_name(v) + "'");
    return r;
}

Value builtin_round(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "round", args, {"number", "ndigits"}, 1, 2);
    const Value& x = a[0];
    bool has_digits = a[1].is_set() && !a[1].is_none();
    if (is_int_value(x)) {
        if (!has_digits) return x.is_bool() ? Value::integer(x.as_int()) : x;
        return int_round_values(vm, x, is_int_value(a[1]) ? a[1] : Value::integer(int_arg(vm, a[1])));
    }
    if (x.is_float()) {
        if (!has_digits) {
            auto r = round_to_int(x.as_float());
            if (!r.ok() && r.error.kind == NumericError::Kind::IntTooBig)
                return int_from_double(vm, std::nearbyint(x.as_float()));
            return Value::integer(numeric_value(vm, r));
        }
        // A big ndigits: nothing to round (positive) or everything (negative).
        if (is_big_int(a[1]))
            return Value::floating(numeric_value(vm, round_half_even(x.as_float(), vm.less_than(a[1], Value::integer(0)) ? -400 : 400)));
        return Value::floating(numeric_value(vm, round_half_even(x.as_float(), int_arg(vm, a[1]))));
    }
    Value r = has_digits ? call_special_method(vm, x, "__round__", {a[1]}) : call_special_method(vm, x, "__round__", {});
    if (r.is_unset()) vm.raise(vm.exc.type_error, "type " + vm.type_name(x) + " doesn't define __round__ method");
    return r;
}

Value builtin_divmod(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "divmod", args, 2, 2);
    const Value& a = args.positional[0];
    const Value& b = args.positional[1];
    if (is_int_value(a) && is_int_value(b)) return int_divmod_values(vm, a, b);
    if ((is_int_value(a) || a.is_float()) && (is_int_value(b) || b.is_float())) {
        const double x = a.is_float() ? a.as_float() : int_to_double(vm, a);
        const double y = b.is_float() ? b.as_float() : int_to_double(vm, b);
        auto r = numeric_value(vm, float_divmod(x, y));
        return vm.tuple({Value::floating(r.first), Value::floating(r.second)});
    }
    Value r = call_special_method(vm, a, "__divmod__", {b});
    if (r.is_set() && !r.same(vm.not_implemented)) return r;
    r = call_special_method(vm, b, "__rdivmod__", {a});
    if (r.is_set() && !r.same(vm.not_implemented)) return r;
    vm.raise(vm.exc.type_error, "unsupported operand type(s) for divmod(): '" + vm.type_name(a) + "' and '" +
                                    vm.type_name(b) + "'");
}

Value builtin_pow(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "pow", args, {"base", "exp", "mod"}, 2, 3);
    if (a[2].is_unset() || a[2].is_none()) return vm.binary_op(static_cast<int>(ast::Operator::Pow), a[0], a[1]);
    if (!is_int_value(a[0]) || !is_int_value(a[1]) || !is_int_value(a[2]))
        vm.raise(vm.exc.type_error, "pow() 3rd argument not allowed unless all arguments are integers");
    return int_pow_mod_values(vm, a[0], a[1], a[2]);
}

Value builtin_chr(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "chr", args);
    if (is_big_int(args.positional[0])) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C int");
    int64_t code = int_arg(vm, args.positional[0]);
    if (code < 0 || code > 0x10FFFF) vm.raise(vm.exc.value_error, "chr() arg not in range(0x110000)");
    std::string out;
    utf8_append(out, static_cast<char32_t>(code));
    return vm.str(std::move(out));
}

Value builtin_ord(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "ord", args);
    auto* s = args.positional[0].as<StrObject>();
    if (!s) vm.raise(vm.exc.type_error, "ord() expected string of length 1, but " + vm.type_name(args.positional[0]) + " found");
    if (s->length() != 1)
        vm.raise(vm.exc.type_error, "ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
    size_t pos = 0;
    return Value::integer(static_cast<int64_t>(utf8_next(s->text(), pos)));
}

Value in_base(Interp& vm, const CallArgs& args, const char* name, unsigned bits, const char* prefix) {
    expect_one_arg(vm, name, args);
    Value x = args.positional[0];
    if (!is_int_value(x)) {
        Value index = call_special_method(vm, x, "__index__", {});
        if (is_int_value(index)) x = index;
    }
    if (is_big_int(x)) {
        const bool negative = vm.less_than(x, Value::integer(0));
        return vm.str(std::string(negative ? "-" : "") + prefix + int_magnitude_digits(vm, x, 1 << bits));
    }
    int64_t v = int_arg(vm, x);
    uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    std::string digits;
    do {
        digits.insert(digits.begin(), "0123456789abcdef"[magnitude & ((1u << bits) - 1)]);
        magnitude >>= bits;
    } while (magnitude);
    return vm.str(std::string(v < 0 ? "-" : "") + prefix + digits);
}

Value builtin_hex(Interp& vm, const Value&, const CallArgs& args) { return in_base(vm, args, "hex", 4, "0x"); }
Value builtin_oct(Interp& vm, const Value&, const CallArgs& args) { return in_base(vm, args, "oct", 3, "0o"); }
Value builtin_bin(Interp& vm, const Value&, const CallArgs& args) { return in_base(vm, args, "bin", 1, "0b"); }

Value parse_int_text(Interp& vm, std::string_view text, int64_t base) { return parse_int_value(vm, text, base); }

// int(x=0) / int(x, base=10)
Value int_new(Interp& vm, const Value&, const CallArgs& args) {
    Value base;
    for (size_t k = 0; k < args.kw_values.size(); ++k) {
        if (kw_name(args, k) != "base")
            vm.raise(vm.exc.type_error, "'" + std::string(kw_name(args, k)) + "' is an invalid keyword argument for int()");
        base = args.kw_values[k];
    }
    size_t n = args.positional.size();
    if (n > 2) vm.raise(vm.exc.type_error, "int() takes at most 2 arguments (" + std::to_string(n) + " given)");
    if (n == 2) {
        if (base.is_set()) vm.raise(vm.exc.type_error, "argument for int() given by name ('base') and position (2)");
        base = args.positional[1];
    }
    if (n == 0) {
        if (base.is_set()) vm.raise(vm.exc.type_error, "int() missing string argument");
        return Value::integer(0);
    }
    const Value& x = args.positional[0];
    if (base.is_set()) {
        if (is_big_int(base)) vm.raise(vm.exc.value_error, int_base_error());
        int64_t b = int_arg(vm, base);
        if (!x.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "int() can't convert non-string with explicit base");
        return parse_int_text(vm, str_text(x), b);
    }
    if (x.is_intlike()) return Value::integer(x.as_int());
    if (is_big_int(x)) return x;
    if (x.is_float()) return int_from_double(vm, x.as_float());
    if (x.is(ObjKind::Str)) return parse_int_text(vm, str_text(x), 10);
    for (const char* method : {"__int__", "__index__", "__trunc__"}) {
        Value r = call_special_method(vm, x, method, {});
        if (r.is_unset()) continue;
        if (!is_int_value(r))
            vm.raise(vm.exc.type_error, std::string(method) + " returned non-int (type " + vm.type_name(r) + ")");
        return r.is_bool() ? Value::integer(r.as_int()) : r;
    }
    vm.raise(vm.exc.type_error, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                    vm.type_name(x) + "'");
}

Value float_new(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "float", args);
    expect_count(vm, "float", args, 0, 1);
    if (args.positional.empty()) return Value::floating(0.0);
    const Value& x = args.positional[0];
    if (x.is_float()) return x;
    if (is_int_value(x)) return Value::floating(int_to_double(vm, x));
    if (x.is(ObjKind::Str)) {
        std::optional<double> parsed = parse_float(str_text(x));
        if (!parsed) vm.raise(vm.exc.value_error, float_literal_error(str_text(x)));
        return Value::floating(*parsed);
    }
    Value r = call_special_method(vm, x, "__float__", {});
    if (r.is_set()) {
        if (!r.is_float())
            vm.raise(vm.exc.type_error, vm.type_name(x) + ".__float__ returned non-float (type " + vm.type_name(r) + ")");
        return r;
    }
    r = call_special_method(vm, x, "__index__", {});
    if (is_int_value(r)) return Value::floating(int_to_double(vm, r));
    vm.raise(vm.exc.type_error, "float() argument must be a string or a real number, not '" + vm.type_name(x) + "'");
}

Value bool_new(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "bool", args);
    expect_count(vm, "bool", args, 0, 1);
    return Value::boolean(!args.positional.empty() && vm.truthy(args.positional[0]));
}

}  // namespace

void install_builtin_numbers(Interp& vm) {
    set_builtin(vm, "abs", &builtin_abs);
    set_builtin(vm, "round", &builtin_round);
    set_builtin(vm, "divmod", &builtin_divmod);
    set_builtin(vm, "pow", &builtin_pow);
    set_builtin(vm, "chr", &builtin_chr);
    set_builtin(vm, "ord", &builtin_ord);
    set_builtin(vm, "hex", &builtin_hex);
    set_builtin(vm, "oct", &builtin_oct);
    set_builtin(vm, "bin", &builtin_bin);
    vm.types.int_->constructor = &int_new;
    vm.types.float_->constructor = &float_new;
    vm.types.bool_->constructor = &bool_new;
}

}  // namespace loopstep
