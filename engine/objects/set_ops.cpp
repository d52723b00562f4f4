#include "objects/set_ops.h"

#include "syntax/ast.h"

namespace loopstep {

std::vector<Value> set_keys(const SetObject& set) {
    std::vector<Value> keys;
    keys.reserve(set.size());
    for (const auto& e : set.table.entries())
        if (e.live()) keys.push_back(e.key);
    return keys;
}

SetObject& new_set(Interp& vm, Value& holder, bool frozen) {
    holder = vm.set(frozen);
    return *holder.as<SetObject>();
}

Value as_set(Interp& vm, const Value& iterable) {
    if (iterable.is(ObjKind::Set)) return iterable;
    Value holder;
    SetObject& s = new_set(vm, holder, false);
    for (const Value& item : vm.to_vector(iterable)) s.add(vm, item);
    return holder;
}

bool is_subset(Interp& vm, const SetObject& a, const SetObject& b) {
    if (a.size() > b.size()) return false;
    for (const Value& key : set_keys(a))
        if (!b.contains(vm, key)) return false;
    return true;
}

Value set_binary_op(Interp& vm, int op, const Value& a, const Value& b, bool inplace) {
    using O = ast::Operator;
    auto* x = a.as<SetObject>();
    auto* y = b.as<SetObject>();
    if (!x || !y) return Value();
    O o = static_cast<O>(op);
    if (o != O::BitOr && o != O::BitAnd && o != O::Sub && o != O::BitXor) return Value();
    std::vector<Value> left = set_keys(*x), right = set_keys(*y);
    std::vector<Value> result;
    switch (o) {
        case O::BitOr:
            result = left;
            result.insert(result.end(), right.begin(), right.end());
            break;
        case O::BitAnd:
            // CPython walks the smaller set (the right one on a tie); the result keeps its order.
            if (right.size() > left.size()) {
                for (const Value& k : left)
                    if (y->contains(vm, k)) result.push_back(k);
            } else {
                for (const Value& k : right)
                    if (x->contains(vm, k)) result.push_back(k);
            }
            break;
        case O::Sub:
            for (const Value& k : left)
                if (!y->contains(vm, k)) result.push_back(k);
            break;
        default:  // BitXor
            for (const Value& k : left)
                if (!y->contains(vm, k)) result.push_back(k);
            for (const Value& k : right)
                if (!x->contains(vm, k)) result.push_back(k);
            break;
    }
    if (inplace && !x->frozen) {
        x->table.clear();
        for (const Value& k : result) x->add(vm, k);
        return a;
    }
    Value holder;
    SetObject& out = new_set(vm, holder, x->frozen);
    for (const Value& k : result) out.add(vm, k);
    return holder;
}

Value set_compare(Interp& vm, int cmp_op, const Value& a, const Value& b) {
    using C = ast::CmpOperator;
    auto* x = a.as<SetObject>();
    auto* y = b.as<SetObject>();
    if (!x || !y) return Value();
    switch (static_cast<C>(cmp_op)) {
        case C::Eq: return Value::boolean(x->size() == y->size() && is_subset(vm, *x, *y));
        case C::NotEq: return Value::boolean(!(x->size() == y->size() && is_subset(vm, *x, *y)));
        case C::LtE: return Value::boolean(is_subset(vm, *x, *y));
        case C::Lt: return Value::boolean(x->size() < y->size() && is_subset(vm, *x, *y));
        case C::GtE: return Value::boolean(is_subset(vm, *y, *x));
        case C::Gt: return Value::boolean(y->size() < x->size() && is_subset(vm, *y, *x));
        default: return Value();
    }
}

}  // namespace loopstep
