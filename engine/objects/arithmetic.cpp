// Binary and unary operators: numbers, sequence concatenation and repetition, set algebra,
// and user-defined special methods with CPython's reflected-operand rules.

#include "numbers/numeric.h"
#include "objects/int_values.h"
#include "objects/set_ops.h"
#include "objects/string_format.h"
#include "syntax/ast.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

using O = ast::Operator;

const char* op_symbol(O op) {
    switch (op) {
        case O::Add: return "+";
        case O::Sub: return "-";
        case O::Mult: return "*";
        case O::MatMult: return "@";
        case O::Div: return "/";
        case O::Mod: return "%";
        case O::Pow: return "** or pow()";
        case O::LShift: return "<<";
        case O::RShift: return ">>";
        case O::BitOr: return "|";
        case O::BitXor: return "^";
        case O::BitAnd: return "&";
        case O::FloorDiv: return "//";
    }
    return "?";
}

const char* op_dunder(O op, int variant) {  // 0 normal, 1 reflected, 2 in-place
    static const char* names[][3] = {
        {"__add__", "__radd__", "__iadd__"},
        {"__sub__", "__rsub__", "__isub__"},
        {"__mul__", "__rmul__", "__imul__"},
        {"__matmul__", "__rmatmul__", "__imatmul__"},
        {"__truediv__", "__rtruediv__", "__itruediv__"},
        {"__mod__", "__rmod__", "__imod__"},
        {"__pow__", "__rpow__", "__ipow__"},
        {"__lshift__", "__rlshift__", "__ilshift__"},
        {"__rshift__", "__rrshift__", "__irshift__"},
        {"__or__", "__ror__", "__ior__"},
        {"__xor__", "__rxor__", "__ixor__"},
        {"__and__", "__rand__", "__iand__"},
        {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    };
    return names[static_cast<int>(op)][variant];
}

// The 64-bit answer of `a op b`, or unset when the result does not fit (the big path answers).
Value int_op(Interp& vm, O op, int64_t a, int64_t b) {
    auto small = [](std::optional<int64_t> r) { return r ? Value::integer(*r) : Value(); };
    switch (op) {
        case O::Add: return small(checked_add(a, b));
        case O::Sub: return small(checked_sub(a, b));
        case O::Mult: return small(checked_mul(a, b));
        case O::Div: return Value::floating(numeric_value(vm, int_truediv(a, b)));
        case O::FloorDiv:
        case O::Mod: {
            auto r = op == O::FloorDiv ? int_floordiv(a, b) : int_mod(a, b);
            if (!r.ok() && r.error.kind == NumericError::Kind::IntTooBig) return Value();
            return Value::integer(numeric_value(vm, r));
        }
        case O::Pow: {
            auto r = int_pow(a, b);
            if (!r.ok() && r.error.kind == NumericError::Kind::IntTooBig) return Value();
            IntOrFloat v = numeric_value(vm, r);
            return v.is_float ? Value::floating(v.f) : Value::integer(v.i);
        }
        case O::LShift: {
            if (b < 0) vm.raise(vm.exc.value_error, "negative shift count");
            if (a == 0) return Value::integer(0);
            if (b >= 63) return Value();
            int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
            if ((r >> b) != a) return Value();
            return Value::integer(r);
        }
        case O::RShift:
            if (b < 0) vm.raise(vm.exc.value_error, "negative shift count");
            return Value::integer(b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
        case O::BitOr: return Value::integer(a | b);
        case O::BitXor: return Value::integer(a ^ b);
        case O::BitAnd: return Value::integer(a & b);
        case O::MatMult: break;
    }
    return Value();
}

Value float_op(Interp& vm, O op, double a, double b) {
    switch (op) {
        case O::Add: return Value::floating(a + b);
        case O::Sub: return Value::floating(a - b);
        case O::Mult: return Value::floating(a * b);
        case O::Div: return Value::floating(numeric_value(vm, float_truediv(a, b)));
        case O::FloorDiv: return Value::floating(numeric_value(vm, float_floordiv(a, b)));
        case O::Mod: return Value::floating(numeric_value(vm, float_mod(a, b)));
        case O::Pow: return Value::floating(numeric_value(vm, float_pow(a, b)));
        default: break;
    }
    return Value();
}

Value repeat(Interp& vm, const Value& seq, int64_t count) {
    if (count < 0) count = 0;
    if (auto* s = seq.as<StrObject>()) {
        if (count > 0 && s->text().size() * static_cast<size_t>(count) > (size_t{1} << 28))
            vm.raise(vm.exc.memory_error, "");
        std::string out;
        out.reserve(s->text().size() * count);
        for (int64_t i = 0; i < count; ++i) out += s->text();
        return vm.str(std::move(out));
    }
    const std::vector<Value>* items = nullptr;
    if (auto* l = seq.as<ListObject>()) items = &l->items;
    if (auto* t = seq.as<TupleObject>()) items = &t->items;
    if (count > 0 && items->size() * static_cast<size_t>(count) > (size_t{1} << 26)) vm.raise(vm.exc.memory_error, "");
    std::vector<Value> out;
    out.reserve(items->size() * count);
    for (int64_t i = 0; i < count; ++i) out.insert(out.end(), items->begin(), items->end());
    return seq.is(ObjKind::List) ? vm.list(std::move(out)) : vm.tuple(std::move(out));
}

bool is_sequence(const Value& v) { return v.is(ObjKind::Str) || v.is(ObjKind::List) || v.is(ObjKind::Tuple); }

bool is_sequence(const Value& v);

// The built-in meaning of `a op b`, or unset (NotImplemented).
Value builtin_binary(Interp& vm, O op, const Value& a, const Value& b, bool inplace) {
    if (a.is_intlike() && b.is_intlike()) {
        if (a.is_bool() && b.is_bool() && (op == O::BitAnd || op == O::BitOr || op == O::BitXor)) {
            bool x = a.as_bool(), y = b.as_bool();
            return Value::boolean(op == O::BitAnd ? (x && y) : op == O::BitOr ? (x || y) : (x != y));
        }
        if (op == O::MatMult) return Value();
        if (Value r = int_op(vm, op, a.as_int(), b.as_int()); r.is_set()) return r;
        return int_binary(vm, static_cast<int>(op), a, b);
    }
    if (a.is_number() && b.is_number()) return float_op(vm, op, a.to_double(), b.to_double());
    if (is_big_int(a) || is_big_int(b)) {
        if (op == O::MatMult) return Value();
        if (is_int_value(a) && is_int_value(b)) return int_binary(vm, static_cast<int>(op), a, b);
        if ((is_int_value(a) || a.is_float()) && (is_int_value(b) || b.is_float()))
            return int_mixed_float_binary(vm, static_cast<int>(op), a, b);
        // A sequence repeated a big number of times (either sign) cannot be indexed, as in CPython.
        if (op == O::Mult && (is_sequence(a) || is_sequence(b)))
            vm.raise(vm.exc.overflow_error, "cannot fit 'int' into an index-sized integer");
    }
    if (op == O::Add) {
        if (a.is(ObjKind::Str) && b.is(ObjKind::Str)) {
            vm.need_str_bytes(uint64_t{a.as<StrObject>()->text().size()} + b.as<StrObject>()->text().size());
            return vm.str(a.as<StrObject>()->text() + b.as<StrObject>()->text());
        }
        if (a.is(ObjKind::List) && b.is(ObjKind::List)) {
            if (inplace) {
                auto& dst = a.as<ListObject>()->items;
                std::vector<Value> src = b.as<ListObject>()->items;
                dst.insert(dst.end(), src.begin(), src.end());
                return a;
            }
            std::vector<Value> out = a.as<ListObject>()->items;
            auto& more = b.as<ListObject>()->items;
            out.insert(out.end(), more.begin(), more.end());
            return vm.list(std::move(out));
        }
        if (a.is(ObjKind::Tuple) && b.is(ObjKind::Tuple)) {
            std::vector<Value> out = a.as<TupleObject>()->items;
            auto& more = b.as<TupleObject>()->items;
            out.insert(out.end(), more.begin(), more.end());
            return vm.tuple(std::move(out));
        }
        if (inplace && a.is(ObjKind::List)) {
            // list += any iterable
            std::vector<Value> more = vm.to_vector(b);
            auto& dst = a.as<ListObject>()->items;
            dst.insert(dst.end(), more.begin(), more.end());
            return a;
        }
    }
    if (op == O::Mult) {
        if (is_sequence(a) && b.is_intlike()) return repeat(vm, a, b.as_int());
        if (a.is_intlike() && is_sequence(b)) return repeat(vm, b, a.as_int());
    }
    if (op == O::Mod && a.is(ObjKind::Str)) return percent_format(vm, a, b);
    if (a.is(ObjKind::Set) && b.is(ObjKind::Set) &&
        (op == O::BitOr || op == O::BitAnd || op == O::Sub || op == O::BitXor))
        return set_binary_op(vm, static_cast<int>(op), a, b, inplace);
    if (op == O::BitOr && a.is(ObjKind::Dict) && b.is(ObjKind::Dict)) {
        Value target = a;
        if (!inplace) {
            target = vm.dict();
            for (auto& e : a.as<DictObject>()->table.entries())
                if (e.live()) target.as<DictObject>()->set(vm, e.key, e.value);
        }
        for (auto& e : b.as<DictObject>()->table.entries())
            if (e.live()) target.as<DictObject>()->set(vm, e.key, e.value);
        return target;
    }
    return Value();
}

Value user_method(Interp& vm, const Value& v, const char* name) {
    ClassObject* cls = vm.type_of(v);
    if (!cls->is_user_class) return Value();
    Value m = vm.type_lookup(cls, vm.literal_name(name));  // callers pass literals
    if (m.is(ObjKind::Native) && builtin_attrs_slot(v)) return Value();
    return m;
}

Value call_user(Interp& vm, const Value& method, const Value& self, const Value& other) {
    Value args[2] = {self, other};
    return vm.call(method, CallArgs{std::span<const Value>(args, 2)});
}

}  // namespace

Value Interp::binary_op(int opcode, const Value& a, const Value& b, bool inplace) {
    O op = static_cast<O>(opcode);
    if (inplace) {
        if (Value m = user_method(*this, a, op_dunder(op, 2)); m.is_set()) {
            Value r = call_user(*this, m, a, b);
            if (!r.same(not_implemented)) return r;
        }
    }
    ClassObject* ta = type_of(a);
    ClassObject* tb = type_of(b);
    bool user = ta->is_user_class || tb->is_user_class;
    if (!user) {
        Value r = builtin_binary(*this, op, a, b, inplace);
        if (r.is_set()) return r;
    } else {
        bool right_first = tb != ta && tb->is_user_class && tb->is_subclass_of(ta);
        Value left = user_method(*this, a, op_dunder(op, 0));
        Value right = ta == tb ? Value() : user_method(*this, b, op_dunder(op, 1));
        if (right_first && right.is_set()) {
            Value r = call_user(*this, right, b, a);
            if (!r.same(not_implemented)) return r;
            right = Value();
        }
        if (left.is_set()) {
            Value r = call_user(*this, left, a, b);
            if (!r.same(not_implemented)) return r;
        }
        if (right.is_set()) {
            Value r = call_user(*this, right, b, a);
            if (!r.same(not_implemented)) return r;
        }
        Value r = builtin_binary(*this, op, a, b, inplace);
        if (r.is_set()) return r;
    }
    std::string sym = op_symbol(op);
    if (inplace && op != O::Pow) sym += "=";
    if (op == O::Add && a.is(ObjKind::Str))
        raise(exc.type_error, "can only concatenate str (not \"" + type_name(b) + "\") to str");
    if (op == O::Add && a.is(ObjKind::List))
        raise(exc.type_error, "can only concatenate list (not \"" + type_name(b) + "\") to list");
    if (op == O::Add && a.is(ObjKind::Tuple))
        raise(exc.type_error, "can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
    if (op == O::Mult && (is_sequence(a) || is_sequence(b)))
        raise(exc.type_error, "can't multiply sequence by non-int of type '" +
                                  type_name(is_sequence(a) ? b : a) + "'");
    raise(exc.type_error, "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" + type_name(b) + "'");
}

Value Interp::unary_op(int opcode, const Value& v) {
    using U = ast::UnaryOperator;
    U op = static_cast<U>(opcode);
    if (op == U::Not) return Value::boolean(!truthy(v));
    if (is_big_int(v)) return int_unary(*this, opcode, v);
    if (v.is_intlike()) {
        int64_t x = v.as_int();
        switch (op) {
            case U::USub:
                if (x == INT64_MIN) return int_unary(*this, opcode, v);
                return Value::integer(-x);
            case U::UAdd: return Value::integer(x);
            case U::Invert: return Value::integer(~x);
            default: break;
        }
    }
    if (v.is_float()) {
        if (op == U::USub) return Value::floating(-v.as_float());
        if (op == U::UAdd) return v;
    }
    const char* name = op == U::USub ? "__neg__" : op == U::UAdd ? "__pos__" : "__invert__";
    if (Value m = user_method(*this, v, name); m.is_set()) return call(m, {v});
    const char* sym = op == U::USub ? "-" : op == U::UAdd ? "+" : "~";
    raise(exc.type_error, std::string("bad operand type for unary ") + sym + ": '" + type_name(v) + "'");
}

}  // namespace loopstep
