// set and frozenset: constructors and methods.
#include "objects/set_ops.h"
#include "syntax/ast.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

[[noreturn]] void raise_key_error(Interp& vm, const Value& key) {
    vm.raise_value(vm.new_exception(vm.exc.key_error.get(), {key}));
}

SetObject& mutable_set(Interp& vm, const Value& self, const char* method) {
    SetObject& s = set_receiver(vm, self, method);
    if (s.frozen) raise_bad_receiver(vm, "set", method, self);
    return s;
}

Value make_set_from(Interp& vm, const Value& cls_value, const CallArgs& args, bool frozen) {
    const char* name = frozen ? "frozenset" : "set";
    reject_kwargs(vm, name, args);
    expect_count(vm, name, args, 0, 1);
    auto* cls = cls_value.as<ClassObject>();
    ClassObject* base = frozen ? vm.types.frozenset.get() : vm.types.set.get();
    if (frozen && cls == base && args.positional.size() == 1) {
        auto* given = args.positional[0].as<SetObject>();
        if (given && given->frozen && given->type() == base) return args.positional[0];
    }
    Value holder;
    SetObject& s = new_set(vm, holder, frozen);
    if (cls && cls != base) s.set_type(cls);
    if (args.positional.size() == 1)
        for (const Value& item : vm.to_vector(args.positional[0])) s.add(vm, item);
    return holder;
}

Value set_new(Interp& vm, const Value& self, const CallArgs& args) { return make_set_from(vm, self, args, false); }
Value frozenset_new(Interp& vm, const Value& self, const CallArgs& args) { return make_set_from(vm, self, args, true); }

Value set_add(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = mutable_set(vm, self, "add");
    expect_one_arg(vm, "set.add", args);
    s.add(vm, args.positional[0]);
    return Value::none();
}

Value set_remove(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = mutable_set(vm, self, "remove");
    expect_one_arg(vm, "set.remove", args);
    if (!s.remove(vm, args.positional[0])) raise_key_error(vm, args.positional[0]);
    return Value::none();
}

Value set_discard(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = mutable_set(vm, self, "discard");
    expect_one_arg(vm, "set.discard", args);
    s.remove(vm, args.positional[0]);
    return Value::none();
}

Value set_pop(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = mutable_set(vm, self, "pop");
    expect_no_args(vm, "set.pop", args);
    auto& entries = s.table.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].live()) continue;
        Value key = entries[i].key;
        s.table.erase_at(i);
        return key;
    }
    vm.raise_value(vm.new_exception(vm.exc.key_error.get(), {vm.str("pop from an empty set")}));
}

Value set_clear(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = mutable_set(vm, self, "clear");
    expect_no_args(vm, "set.clear", args);
    s.table.clear();
    return Value::none();
}

Value set_copy(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = set_receiver(vm, self, "copy");
    expect_no_args(vm, "set.copy", args);
    if (s.frozen && s.type() == vm.types.frozenset.get()) return self;
    Value holder;
    SetObject& out = new_set(vm, holder, s.frozen);
    for (const Value& k : set_keys(s)) out.add(vm, k);
    return holder;
}

// union/intersection/difference/symmetric_difference with any number of iterables.
Value fold(Interp& vm, const Value& self, const CallArgs& args, const char* method, ast::Operator op) {
    SetObject& s = set_receiver(vm, self, method);
    reject_kwargs(vm, (std::string("set.") + method).c_str(), args);
    Value result = set_binary_op(vm, static_cast<int>(ast::Operator::BitOr), self, vm.set(s.frozen));
    for (const Value& other : args.positional)
        result = set_binary_op(vm, static_cast<int>(op), result, as_set(vm, other));
    return result;
}

Value set_union(Interp& vm, const Value& self, const CallArgs& args) {
    return fold(vm, self, args, "union", ast::Operator::BitOr);
}
Value set_intersection(Interp& vm, const Value& self, const CallArgs& args) {
    return fold(vm, self, args, "intersection", ast::Operator::BitAnd);
}
Value set_difference(Interp& vm, const Value& self, const CallArgs& args) {
    return fold(vm, self, args, "difference", ast::Operator::Sub);
}
Value set_symmetric_difference(Interp& vm, const Value& self, const CallArgs& args) {
    set_receiver(vm, self, "symmetric_difference");
    expect_one_arg(vm, "set.symmetric_difference", args);
    return fold(vm, self, args, "symmetric_difference", ast::Operator::BitXor);
}

