// list and tuple: constructors and methods.
#include <algorithm>

#include "objects/sort.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

bool same_or_equal(Interp& vm, const Value& a, const Value& b) { return a.same(b) || vm.eq(a, b); }

Value list_new(Interp& vm, const Value& self, const CallArgs& args) {
    reject_kwargs(vm, "list", args);
    expect_count(vm, "list", args, 0, 1);
    Value result = vm.list(args.positional.empty() ? std::vector<Value>{} : vm.to_vector(args.positional[0]));
    auto* cls = self.as<ClassObject>();
    if (cls && cls != vm.types.list.get()) result.obj()->set_type(cls);
    return result;
}

Value tuple_new(Interp& vm, const Value& self, const CallArgs& args) {
    reject_kwargs(vm, "tuple", args);
    expect_count(vm, "tuple", args, 0, 1);
    auto* cls = self.as<ClassObject>();
    bool exact = !cls || cls == vm.types.tuple.get();
    if (exact && args.positional.size() == 1) {
        auto* given = args.positional[0].as<TupleObject>();
        if (given && given->type() == vm.types.tuple.get()) return args.positional[0];
    }
    Value result = vm.tuple(args.positional.empty() ? std::vector<Value>{} : vm.to_vector(args.positional[0]));
    if (!exact) result.obj()->set_type(cls);
    return result;
}

Value list_append(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "append");
    expect_one_arg(vm, "list.append", args);
    list.items.push_back(args.positional[0]);
    return Value::none();
}

Value list_extend(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "extend");
    expect_one_arg(vm, "list.extend", args);
    std::vector<Value> more = vm.to_vector(args.positional[0]);
    list.items.insert(list.items.end(), more.begin(), more.end());
    return Value::none();
}

Value list_insert(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "insert");
    expect_count(vm, "insert", args, 2, 2);
    int64_t n = static_cast<int64_t>(list.items.size());
    int64_t at = int_arg(vm, args.positional[0]);
    if (at < 0) at = std::max<int64_t>(at + n, 0);
    if (at > n) at = n;
    list.items.insert(list.items.begin() + at, args.positional[1]);
    return Value::none();
}

Value list_pop(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "pop");
    expect_count(vm, "pop", args, 0, 1);
    int64_t at = args.positional.empty() ? -1 : int_arg(vm, args.positional[0]);
    int64_t n = static_cast<int64_t>(list.items.size());
    if (n == 0) vm.raise(vm.exc.index_error, "pop from empty list");
    if (at < 0) at += n;
    if (at < 0 || at >= n) vm.raise(vm.exc.index_error, "pop index out of range");
    Value item = std::move(list.items[static_cast<size_t>(at)]);
    list.items.erase(list.items.begin() + at);
    return item;
}

Value list_remove(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "remove");
    expect_one_arg(vm, "list.remove", args);
    // Python __eq__ may change the list: re-check the size at every step.
    for (size_t i = 0; i < list.items.size(); ++i) {
        Value item = list.items[i];
        if (same_or_equal(vm, item, args.positional[0])) {
            if (i < list.items.size()) list.items.erase(list.items.begin() + static_cast<std::ptrdiff_t>(i));
            return Value::none();
        }
    }
    vm.raise(vm.exc.value_error, "list.remove(x): x not in list");
}

// index(x[, start[, stop]]) over a vector that Python code may change while comparing.
int64_t find_index(Interp& vm, const std::vector<Value>& items, const CallArgs& args) {
    int64_t start = 0, stop = INT64_MAX;
    auto bound = [&](const Value& v) {
        if (!v.is_intlike())
            vm.raise(vm.exc.type_error, "slice indices must be integers or have an __index__ method");
        return v.as_int();
    };
    if (args.positional.size() > 1) start = bound(args.positional[1]);
    if (args.positional.size() > 2) stop = bound(args.positional[2]);
    clamp_span(start, stop, static_cast<int64_t>(items.size()));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
        Value item = items[static_cast<size_t>(i)];
        if (same_or_equal(vm, item, args.positional[0])) return i;
    }
    return -1;
}

