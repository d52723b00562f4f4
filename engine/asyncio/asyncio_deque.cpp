// `_deque`: the double-ended queue the asyncio prelude keeps its waiters in, as CPython's asyncio
// uses collections.deque. The methods the prelude needs, with deque's semantics; taking from or
// removing at the front is O(1), where a list would move every other waiter.
#include "objects/builtin_iterators.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

// Walks the deque in place; like CPython's, it refuses to go on once the deque changed size.
class DequeIterator final : public IteratorObject {
public:
    DequeIterator(ClassObject* type, Value deque)
        : IteratorObject(type), deque(std::move(deque)), size(this->deque.as<DequeObject>()->items.size()) {}
    void clear_references() override { deque.reset(); }
    Value next(Interp& vm) override {
        auto* d = deque.as<DequeObject>();
        if (!d) return Value();
        if (d->items.size() != size) vm.raise(vm.exc.runtime_error, "deque mutated during iteration");
        if (at >= d->items.size()) {
            deque.reset();
            return Value();
        }
        return d->items[at++];
    }
    Value deque;
    size_t size;
    size_t at = 0;
};

DequeObject& deque_receiver(Interp& vm, const Value& self, const char* method) {
    auto* d = self.as<DequeObject>();
    if (!d) raise_bad_receiver(vm, "collections.deque", method, self);
    return *d;
}

Value d_new(Interp& vm, const Value& cls, const CallArgs& args) {
    expect_count(vm, "deque", args, 0, 1);
    Value v = vm.heap.value<DequeObject>(cls.as<ClassObject>());
    if (!args.positional.empty())
        for (Value& item : vm.to_vector(args.positional[0])) v.as<DequeObject>()->items.push_back(std::move(item));
    return v;
}

Value d_append(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "append");
    expect_one_arg(vm, "append", args);
    d.items.push_back(args.positional[0]);
    return Value::none();
}

Value d_appendleft(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "appendleft");
    expect_one_arg(vm, "appendleft", args);
    d.items.push_front(args.positional[0]);
    return Value::none();
}

Value d_pop(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "pop");
    expect_no_args(vm, "pop", args);
    if (d.items.empty()) vm.raise(vm.exc.index_error, "pop from an empty deque");
    Value v = std::move(d.items.back());
    d.items.pop_back();
    return v;
}

Value d_popleft(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "popleft");
    expect_no_args(vm, "popleft", args);
    if (d.items.empty()) vm.raise(vm.exc.index_error, "pop from an empty deque");
    Value v = std::move(d.items.front());
    d.items.pop_front();
    return v;
}

Value d_remove(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "remove");
    expect_one_arg(vm, "remove", args);
    const Value& x = args.positional[0];
    for (size_t i = 0; i < d.items.size(); ++i) {
        Value item = d.items[i];
        bool equal = item.same(x) || vm.eq(item, x);
        // Python __eq__ may have changed the deque: CPython raises, so do we.
        if (i >= d.items.size() || !d.items[i].same(item)) vm.raise(vm.exc.index_error, "deque mutated during remove().");
        if (equal) {
            d.items.erase(d.items.begin() + static_cast<std::ptrdiff_t>(i));
            return Value::none();
        }
    }
    vm.raise(vm.exc.value_error, vm.repr(x) + " is not in deque");
}

Value d_clear(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "clear", args);
    deque_receiver(vm, self, "clear").items.clear();
    return Value::none();
}

Value d_len(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__len__", args);
    return Value::integer(static_cast<int64_t>(deque_receiver(vm, self, "__len__").items.size()));
}

Value d_contains(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "__contains__");
    expect_one_arg(vm, "__contains__", args);
    std::vector<Value> items(d.items.begin(), d.items.end());
    for (const Value& item : items)
        if (item.same(args.positional[0]) || vm.eq(item, args.positional[0])) return Value::boolean(true);
    return Value::boolean(false);
}

Value d_iter(Interp& vm, const Value& self, const CallArgs& args) {
    deque_receiver(vm, self, "__iter__");
    expect_no_args(vm, "__iter__", args);
    return vm.heap.value<DequeIterator>(vm.types.deque_iterator.get(), self);
}

Value d_repr(Interp& vm, const Value& self, const CallArgs& args) {
    DequeObject& d = deque_receiver(vm, self, "__repr__");
    expect_no_args(vm, "__repr__", args);
    std::vector<Value> items(d.items.begin(), d.items.end());
    return vm.str("deque(" + vm.repr(vm.list(std::move(items))) + ")");
}

}  // namespace

Value make_deque_class(Interp& vm) {
    Ref<ClassObject> cls = vm.make_class("deque", {vm.types.object});
    cls->module = "collections";
    cls->constructor = &d_new;
    vm.add_method(cls.get(), "append", &receiver_first<d_append>);
    vm.add_method(cls.get(), "appendleft", &receiver_first<d_appendleft>);
    vm.add_method(cls.get(), "pop", &receiver_first<d_pop>);
    vm.add_method(cls.get(), "popleft", &receiver_first<d_popleft>);
    vm.add_method(cls.get(), "remove", &receiver_first<d_remove>);
    vm.add_method(cls.get(), "clear", &receiver_first<d_clear>);
    vm.add_method(cls.get(), "__len__", &receiver_first<d_len>);
    vm.add_method(cls.get(), "__contains__", &receiver_first<d_contains>);
    vm.add_method(cls.get(), "__iter__", &receiver_first<d_iter>);
    vm.add_method(cls.get(), "__repr__", &receiver_first<d_repr>);
    vm.types.deque_iterator = vm.make_class("_collections._deque_iterator", {vm.types.object});
    add_iterator_protocol(vm, vm.types.deque_iterator.get());
    return cls.value();
}

}  // namespace loopstep