// The *_update methods: compute, then replace the contents.
Value update_with(Interp& vm, const Value& self, const CallArgs& args, const char* method, ast::Operator op) {
    SetObject& s = mutable_set(vm, self, method);
    reject_kwargs(vm, (std::string("set.") + method).c_str(), args);
    for (const Value& other : args.positional) {
        if (op == ast::Operator::BitOr) {
            for (const Value& item : vm.to_vector(other)) s.add(vm, item);
            continue;
        }
        Value result = set_binary_op(vm, static_cast<int>(op), self, as_set(vm, other));
        std::vector<Value> keys = set_keys(*result.as<SetObject>());
        s.table.clear();
        for (const Value& k : keys) s.add(vm, k);
    }
    return Value::none();
}

Value set_update(Interp& vm, const Value& self, const CallArgs& args) {
    return update_with(vm, self, args, "update", ast::Operator::BitOr);
}
Value set_intersection_update(Interp& vm, const Value& self, const CallArgs& args) {
    return update_with(vm, self, args, "intersection_update", ast::Operator::BitAnd);
}
Value set_difference_update(Interp& vm, const Value& self, const CallArgs& args) {
    return update_with(vm, self, args, "difference_update", ast::Operator::Sub);
}
Value set_symmetric_difference_update(Interp& vm, const Value& self, const CallArgs& args) {
    mutable_set(vm, self, "symmetric_difference_update");
    expect_one_arg(vm, "set.symmetric_difference_update", args);
    return update_with(vm, self, args, "symmetric_difference_update", ast::Operator::BitXor);
}

Value set_issubset(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = set_receiver(vm, self, "issubset");
    expect_one_arg(vm, "set.issubset", args);
    Value other = as_set(vm, args.positional[0]);
    return Value::boolean(is_subset(vm, s, *other.as<SetObject>()));
}

Value set_issuperset(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = set_receiver(vm, self, "issuperset");
    expect_one_arg(vm, "set.issuperset", args);
    Value other = as_set(vm, args.positional[0]);
    return Value::boolean(is_subset(vm, *other.as<SetObject>(), s));
}

Value set_isdisjoint(Interp& vm, const Value& self, const CallArgs& args) {
    SetObject& s = set_receiver(vm, self, "isdisjoint");
    expect_one_arg(vm, "set.isdisjoint", args);
    for (const Value& item : vm.to_vector(args.positional[0]))
        if (s.contains(vm, item)) return Value::boolean(false);
    return Value::boolean(true);
}

}  // namespace

void install_set_methods(Interp& vm) {
    ClassObject* set = vm.types.set.get();
    ClassObject* frozen = vm.types.frozenset.get();
    set->constructor = &set_new;
    frozen->constructor = &frozenset_new;
    for (ClassObject* cls : {set, frozen}) {
        vm.add_method(cls, "copy", &receiver_first<set_copy>);
        vm.add_method(cls, "union", &receiver_first<set_union>);
        vm.add_method(cls, "intersection", &receiver_first<set_intersection>);
        vm.add_method(cls, "difference", &receiver_first<set_difference>);
        vm.add_method(cls, "symmetric_difference", &receiver_first<set_symmetric_difference>);
        vm.add_method(cls, "issubset", &receiver_first<set_issubset>);
        vm.add_method(cls, "issuperset", &receiver_first<set_issuperset>);
        vm.add_method(cls, "isdisjoint", &receiver_first<set_isdisjoint>);
    }
    vm.add_method(set, "add", &receiver_first<set_add>);
    vm.add_method(set, "remove", &receiver_first<set_remove>);
    vm.add_method(set, "discard", &receiver_first<set_discard>);
    vm.add_method(set, "pop", &receiver_first<set_pop>);
    vm.add_method(set, "clear", &receiver_first<set_clear>);
    vm.add_method(set, "update", &receiver_first<set_update>);
    vm.add_method(set, "intersection_update", &receiver_first<set_intersection_update>);
    vm.add_method(set, "difference_update", &receiver_first<set_difference_update>);
    vm.add_method(set, "symmetric_difference_update", &receiver_first<set_symmetric_difference_update>);
}

}  // namespace loopstep
