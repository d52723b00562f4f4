// The numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin, and the int, float and
// bool constructors. The arithmetic itself is numeric.h's.
#include <cmath>

#include "objects/str_support.h"
#include "syntax/ast.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value builtin_abs(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "abs", args);
    const Value& v = args.positional[0];
    if (v.is_intlike()) {
        auto r = checked_abs(v.as_int());
        if (!r) raise_int_overflow(vm);
        return Value::integer(*r);
    }
    if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
    Value r = call_special_method(vm, v, "__abs__", {});
    if (r.is_unset()) vm.raise(vm.exc.type_error, "bad operand type for abs(): '" + vm.type_name(v) + "'");
    return r;
}

Value builtin_round(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "round", args, {"number", "ndigits"}, 1, 2);
    const Value& x = a[0];
    bool has_digits = a[1].is_set() && !a[1].is_none();
    if (x.is_intlike()) {
        if (!has_digits) return Value::integer(x.as_int());
        return Value::integer(numeric_value(vm, round_int(x.as_int(), int_arg(vm, a[1]))));
    }
    if (x.is_float()) {
        if (!has_digits) return Value::integer(numeric_value(vm, round_to_int(x.as_float())));
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
    if (a.is_intlike() && b.is_intlike()) {
        auto r = numeric_value(vm, int_divmod(a.as_int(), b.as_int()));
        return vm.tuple({Value::integer(r.first), Value::integer(r.second)});
    }
    if (a.is_number() && b.is_number()) {
        auto r = numeric_value(vm, float_divmod(a.to_double(), b.to_double()));
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
    if (!a[0].is_intlike() || !a[1].is_intlike() || !a[2].is_intlike())
        vm.raise(vm.exc.type_error, "pow() 3rd argument not allowed unless all arguments are integers");
    return Value::integer(numeric_value(vm, int_pow_mod(a[0].as_int(), a[1].as_int(), a[2].as_int())));
}

Value builtin_chr(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "chr", args);
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
    int64_t v = int_arg(vm, args.positional[0]);
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

Value parse_int_text(Interp& vm, std::string_view text, int64_t base) {
    int b = base < INT32_MIN || base > INT32_MAX ? -1 : static_cast<int>(base);
    ParsedInt parsed = parse_int(text, b);
    switch (parsed.status) {
        case ParsedInt::Status::Ok: return Value::integer(parsed.value);
        case ParsedInt::Status::TooBig: raise_int_overflow(vm);
        case ParsedInt::Status::BadBase: vm.raise(vm.exc.value_error, int_base_error());
        case ParsedInt::Status::Invalid: break;
    }
    vm.raise(vm.exc.value_error, int_literal_error(text, b));
}

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
        int64_t b = int_arg(vm, base);
        if (!x.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "int() can't convert non-string with explicit base");
        return parse_int_text(vm, str_text(x), b);
    }
    if (x.is_intlike()) return Value::integer(x.as_int());
    if (x.is_float()) return Value::integer(numeric_value(vm, float_to_int(x.as_float())));
    if (x.is(ObjKind::Str)) return parse_int_text(vm, str_text(x), 10);
    for (const char* method : {"__int__", "__index__", "__trunc__"}) {
        Value r = call_special_method(vm, x, method, {});
        if (r.is_unset()) continue;
        if (!r.is_intlike())
            vm.raise(vm.exc.type_error, std::string(method) + " returned non-int (type " + vm.type_name(r) + ")");
        return Value::integer(r.as_int());
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
    if (x.is_intlike()) return Value::floating(static_cast<double>(x.as_int()));
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
    if (r.is_intlike()) return Value::floating(static_cast<double>(r.as_int()));
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
