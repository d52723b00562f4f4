// Truth, equality, hashing, ordering and the arithmetic operators, with CPython's dispatch:
// built-in fast paths first, then the operands' special methods (__add__, __radd__, __eq__, ...).
#include <cmath>
#include <compare>
#include <cstring>

#include "numbers/numeric.h"
#include "objects/builtin_iterators.h"
#include "objects/int_values.h"
#include "objects/set_ops.h"
#include "syntax/ast.h"
#include "vm/interp.h"

namespace loopstep {

namespace {

const char* compare_symbol(int op) {
    switch (static_cast<ast::CmpOperator>(op)) {
        case ast::CmpOperator::Lt: return "<";
        case ast::CmpOperator::LtE: return "<=";
        case ast::CmpOperator::Gt: return ">";
        case ast::CmpOperator::GtE: return ">=";
        case ast::CmpOperator::Eq: return "==";
        case ast::CmpOperator::NotEq: return "!=";
        default: return "?";
    }
}

const char* compare_dunder(int op) {
    switch (static_cast<ast::CmpOperator>(op)) {
        case ast::CmpOperator::Lt: return "__lt__";
        case ast::CmpOperator::LtE: return "__le__";
        case ast::CmpOperator::Gt: return "__gt__";
        case ast::CmpOperator::GtE: return "__ge__";
        case ast::CmpOperator::Eq: return "__eq__";
        case ast::CmpOperator::NotEq: return "__ne__";
        default: return nullptr;
    }
}

int swapped_compare(int op) {
    switch (static_cast<ast::CmpOperator>(op)) {
        case ast::CmpOperator::Lt: return static_cast<int>(ast::CmpOperator::Gt);
        case ast::CmpOperator::LtE: return static_cast<int>(ast::CmpOperator::GtE);
        case ast::CmpOperator::Gt: return static_cast<int>(ast::CmpOperator::Lt);
        case ast::CmpOperator::GtE: return static_cast<int>(ast::CmpOperator::LtE);
        default: return op;
    }
}

bool order_result(int op, int c) {
    switch (static_cast<ast::CmpOperator>(op)) {
        case ast::CmpOperator::Lt: return c < 0;
        case ast::CmpOperator::LtE: return c <= 0;
        case ast::CmpOperator::Gt: return c > 0;
        case ast::CmpOperator::GtE: return c >= 0;
        case ast::CmpOperator::Eq: return c == 0;
        case ast::CmpOperator::NotEq: return c != 0;
        default: return false;
    }
}

// Looks up a special method on the operand's class (never the instance), as CPython does.
Value special(Interp& vm, const Value& v, const char* name) {
    ClassObject* cls = vm.type_of(v);
    // User classes, and natives with no C++ path of their own here (dict views, contextvars.Context).
    if ((!cls->is_user_class && !v.is(ObjKind::Other)) || !name) return Value();
    Value m = vm.type_lookup(cls, vm.literal_name(name));  // callers pass literals
    // A subclass of a built-in without its own method: the built-in operation applies.
    if (m.is(ObjKind::Native) && builtin_attrs_slot(v)) return Value();
    return m;
}

Value call_special(Interp& vm, const Value& method, const Value& self, std::initializer_list<Value> rest) {
    std::vector<Value> args{self};
    args.insert(args.end(), rest.begin(), rest.end());
    return vm.call(method, CallArgs{std::span<const Value>(args)});
}

// int, bool, float or a big int.
bool is_numeric(const Value& v) { return v.is_number() || v.is(ObjKind::BigInt); }

// Exact numeric ordering as CPython: an int is compared with a float without rounding it.
// Returns -1, 0, 1, or 2 when unordered (NaN).
int compare_numbers(const Value& a, const Value& b) {
    if (is_big_int(a) || is_big_int(b)) {
        if (a.is_float()) {
            const int c = compare_int_value_float(b, a.as_float());
            return c == 2 ? 2 : -c;
        }
        if (b.is_float()) return compare_int_value_float(a, b.as_float());
        return compare_int_values(a, b);
    }
    std::partial_ordering o = std::partial_ordering::equivalent;
    if (a.is_float() && b.is_float()) o = a.as_float() <=> b.as_float();
    else if (a.is_float()) o = 0 <=> compare_int_float(b.as_int(), a.as_float());
    else if (b.is_float()) o = compare_int_float(a.as_int(), b.as_float());
    else o = a.as_int() <=> b.as_int();
    if (o == std::partial_ordering::unordered) return 2;
    return o < 0 ? -1 : (o > 0 ? 1 : 0);
}

}  // namespace

bool Interp::truthy(const Value& v) {
    switch (v.tag()) {
        case Tag::Unset:
        case Tag::None: return false;
        case Tag::Bool:
        case Tag::Int: return v.as_int() != 0;
        case Tag::Float: return v.as_float() != 0.0;
        case Tag::Obj: break;
    }
    Object* o = v.obj();
    if (is_builtin_subclass_instance(v)) {
        if (Value m = subclass_override(*this, v, "__bool__"); m.is_set()) return truthy(call_special(*this, m, v, {}));
        if (Value m = subclass_override(*this, v, "__len__"); m.is_set()) return truthy(call_special(*this, m, v, {}));
    }
    switch (o->kind) {
        case ObjKind::Str: return static_cast<StrObject*>(o)->length() != 0;
        case ObjKind::List: return !static_cast<ListObject*>(o)->items.empty();
        case ObjKind::Tuple: return !static_cast<TupleObject*>(o)->items.empty();
        case ObjKind::Dict: return static_cast<DictObject*>(o)->size() != 0;
        case ObjKind::Set: return static_cast<SetObject*>(o)->size() != 0;
        case ObjKind::Range: return static_cast<RangeObject*>(o)->length() != 0;
        case ObjKind::Deque: return !static_cast<DequeObject*>(o)->items.empty();
        default: break;
    }
    if (Value m = special(*this, v, "__bool__"); m.is_set()) {
        Value r = call_special(*this, m, v, {});
        if (!r.is_bool()) raise(exc.type_error, "__bool__ should return bool, returned " + type_name(r));
        return r.as_bool();
    }
    if (Value m = special(*this, v, "__len__"); m.is_set()) {
        Value r = call_special(*this, m, v, {});
        if (!r.is_intlike()) raise(exc.type_error, "'" + type_name(r) + "' object cannot be interpreted as an integer");
        return r.as_int() != 0;
    }
    return true;
}

namespace {

// CPython 3.11's tuple hash (an xxHash-style mix of the items' hashes, then the length), so that
// hash((1, 2)) prints as it does there.
constexpr uint64_t kPrime1 = 11400714785074694791ull;
constexpr uint64_t kPrime2 = 14029467366897019727ull;
constexpr uint64_t kPrime5 = 2870177450012600261ull;

uint64_t mix_tuple_item(uint64_t acc, uint64_t item) {
    acc += item * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    return acc * kPrime1;
}

uint64_t finish_tuple(uint64_t acc, size_t length) {
    acc += length ^ (kPrime5 ^ 3527539ull);
    return acc == UINT64_MAX ? 1546275796u : acc;
}

// Tuples nest without limit (CPython hashes a 100,000-deep one), so nested tuples are hashed with
// an explicit stack rather than by recursion.
uint64_t hash_tuple(Interp& vm, TupleObject* tuple) {
    struct Pending {
        TupleObject* tuple;
        size_t next;
        uint64_t h;
    };
    std::vector<Pending> stack{{tuple, 0, kPrime5}};
    for (;;) {
        Pending& top = stack.back();
        if (top.next < top.tuple->items.size()) {
            const Value& item = top.tuple->items[top.next++];
            if (item.is(ObjKind::Tuple)) stack.push_back({item.as<TupleObject>(), 0, kPrime5});
            else top.h = mix_tuple_item(top.h, vm.hash(item));
            continue;
        }
        const uint64_t h = finish_tuple(top.h, top.tuple->items.size());
        stack.pop_back();
        if (stack.empty()) return h;
        stack.back().h = mix_tuple_item(stack.back().h, h);
    }
}

}  // namespace

uint64_t Interp::hash(const Value& v) {
    switch (v.tag()) {
        case Tag::Unset:
        case Tag::None: return 0x5bd1e995u;
        case Tag::Bool:
        case Tag::Int: return hash_int(v.as_int());
        case Tag::Float: return hash_float(v.as_float());
        case Tag::Obj: break;
    }
    Object* o = v.obj();
    if (is_builtin_subclass_instance(v)) {
        Value m = type_lookup(o->type(), literal_name("__hash__"));
        if (m.is_none()) raise(exc.type_error, "unhashable type: '" + type_name(v) + "'");
        if (m.is_set() && !m.is(ObjKind::Native)) {
            Value r = call_special(*this, m, v, {});
            if (!r.is_intlike()) raise(exc.type_error, "__hash__ method should return an integer");
            return hash_int(r.as_int());
        }
    }
    switch (o->kind) {
        case ObjKind::BigInt: return static_cast<uint64_t>(hash_int_value(v));
        case ObjKind::Str: return static_cast<StrObject*>(o)->hash();
        case ObjKind::Tuple: return hash_tuple(*this, static_cast<TupleObject*>(o));
        case ObjKind::List:
        case ObjKind::Dict: raise(exc.type_error, "unhashable type: '" + type_name(v) + "'");
        case ObjKind::Set:
            if (!static_cast<SetObject*>(o)->frozen) raise(exc.type_error, "unhashable type: 'set'");
            {
                uint64_t h = 0;
                for (auto& e : static_cast<SetObject*>(o)->table.entries())
                    if (e.live()) h ^= e.hash * 0x9e3779b97f4a7c15ull;
                return h;
            }
        default: break;
    }
    ClassObject* cls = type_of(v);
    if (cls->is_user_class || v.is(ObjKind::Other)) {
        Value m = type_lookup(cls, literal_name("__hash__"));
        if (m.is_none())
            raise(exc.type_error, "unhashable type: '" + (cls->is_user_class ? cls->name : cls->module + "." + cls->name) + "'");
        if (m.is_set() && !m.is(ObjKind::Native)) {
            Value r = call_special(*this, m, v, {});
            if (!is_int_value(r)) raise(exc.type_error, "__hash__ method should return an integer");
            return static_cast<uint64_t>(hash_int_value(r));
        }
    }
    // Identity hash: objects are never moved, so the address is stable for the run.
    return reinterpret_cast<uintptr_t>(o) >> 4;
}

bool Interp::eq(const Value& a, const Value& b) {
    if (is_numeric(a) && is_numeric(b)) return compare_numbers(a, b) == 0;
    if (a.is_obj() && b.is_obj()) {
        Object* x = a.obj();
        Object* y = b.obj();
        if (x == y && x->kind != ObjKind::Other) return true;
        if (x->kind == ObjKind::Str && y->kind == ObjKind::Str)
            return static_cast<StrObject*>(x)->text() == static_cast<StrObject*>(y)->text();
    }
    return truthy(compare(static_cast<int>(ast::CmpOperator::Eq), a, b));
}

// Built-in ordering of two values of the same built-in kind: <0, 0, >0; `ok` false if unsupported.
static int builtin_order(Interp& vm, const Value& a, const Value& b, bool& ok) {
    ok = true;
    if (is_numeric(a) && is_numeric(b)) return compare_numbers(a, b);  // 2: NaN, all false but !=
    if (a.is(ObjKind::Str) && b.is(ObjKind::Str)) {
        int c = a.as<StrObject>()->text().compare(b.as<StrObject>()->text());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    auto sequence_order = [&](const std::vector<Value>& x, const std::vector<Value>& y) {
        Interp::NestedCall nested(vm, "maximum recursion depth exceeded in comparison");
        size_t n = std::min(x.size(), y.size());
        for (size_t i = 0; i < n; ++i) {
            if (vm.eq(x[i], y[i])) continue;
            return vm.less_than(x[i], y[i]) ? -1 : 1;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    };
    if (a.is(ObjKind::List) && b.is(ObjKind::List)) return sequence_order(a.as<ListObject>()->items, b.as<ListObject>()->items);
    if (a.is(ObjKind::Tuple) && b.is(ObjKind::Tuple))
        return sequence_order(a.as<TupleObject>()->items, b.as<TupleObject>()->items);
    ok = false;
    return 0;
}

static bool sequence_equal(Interp& vm, const std::vector<Value>& x, const std::vector<Value>& y) {
    if (x.size() != y.size()) return false;
    Interp::NestedCall nested(vm, "maximum recursion depth exceeded in comparison");
    for (size_t i = 0; i < x.size(); ++i)
        if (!x[i].same(y[i]) && !vm.eq(x[i], y[i])) return false;
    return true;
}

static Value builtin_equality(Interp& vm, const Value& a, const Value& b) {
    // Returns unset when the built-in types have no opinion (NotImplemented).
    if (a.is(ObjKind::List) && b.is(ObjKind::List))
        return Value::boolean(sequence_equal(vm, a.as<ListObject>()->items, b.as<ListObject>()->items));
    if (a.is(ObjKind::Tuple) && b.is(ObjKind::Tuple))
        return Value::boolean(sequence_equal(vm, a.as<TupleObject>()->items, b.as<TupleObject>()->items));
    if (a.is(ObjKind::Dict) && b.is(ObjKind::Dict)) {
        auto* x = a.as<DictObject>();
        auto* y = b.as<DictObject>();
        if (x->size() != y->size()) return Value::boolean(false);
        Interp::NestedCall nested(vm, "maximum recursion depth exceeded in comparison");
        for (auto& e : x->table.entries()) {
            if (!e.live()) continue;
            Value other = y->get(vm, e.key);
            if (other.is_unset() || !vm.eq(e.value, other)) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    if (a.is(ObjKind::Set) && b.is(ObjKind::Set))
        return set_compare(vm, static_cast<int>(ast::CmpOperator::Eq), a, b);
    if (a.is(ObjKind::Range) && b.is(ObjKind::Range)) {
        auto* x = a.as<RangeObject>();
        auto* y = b.as<RangeObject>();
        int64_t n = x->length();
        if (n != y->length()) return Value::boolean(false);
        if (n == 0) return Value::boolean(true);
        if (x->start != y->start) return Value::boolean(false);
        return Value::boolean(n == 1 || x->step == y->step);
    }
    return Value();
}

Value Interp::compare(int op, const Value& a, const Value& b) {
    using C = ast::CmpOperator;
    C cop = static_cast<C>(op);
    switch (cop) {
        case C::Is: return Value::boolean(a.same(b) || (a.is_none() && b.is_none()));
        case C::IsNot: return Value::boolean(!(a.same(b) || (a.is_none() && b.is_none())));
        case C::In: return Value::boolean(contains(b, a));
        case C::NotIn: return Value::boolean(!contains(b, a));
        default: break;
    }
    bool is_equality = cop == C::Eq || cop == C::NotEq;
    // User-defined rich comparison: the right operand's reflected method goes first when its
    // class is a subclass of the left's.
    ClassObject* ta = type_of(a);
    ClassObject* tb = type_of(b);
    if (ta->is_user_class || tb->is_user_class) {
        const char* name = compare_dunder(op);
        const char* reflected = compare_dunder(swapped_compare(op));
        bool right_first = tb != ta && tb->is_subclass_of(ta) && tb->is_user_class;
        auto try_side = [&](const Value& self, const Value& other, const char* method) -> Value {
            Value m = special(*this, self, method);
            if (m.is_unset()) return Value();
            Value r = call_special(*this, m, self, {other});
            if (r.same(not_implemented)) return Value();
            return r;
        };
        Value r;
        if (right_first) r = try_side(b, a, reflected);
        if (r.is_unset()) r = try_side(a, b, name);
        if (r.is_unset() && !right_first) r = try_side(b, a, reflected);
        if (r.is_set()) return r;
        if (cop == C::NotEq) {
            // Default __ne__ inverts __eq__.
            Value m = special(*this, a, "__eq__");
            if (m.is_set()) {
                Value e = call_special(*this, m, a, {b});
                if (!e.same(not_implemented)) return Value::boolean(!truthy(e));
            }
        }
        if (is_equality && !builtin_attrs_slot(a) && !builtin_attrs_slot(b)) {
            bool same = a.same(b);
            return Value::boolean(cop == C::Eq ? same : !same);
        }
    }
    if (is_equality) {
        bool result;
        if (is_numeric(a) && is_numeric(b)) {
            result = compare_numbers(a, b) == 0;
        } else if (a.is(ObjKind::Str) && b.is(ObjKind::Str)) {
            result = a.as<StrObject>()->text() == b.as<StrObject>()->text();
        } else if (Value r = builtin_equality(*this, a, b); r.is_set()) {
            result = r.as_bool();
        } else if (a.is_none() || b.is_none()) {
            result = a.is_none() && b.is_none();
        } else {
            result = a.same(b);
        }
        return Value::boolean(cop == C::Eq ? result : !result);
    }
    if (a.is(ObjKind::Set) && b.is(ObjKind::Set)) return set_compare(*this, op, a, b);
    bool ok;
    int c = builtin_order(*this, a, b, ok);
    if (ok) return Value::boolean(c != 2 && order_result(op, c));
    raise(exc.type_error, std::string("'") + compare_symbol(op) + "' not supported between instances of '" +
                              type_name(a) + "' and '" + type_name(b) + "'");
}

bool Interp::less_than(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
    if (is_numeric(a) && is_numeric(b)) return compare_numbers(a, b) == -1;
    return truthy(compare(static_cast<int>(ast::CmpOperator::Lt), a, b));
}

bool Interp::contains(const Value& container, const Value& item) {
    if (Value m = subclass_override(*this, container, "__contains__"); m.is_set())
        return truthy(call_special(*this, m, container, {item}));
    return contains_builtin(container, item);
}

bool Interp::contains_builtin(const Value& container, const Value& item) {
    if (auto* s = container.as<StrObject>()) {
        auto* needle = item.as<StrObject>();
        if (!needle)
            raise(exc.type_error, "'in <string>' requires string as left operand, not " + type_name(item));
        return s->text().find(needle->text()) != std::string::npos;
    }
    auto scan = [&](const std::vector<Value>& items) {
        for (auto& x : items)
            if (x.same(item) || eq(x, item)) return true;
        return false;
    };
    if (auto* l = container.as<ListObject>()) return scan(l->items);
    if (auto* t = container.as<TupleObject>()) return scan(t->items);
    if (auto* d = container.as<DictObject>()) return d->contains(*this, item);
    if (auto* s = container.as<SetObject>()) return s->contains(*this, item);
    if (auto* r = container.as<RangeObject>()) {
        if (!item.is_intlike()) {
            for (int64_t i = 0, n = r->length(); i < n; ++i)
                if (eq(Value::integer(r->at(i)), item)) return true;
            return false;
        }
        int64_t x = item.as_int();
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
        return (x - r->start) % r->step == 0;
    }
    if (Value m = special(*this, container, "__contains__"); m.is_set())
        return truthy(call_special(*this, m, container, {item}));
    ClassObject* cls = type_of(container);
    bool iterable = type_lookup(cls, literal_name("__iter__")).is_set() || container.is(ObjKind::Iterator) ||
                    container.is(ObjKind::Generator);
    if (!iterable) raise(exc.type_error, "argument of type '" + cls->name + "' is not iterable");
    Value it = iter(container);
    for (;;) {
        Value x = next(it);
        if (x.is_unset()) return false;
        if (x.same(item) || eq(x, item)) return true;
    }
}

}  // namespace loopstep
