#include "objects/builtin_iterators.h"

#include "objects/dict_iterators.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

bool is_error(Interp& vm, const PyError& e, const Ref<ClassObject>& cls) { return vm.isinstance(e.exception, cls.get()); }

std::string argument_range(size_t last) {
    return last == 1 ? "argument 1" : "arguments 1-" + std::to_string(last);
}

ClassObject* class_of_self(const Value& self) { return self.as<ClassObject>(); }

}  // namespace

Value EnumerateIterator::next(Interp& vm) {
    if (source.is_unset()) return Value();
    Value item = vm.next(source);
    if (item.is_unset()) {
        source.reset();
        return Value();
    }
    Value position = Value::integer(index);
    if (index == INT64_MAX) raise_int_overflow(vm);
    ++index;
    return vm.tuple({position, item});
}

Value ZipIterator::next(Interp& vm) {
    if (done || sources.empty()) return Value();
    std::vector<Value> row;
    row.reserve(sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
        Value item = vm.next(sources[i]);
        if (item.is_set()) {
            row.push_back(std::move(item));
            continue;
        }
        done = true;
        if (!strict) return Value();
        if (i > 0)
            vm.raise(vm.exc.value_error, "zip() argument " + std::to_string(i + 1) + " is shorter than " + argument_range(i));
        for (size_t j = 1; j < sources.size(); ++j) {
            if (vm.next(sources[j]).is_set())
                vm.raise(vm.exc.value_error,
                         "zip() argument " + std::to_string(j + 1) + " is longer than " + argument_range(j));
        }
        return Value();
    }
    return vm.tuple(std::move(row));
}

Value MapIterator::next(Interp& vm) {
    std::vector<Value> call_args;
    call_args.reserve(sources.size());
    for (auto& source : sources) {
        Value item = vm.next(source);
        if (item.is_unset()) return Value();
        call_args.push_back(std::move(item));
    }
    return vm.call(function, CallArgs{call_args, {}, {}});
}

Value FilterIterator::next(Interp& vm) {
    for (;;) {
        Value item = vm.next(source);
        if (item.is_unset()) return Value();
        bool keep = function.is_none() ? vm.truthy(item) : vm.truthy(vm.call(function, {item}));
        if (keep) return item;
    }
}

Value ReverseIterator::next(Interp& vm) {
    if (index < 0) return Value();
    int64_t at = index--;
    if (auto* list = sequence.as<ListObject>()) {
        if (static_cast<uint64_t>(at) < list->items.size()) return list->items[static_cast<size_t>(at)];
        index = -1;
        return Value();
    }
    if (auto* tuple = sequence.as<TupleObject>()) return tuple->items[static_cast<size_t>(at)];
    if (auto* str = sequence.as<StrObject>()) {
        size_t from = str->byte_offset(static_cast<size_t>(at));
        size_t to = str->byte_offset(static_cast<size_t>(at) + 1);
        return vm.str(str->text().substr(from, to - from));
    }
    try {
        return vm.getitem(sequence, Value::integer(at));
    } catch (const PyError& e) {
        if (!is_error(vm, e, vm.exc.index_error) && !is_error(vm, e, vm.exc.stop_iteration)) throw;
        index = -1;
        return Value();
    }
}

Value RangeIterator::next(Interp&) {
    if (index >= length) return Value();
    uint64_t value = static_cast<uint64_t>(start) + index * static_cast<uint64_t>(step);
    ++index;
    return Value::integer(static_cast<int64_t>(value));
}

Value CallableIterator::next(Interp& vm) {
    if (function.is_unset()) return Value();
    Value item = vm.call(function, {});
    if (item.same(sentinel) || vm.eq(item, sentinel)) {
        function.reset();
        return Value();
    }
    return item;
}

Value make_reversed(Interp& vm, const Value& sequence) {
    if (auto* list = sequence.as<ListObject>())
        return vm.heap.value<ReverseIterator>(runtime_class(vm, "list_reverseiterator"), sequence,
                                              static_cast<int64_t>(list->items.size()) - 1);
    if (auto* range = sequence.as<RangeObject>()) return make_reversed_range_iterator(vm, *range);
    if (sequence.is(ObjKind::Dict)) return make_dict_reverse_iterator(vm, sequence);
    ClassObject* reversed = vm.builtins.as<DictObject>()->get_str(std::string("reversed")).as<ClassObject>();
    if (auto* tuple = sequence.as<TupleObject>())
        return vm.heap.value<ReverseIterator>(reversed, sequence, static_cast<int64_t>(tuple->items.size()) - 1);
    if (auto* str = sequence.as<StrObject>())
        return vm.heap.value<ReverseIterator>(reversed, sequence, static_cast<int64_t>(str->length()) - 1);
    ClassObject* cls = vm.type_of(sequence);
    if (Value custom = cls->lookup(std::string("__reversed__")); custom.is_set()) {
        if (custom.is_none()) vm.raise(vm.exc.type_error, "'" + cls->name + "' object is not reversible");
        return call_special_method(vm, sequence, "__reversed__", {});
    }
    bool has_len = cls->lookup(std::string("__len__")).is_set();
    if (!has_len || cls->lookup(std::string("__getitem__")).is_unset() || sequence.is(ObjKind::Dict))
        vm.raise(vm.exc.type_error, "'" + cls->name + "' object is not reversible");
    Value n = call_special_method(vm, sequence, "__len__", {});
    return vm.heap.value<ReverseIterator>(reversed, sequence, int_arg(vm, n) - 1);
}

