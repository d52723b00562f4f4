#include "vm/native_support.h"

#include <algorithm>

namespace loopstep {

namespace {

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

template <class T>
T& receiver_as(Interp& vm, const Value& self, const char* cls, const char* method) {
    auto* object = self.as<T>();
    if (!object) raise_bad_receiver(vm, cls, method, self);
    return *object;
}

}  // namespace

void raise_unbound_without_receiver(Interp& vm) {
    vm.raise(vm.exc.type_error, "unbound method needs an argument");
}

void raise_bad_receiver(Interp& vm, const char* cls, const char* method, const Value& self) {
    vm.raise(vm.exc.type_error, std::string("descriptor '") + method + "' for '" + cls +
                                    "' objects doesn't apply to a '" + vm.type_name(self) + "' object");
}

StrObject& str_receiver(Interp& vm, const Value& self, const char* method) {
    return receiver_as<StrObject>(vm, self, "str", method);
}
ListObject& list_receiver(Interp& vm, const Value& self, const char* method) {
    return receiver_as<ListObject>(vm, self, "list", method);
}
TupleObject& tuple_receiver(Interp& vm, const Value& self, const char* method) {
    return receiver_as<TupleObject>(vm, self, "tuple", method);
}
DictObject& dict_receiver(Interp& vm, const Value& self, const char* method) {
    return receiver_as<DictObject>(vm, self, "dict", method);
}
SetObject& set_receiver(Interp& vm, const Value& self, const char* method) {
    return receiver_as<SetObject>(vm, self, "set", method);
}

void expect_no_args(Interp& vm, const char* name, const CallArgs& args) {
    if (!args.kw_values.empty()) reject_kwargs(vm, name, args);
    if (!args.positional.empty())
        vm.raise(vm.exc.type_error,
                 std::string(name) + "() takes no arguments (" + std::to_string(args.positional.size()) + " given)");
}

void expect_one_arg(Interp& vm, const char* name, const CallArgs& args) {
    if (!args.kw_values.empty()) reject_kwargs(vm, name, args);
    if (args.positional.size() != 1)
        vm.raise(vm.exc.type_error, std::string(name) + "() takes exactly one argument (" +
                                        std::to_string(args.positional.size()) + " given)");
}

void expect_count(Interp& vm, const char* name, const CallArgs& args, size_t min, size_t max) {
    if (!args.kw_values.empty()) reject_kwargs(vm, name, args);
    size_t n = args.positional.size();
    if (n >= min && n <= max) return;
    std::string bound;
    if (min == max) bound = plural(min, "argument");
    else if (n < min) bound = "at least " + plural(min, "argument");
    else bound = "at most " + plural(max, "argument");
    vm.raise(vm.exc.type_error, std::string(name) + " expected " + bound + ", got " + std::to_string(n));
}

void reject_kwargs(Interp& vm, const char* name, const CallArgs& args) {
    if (!args.kw_values.empty()) vm.raise(vm.exc.type_error, std::string(name) + "() takes no keyword arguments");
}

std::vector<Value> bind_args(Interp& vm, const char* name, const CallArgs& args,
                             std::initializer_list<const char*> params, size_t required, size_t max_positional) {
    std::vector<Value> slots(params.size());
    size_t npos = args.positional.size();
    size_t total = args.size();
    if (total > params.size())
        vm.raise(vm.exc.type_error, std::string(name) + "() takes at most " + std::to_string(params.size()) +
                                        (npos == 0 ? " keyword " : " ") + (params.size() == 1 ? "argument" : "arguments") +
                                        " (" + std::to_string(total) + " given)");
    if (npos > max_positional) {
        if (max_positional == 0) vm.raise(vm.exc.type_error, std::string(name) + "() takes no positional arguments");
        vm.raise(vm.exc.type_error, std::string(name) + "() takes at most " + plural(max_positional, "positional argument") +
                                        " (" + std::to_string(npos) + " given)");
    }
    for (size_t i = 0; i < npos; ++i) slots[i] = args.positional[i];
    std::string unknown;
    for (size_t k = 0; k < args.kw_values.size(); ++k) {
        std::string_view key = kw_name(args, k);
        size_t at = 0;
        for (const char* p : params) {
            if (key == p) break;
            ++at;
        }
        if (at == params.size()) {
            if (unknown.empty()) unknown = key;
            continue;
        }
        if (at < npos)
            vm.raise(vm.exc.type_error, std::string("argument for ") + name + "() given by name ('" +
                                            std::string(key) + "') and position (" + std::to_string(at + 1) + ")");
        slots[at] = args.kw_values[k];
    }
    size_t i = 0;
    for (const char* p : params) {
        if (i < required && slots[i].is_unset())
            vm.raise(vm.exc.type_error, std::string(name) + "() missing required argument '" + p + "' (pos " +
                                            std::to_string(i + 1) + ")");
        ++i;
    }
    if (!unknown.empty())
        vm.raise(vm.exc.type_error, "'" + unknown + "' is an invalid keyword argument for " + name + "()");
    return slots;
}

const std::string& str_text(const Value& v) { return static_cast<StrObject*>(v.obj())->text(); }

std::string_view kw_name(const CallArgs& args, size_t i) { return str_text(args.kw_names[i]); }

int64_t int_arg(Interp& vm, const Value& v) {
    if (v.is_intlike()) return v.as_int();
    if (v.is(ObjKind::BigInt)) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C ssize_t");
    Value index = call_special_method(vm, v, "__index__", {});
    if (index.is_intlike()) return index.as_int();
    if (index.is(ObjKind::BigInt)) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C ssize_t");
    vm.raise(vm.exc.type_error, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

int64_t slice_bound(Interp& vm, const Value& v, int64_t if_none) {
    if (v.is_unset() || v.is_none()) return if_none;
    if (v.is_intlike()) return v.as_int();
    // A big int bound clamps, as CPython's slices do.
    if (v.is(ObjKind::BigInt)) return vm.less_than(v, Value::integer(0)) ? -INT64_MAX : INT64_MAX;
    vm.raise(vm.exc.type_error, "slice indices must be integers or None or have an __index__ method");
}

void clamp_span(int64_t& start, int64_t& end, int64_t length) {
    if (end > length) end = length;
    else if (end < 0) end = std::max<int64_t>(end + length, 0);
    if (start < 0) start = std::max<int64_t>(start + length, 0);
}

SliceSpan slice_span(Interp& vm, const SliceObject& slice, int64_t length) {
    SliceSpan s;
    s.step = slice_bound(vm, slice.step, 1);
    if (s.step == 0) vm.raise(vm.exc.value_error, "slice step cannot be zero");
    if (s.step < -INT64_MAX) s.step = -INT64_MAX;  // so that -step cannot overflow
    bool back = s.step < 0;
    auto adjust = [&](const Value& bound, int64_t if_none) {
        if (bound.is_none() || bound.is_unset()) return if_none;
        int64_t x = slice_bound(vm, bound, 0);
        if (x < 0) {
            x = x < -length ? (back ? -1 : 0) : x + length;
        } else if (x >= length) {
            x = back ? length - 1 : length;
        }
        return x;
    };
    s.start = adjust(slice.start, back ? length - 1 : 0);
    s.stop = adjust(slice.stop, back ? -1 : length);
    if (back) s.length = s.stop < s.start ? (s.start - s.stop - 1) / (-s.step) + 1 : 0;
    else s.length = s.start < s.stop ? (s.stop - s.start - 1) / s.step + 1 : 0;
    return s;
}

void raise_stop_iteration(Interp& vm, const Value& result) {
    std::vector<Value> args;
    if (!result.is_none()) args.push_back(result);
    Value stop = vm.new_exception(vm.exc.stop_iteration.get(), std::move(args));
    stop.as<ExceptionObject>()->payload = result;
    vm.raise_value(stop);
}

Value send_result(Interp& vm, const ResumeResult& r) {
    if (r.status == ResumeStatus::Yielded) return r.value;
    if (r.status == ResumeStatus::Returned) raise_stop_iteration(vm, r.value);
    vm.raise_value(r.value);
}

void raise_int_overflow(Interp& vm) {
    // Where a count or an index must fit in 64 bits (range arithmetic, enumerate), as CPython's
    // Py_ssize_t conversions.
    vm.raise(vm.exc.overflow_error, "Python int too large to convert to C ssize_t");
}

void raise_numeric(Interp& vm, const NumericError& error) {
    switch (error.kind) {
        case NumericError::Kind::ZeroDivisionError: vm.raise(vm.exc.zero_division_error, error.message);
        case NumericError::Kind::OverflowError: vm.raise(vm.exc.overflow_error, error.message);
        case NumericError::Kind::ValueError: vm.raise(vm.exc.value_error, error.message);
        case NumericError::Kind::IntTooBig: raise_int_overflow(vm);
    }
    raise_int_overflow(vm);
}

Value call_special_method(Interp& vm, const Value& v, const char* name, std::initializer_list<Value> rest) {
    Value method = vm.type_of(v)->lookup(std::string(name));
    if (method.is_unset()) return Value();
    std::vector<Value> all;
    all.reserve(rest.size() + 1);
    all.push_back(v);
    all.insert(all.end(), rest.begin(), rest.end());
    return vm.call(method, CallArgs{all, {}, {}});
}

ClassObject* runtime_class_by_name(Interp& vm, const char* name);

ClassObject* runtime_class(Interp& vm, const char* name) {
    // Names are string literals: their address identifies them.
    if (auto hit = vm.runtime_classes_.find(name); hit != vm.runtime_classes_.end()) return hit->second;
    ClassObject* cls = runtime_class_by_name(vm, name);
    vm.runtime_classes_[name] = cls;
    return cls;
}

ClassObject* runtime_class_by_name(Interp& vm, const char* name) {
    // Kept in a module no import can name (the key is not an identifier).
    static constexpr const char* kRegistry = "<builtin classes>";
    auto found = vm.modules.find(kRegistry);
    if (found == vm.modules.end()) {
        Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), kRegistry, vm.dict());
        found = vm.modules.emplace(kRegistry, module).first;
    }
    DictObject* classes = found->second.as<ModuleObject>()->namespace_dict();
    Value cls = classes->get_str(std::string(name));
    if (cls.is_set()) return cls.as<ClassObject>();
    Ref<ClassObject> made = vm.make_class(name, {vm.types.object});
    classes->set(vm, vm.intern(name), made.value());
    return made.get();
}

bool is_callable(Interp& vm, const Value& v) {
    switch (v.is_obj() ? v.obj()->kind : ObjKind::Other) {
        case ObjKind::Function:
        case ObjKind::Native:
        case ObjKind::BoundMethod:
        case ObjKind::Class: return true;
        default: break;
    }
    return v.is_obj() && vm.type_of(v)->lookup(std::string("__call__")).is_set();
}

void set_builtin(Interp& vm, const char* name, NativeFn fn) {
    static_cast<DictObject*>(vm.builtins.obj())->set(vm, vm.intern(name), vm.native(name, fn));
}

void add_getter(Interp& vm, ClassObject* cls, const char* name, NativeFn getter) {
    vm.set_attr_raw(cls, name, vm.heap.value<PropertyObject>(vm.types.property.get(), vm.native(name, getter)));
}

}  // namespace loopstep
