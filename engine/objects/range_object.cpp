// range: construction, length, indexing and slicing, `in`, iteration, and its methods.
#include "objects/builtin_iterators.h"
#include "vm/native_support.h"

namespace loopstep {

Value make_range(Interp& vm, int64_t start, int64_t stop, int64_t step) {
    return vm.heap.value<RangeObject>(vm.types.range.get(), start, stop, step);
}

uint64_t range_size(const RangeObject& r) {
    // Unsigned differences cannot overflow, whatever the bounds.
    if (r.step > 0 && r.start < r.stop)
        return (static_cast<uint64_t>(r.stop) - static_cast<uint64_t>(r.start) - 1) / static_cast<uint64_t>(r.step) + 1;
    if (r.step < 0 && r.start > r.stop)
        return (static_cast<uint64_t>(r.start) - static_cast<uint64_t>(r.stop) - 1) / (0 - static_cast<uint64_t>(r.step)) + 1;
    return 0;
}

int64_t range_len(Interp& vm, const RangeObject& r) {
    uint64_t n = range_size(r);
    if (n > static_cast<uint64_t>(INT64_MAX)) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C ssize_t");
    return static_cast<int64_t>(n);
}

namespace {

int64_t range_at(const RangeObject& r, uint64_t index) {
    return static_cast<int64_t>(static_cast<uint64_t>(r.start) + index * static_cast<uint64_t>(r.step));
}

int64_t checked(Interp& vm, std::optional<int64_t> v) {
    if (!v) raise_int_overflow(vm);
    return *v;
}

}  // namespace

Value range_getitem(Interp& vm, const RangeObject& r, const Value& key) {
    if (key.is_intlike()) {
        int64_t n = range_len(vm, r);
        int64_t i = key.as_int();
        if (i < 0) i += n;
        if (i < 0 || i >= n) vm.raise(vm.exc.index_error, "range object index out of range");
        return Value::integer(range_at(r, static_cast<uint64_t>(i)));
    }
    if (auto* slice = key.as<SliceObject>()) {
        SliceSpan s = slice_span(vm, *slice, range_len(vm, r));
        int64_t start = checked(vm, checked_add(r.start, checked(vm, checked_mul(s.start, r.step))));
        int64_t stop = checked(vm, checked_add(r.start, checked(vm, checked_mul(s.stop, r.step))));
        int64_t step = checked(vm, checked_mul(r.step, s.step));
        return make_range(vm, start, stop, step);
    }
    vm.raise(vm.exc.type_error, "range indices must be integers or slices, not " + vm.type_name(key));
}

bool range_contains(Interp& vm, const RangeObject& r, const Value& item) {
    if (item.is_intlike()) {
        int64_t x = item.as_int();
        if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) return false;
        uint64_t distance = r.step > 0 ? static_cast<uint64_t>(x) - static_cast<uint64_t>(r.start)
                                       : static_cast<uint64_t>(r.start) - static_cast<uint64_t>(x);
        uint64_t stride = r.step > 0 ? static_cast<uint64_t>(r.step) : 0 - static_cast<uint64_t>(r.step);
        return distance % stride == 0;
    }
    for (uint64_t i = 0, n = range_size(r); i < n; ++i)
        if (vm.eq(Value::integer(range_at(r, i)), item)) return true;
    return false;
}

Value make_range_iterator(Interp& vm, const RangeObject& r) {
    return vm.heap.value<RangeIterator>(runtime_class(vm, "range_iterator"), r.start, r.step, range_size(r));
}

Value make_reversed_range_iterator(Interp& vm, const RangeObject& r) {
    uint64_t n = range_size(r);
    int64_t last = n ? range_at(r, n - 1) : r.start;
    int64_t step = static_cast<int64_t>(0 - static_cast<uint64_t>(r.step));
    return vm.heap.value<RangeIterator>(runtime_class(vm, "range_iterator"), last, step, n);
}

namespace {

const RangeObject& range_receiver(Interp& vm, const Value& self, const char* method) {
    auto* r = self.as<RangeObject>();
    if (!r) raise_bad_receiver(vm, "range", method, self);
    return *r;
}

Value range_new(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "range", args);
    expect_count(vm, "range", args, 1, 3);
    const auto& p = args.positional;
    int64_t start = 0, stop, step = 1;
    if (p.size() == 1) {
        stop = int_arg(vm, p[0]);
    } else {
        start = int_arg(vm, p[0]);
        stop = int_arg(vm, p[1]);
        if (p.size() == 3) step = int_arg(vm, p[2]);
    }
    if (step == 0) vm.raise(vm.exc.value_error, "range() arg 3 must not be zero");
    return make_range(vm, start, stop, step);
}

Value range_index(Interp& vm, const Value& self, const CallArgs& args) {
    const RangeObject& r = range_receiver(vm, self, "index");
    expect_one_arg(vm, "range.index", args);
    const Value& item = args.positional[0];
    if (item.is_intlike()) {
        if (range_contains(vm, r, item)) {
            int64_t x = item.as_int();
            uint64_t distance = r.step > 0 ? static_cast<uint64_t>(x) - static_cast<uint64_t>(r.start)
                                           : static_cast<uint64_t>(r.start) - static_cast<uint64_t>(x);
            uint64_t stride = r.step > 0 ? static_cast<uint64_t>(r.step) : 0 - static_cast<uint64_t>(r.step);
            return Value::integer(static_cast<int64_t>(distance / stride));
        }
    } else {
        for (uint64_t i = 0, n = range_size(r); i < n; ++i)
            if (vm.eq(Value::integer(range_at(r, i)), item)) return Value::integer(static_cast<int64_t>(i));
    }
    vm.raise(vm.exc.value_error, vm.repr(item) + " is not in range");
}