int64_t count_equal(Interp& vm, const std::vector<Value>& items, const Value& x) {
    int64_t n = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        if (same_or_equal(vm, item, x)) ++n;
    }
    return n;
}

Value list_index(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "index");
    expect_count(vm, "index", args, 1, 3);
    int64_t at = find_index(vm, list.items, args);
    if (at < 0) vm.raise(vm.exc.value_error, vm.repr(args.positional[0]) + " is not in list");
    return Value::integer(at);
}

Value list_count(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "count");
    expect_one_arg(vm, "list.count", args);
    return Value::integer(count_equal(vm, list.items, args.positional[0]));
}

Value list_sort(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "sort");
    if (!args.positional.empty()) vm.raise(vm.exc.type_error, "sort() takes no positional arguments");
    auto a = bind_args(vm, "sort", args, {"key", "reverse"}, 0, 0);
    bool reverse = a[1].is_set() && int_arg(vm, a[1]) != 0;
    // CPython shows an empty list while sorting and refuses changes made meanwhile.
    Value keep = self;
    std::vector<Value> items = std::move(list.items);
    list.items.clear();
    try {
        sort_values(vm, items, a[0], reverse);
    } catch (...) {
        list.items = std::move(items);
        throw;
    }
    bool modified = !list.items.empty();
    list.items = std::move(items);
    if (modified) vm.raise(vm.exc.value_error, "list modified during sort");
    return Value::none();
}

Value list_reverse(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "reverse");
    expect_no_args(vm, "list.reverse", args);
    std::reverse(list.items.begin(), list.items.end());
    return Value::none();
}

Value list_copy(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "copy");
    expect_no_args(vm, "list.copy", args);
    return vm.list(list.items);
}

Value list_clear(Interp& vm, const Value& self, const CallArgs& args) {
    ListObject& list = list_receiver(vm, self, "clear");
    expect_no_args(vm, "list.clear", args);
    std::vector<Value> old = std::move(list.items);  // dropped after the list is consistent
    list.items.clear();
    return Value::none();
}

Value tuple_index(Interp& vm, const Value& self, const CallArgs& args) {
    TupleObject& tuple = tuple_receiver(vm, self, "index");
    expect_count(vm, "index", args, 1, 3);
    int64_t at = find_index(vm, tuple.items, args);
    if (at < 0) vm.raise(vm.exc.value_error, "tuple.index(x): x not in tuple");
    return Value::integer(at);
}

Value tuple_count(Interp& vm, const Value& self, const CallArgs& args) {
    TupleObject& tuple = tuple_receiver(vm, self, "count");
    expect_one_arg(vm, "tuple.count", args);
    return Value::integer(count_equal(vm, tuple.items, args.positional[0]));
}

}  // namespace

void install_list_methods(Interp& vm) {
    ClassObject* list = vm.types.list.get();
    list->constructor = &list_new;
    vm.add_method(list, "append", &receiver_first<list_append>);
    vm.add_method(list, "extend", &receiver_first<list_extend>);
    vm.add_method(list, "insert", &receiver_first<list_insert>);
    vm.add_method(list, "pop", &receiver_first<list_pop>);
    vm.add_method(list, "remove", &receiver_first<list_remove>);
    vm.add_method(list, "index", &receiver_first<list_index>);
    vm.add_method(list, "count", &receiver_first<list_count>);
    vm.add_method(list, "sort", &receiver_first<list_sort>);
    vm.add_method(list, "reverse", &receiver_first<list_reverse>);
    vm.add_method(list, "copy", &receiver_first<list_copy>);
    vm.add_method(list, "clear", &receiver_first<list_clear>);

    ClassObject* tuple = vm.types.tuple.get();
    tuple->constructor = &tuple_new;
    vm.add_method(tuple, "index", &receiver_first<tuple_index>);
    vm.add_method(tuple, "count", &receiver_first<tuple_count>);
}

}  // namespace loopstep