namespace {

Value iterator_iter(Interp&, const Value& self, const CallArgs&) { return self; }

Value iterator_next(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__next__", args);
    auto* it = dynamic_cast<IteratorObject*>(self.obj());
    if (!it) vm.raise(vm.exc.type_error, "'" + vm.type_name(self) + "' object is not an iterator");
    Value item = it->next(vm);
    if (item.is_unset()) vm.raise_value(vm.new_exception(vm.exc.stop_iteration.get(), {}));
    return item;
}

Value enumerate_new(Interp& vm, const Value& self, const CallArgs& args) {
    if (args.size() == 0) vm.raise(vm.exc.type_error, "enumerate() missing required argument 'iterable'");
    auto a = bind_args(vm, "enumerate", args, {"iterable", "start"}, 1, 2);
    int64_t start = a[1].is_set() ? int_arg(vm, a[1]) : 0;
    return vm.heap.value<EnumerateIterator>(class_of_self(self), vm.iter(a[0]), start);
}

Value zip_new(Interp& vm, const Value& self, const CallArgs& args) {
    bool strict = false;
    for (size_t k = 0; k < args.kw_values.size(); ++k) {
        if (kw_name(args, k) != "strict")
            vm.raise(vm.exc.type_error, "'" + std::string(kw_name(args, k)) + "' is an invalid keyword argument for zip()");
        strict = vm.truthy(args.kw_values[k]);
    }
    std::vector<Value> sources;
    for (const Value& iterable : args.positional) sources.push_back(vm.iter(iterable));
    return vm.heap.value<ZipIterator>(class_of_self(self), std::move(sources), strict);
}

Value map_new(Interp& vm, const Value& self, const CallArgs& args) {
    reject_kwargs(vm, "map", args);
    if (args.positional.size() < 2) vm.raise(vm.exc.type_error, "map() must have at least two arguments.");
    std::vector<Value> sources;
    for (size_t i = 1; i < args.positional.size(); ++i) sources.push_back(vm.iter(args.positional[i]));
    return vm.heap.value<MapIterator>(class_of_self(self), args.positional[0], std::move(sources));
}

Value filter_new(Interp& vm, const Value& self, const CallArgs& args) {
    reject_kwargs(vm, "filter", args);
    expect_count(vm, "filter", args, 2, 2);
    return vm.heap.value<FilterIterator>(class_of_self(self), args.positional[0], vm.iter(args.positional[1]));
}

Value reversed_new(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "reversed", args);
    expect_count(vm, "reversed", args, 1, 1);
    return make_reversed(vm, args.positional[0]);
}

Value builtin_iter(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "iter", args, 1, 2);
    if (args.positional.size() == 1) return vm.iter(args.positional[0]);
    if (!is_callable(vm, args.positional[0])) vm.raise(vm.exc.type_error, "iter(v, w): v must be callable");
    return vm.heap.value<CallableIterator>(runtime_class(vm, "callable_iterator"), args.positional[0],
                                           args.positional[1]);
}

Value builtin_next(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "next", args, 1, 2);
    const Value& it = args.positional[0];
    bool iterator = it.is(ObjKind::Iterator) || it.is(ObjKind::Generator) ||
                    (vm.type_of(it)->is_user_class && vm.type_of(it)->lookup(std::string("__next__")).is_set());
    if (!iterator) vm.raise(vm.exc.type_error, "'" + vm.type_name(it) + "' object is not an iterator");
    if (auto* gen = it.as<GeneratorObject>(); gen && gen->state != GeneratorObject::State::Closed) {
        // Resume directly so a generator's return value reaches StopIteration.value.
        ResumeResult r = vm.resume(gen, Value::none());
        if (r.status == ResumeStatus::Yielded) return r.value;
        if (r.status == ResumeStatus::Raised) vm.raise_value(r.value);
        if (args.positional.size() == 2) return args.positional[1];
        raise_stop_iteration(vm, r.value);
    }
    Value item = vm.next(it);
    if (item.is_set()) return item;
    if (args.positional.size() == 2) return args.positional[1];
    vm.raise_value(vm.new_exception(vm.exc.stop_iteration.get(), {}));
}

Ref<ClassObject> builtin_class(Interp& vm, const char* name, NativeFn constructor) {
    Ref<ClassObject> cls = vm.make_class(name, {vm.types.object});
    cls->constructor = constructor;
    add_iterator_protocol(vm, cls.get());
    static_cast<DictObject*>(vm.builtins.obj())->set(vm, vm.intern(name), cls.value());
    return cls;
}

}  // namespace

void add_iterator_protocol(Interp& vm, ClassObject* cls) {
    vm.add_method(cls, "__iter__", &receiver_first<iterator_iter>);
    vm.add_method(cls, "__next__", &receiver_first<iterator_next>);
}

void install_builtin_iterators(Interp& vm) {
    builtin_class(vm, "enumerate", &enumerate_new);
    builtin_class(vm, "zip", &zip_new);
    builtin_class(vm, "map", &map_new);
    builtin_class(vm, "filter", &filter_new);
    builtin_class(vm, "reversed", &reversed_new);
    for (const char* name : {"list_reverseiterator", "range_iterator", "callable_iterator"})
        add_iterator_protocol(vm, runtime_class(vm, name));
    set_builtin(vm, "iter", &builtin_iter);
    set_builtin(vm, "next", &builtin_next);
}

}  // namespace loopstep