Value range_count(Interp& vm, const Value& self, const CallArgs& args) {
    const RangeObject& r = range_receiver(vm, self, "count");
    expect_one_arg(vm, "range.count", args);
    const Value& item = args.positional[0];
    if (item.is_intlike()) return Value::integer(range_contains(vm, r, item) ? 1 : 0);
    int64_t count = 0;
    for (uint64_t i = 0, n = range_size(r); i < n; ++i)
        if (vm.eq(Value::integer(range_at(r, i)), item)) ++count;
    return Value::integer(count);
}

Value range_start(Interp& vm, const Value&, const CallArgs& args) {
    return Value::integer(range_receiver(vm, args.positional[0], "start").start);
}
Value range_stop(Interp& vm, const Value&, const CallArgs& args) {
    return Value::integer(range_receiver(vm, args.positional[0], "stop").stop);
}
Value range_step(Interp& vm, const Value&, const CallArgs& args) {
    return Value::integer(range_receiver(vm, args.positional[0], "step").step);
}

Value range_dunder_len(Interp& vm, const Value& self, const CallArgs&) {
    return Value::integer(range_len(vm, range_receiver(vm, self, "__len__")));
}
Value range_dunder_iter(Interp& vm, const Value& self, const CallArgs&) {
    return make_range_iterator(vm, range_receiver(vm, self, "__iter__"));
}
Value range_dunder_reversed(Interp& vm, const Value& self, const CallArgs&) {
    return make_reversed_range_iterator(vm, range_receiver(vm, self, "__reversed__"));
}
Value range_dunder_contains(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "range.__contains__", args);
    return Value::boolean(range_contains(vm, range_receiver(vm, self, "__contains__"), args.positional[0]));
}
Value range_dunder_getitem(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "range.__getitem__", args);
    return range_getitem(vm, range_receiver(vm, self, "__getitem__"), args.positional[0]);
}

// slice(stop) / slice(start, stop[, step])
Value slice_new(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "slice", args);
    expect_count(vm, "slice", args, 1, 3);
    const auto& p = args.positional;
    Value none = Value::none();
    if (p.size() == 1) return vm.heap.value<SliceObject>(vm.types.slice.get(), none, p[0], none);
    return vm.heap.value<SliceObject>(vm.types.slice.get(), p[0], p[1], p.size() == 3 ? p[2] : none);
}

const SliceObject& slice_of(Interp& vm, const Value& v, const char* what) {
    auto* s = v.as<SliceObject>();
    if (!s) raise_bad_receiver(vm, "slice", what, v);
    return *s;
}
Value slice_start(Interp& vm, const Value&, const CallArgs& args) { return slice_of(vm, args.positional[0], "start").start; }
Value slice_stop(Interp& vm, const Value&, const CallArgs& args) { return slice_of(vm, args.positional[0], "stop").stop; }
Value slice_step(Interp& vm, const Value&, const CallArgs& args) { return slice_of(vm, args.positional[0], "step").step; }

Value slice_indices(Interp& vm, const Value& self, const CallArgs& args) {
    const SliceObject& s = slice_of(vm, self, "indices");
    expect_one_arg(vm, "slice.indices", args);
    int64_t length = int_arg(vm, args.positional[0]);
    if (length < 0) vm.raise(vm.exc.value_error, "length should not be negative");
    SliceSpan span = slice_span(vm, s, length);
    return vm.tuple({Value::integer(span.start), Value::integer(span.stop), Value::integer(span.step)});
}

}  // namespace

void install_range_and_slice(Interp& vm) {
    ClassObject* range = vm.types.range.get();
    range->constructor = &range_new;
    vm.add_method(range, "index", &receiver_first<range_index>);
    vm.add_method(range, "count", &receiver_first<range_count>);
    vm.add_method(range, "__len__", &receiver_first<range_dunder_len>);
    vm.add_method(range, "__iter__", &receiver_first<range_dunder_iter>);
    vm.add_method(range, "__reversed__", &receiver_first<range_dunder_reversed>);
    vm.add_method(range, "__contains__", &receiver_first<range_dunder_contains>);
    vm.add_method(range, "__getitem__", &receiver_first<range_dunder_getitem>);
    add_getter(vm, range, "start", &range_start);
    add_getter(vm, range, "stop", &range_stop);
    add_getter(vm, range, "step", &range_step);

    ClassObject* slice = vm.types.slice.get();
    slice->constructor = &slice_new;
    vm.add_method(slice, "indices", &receiver_first<slice_indices>);
    add_getter(vm, slice, "start", &slice_start);
    add_getter(vm, slice, "stop", &slice_stop);
    add_getter(vm, slice, "step", &slice_step);
}

}  // namespace loopstep
