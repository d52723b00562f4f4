// Shared plumbing of the native functions and methods: argument binding and checking with
// CPython's wording, receivers of methods reached through their class, index conversions,
// numeric errors, and the built-in classes that are not in BuiltinTypes.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/numeric.h"
#include "vm/interp.h"

namespace loopstep {

// A method reached through its class (`str.upper("x")`) is called without a receiver; the first
// argument then is the receiver.
[[noreturn]] void raise_unbound_without_receiver(Interp& vm);
template <NativeFn F>
Value receiver_first(Interp& vm, const Value& self, const CallArgs& args) {
    if (self.is_set()) return F(vm, self, args);
    if (args.positional.empty()) raise_unbound_without_receiver(vm);
    CallArgs rest{args.positional.subspan(1), args.kw_values, args.kw_names};
    return F(vm, args.positional[0], rest);
}

// "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
[[noreturn]] void raise_bad_receiver(Interp& vm, const char* cls, const char* method, const Value& self);
StrObject& str_receiver(Interp& vm, const Value& self, const char* method);
ListObject& list_receiver(Interp& vm, const Value& self, const char* method);
TupleObject& tuple_receiver(Interp& vm, const Value& self, const char* method);
DictObject& dict_receiver(Interp& vm, const Value& self, const char* method);
SetObject& set_receiver(Interp& vm, const Value& self, const char* method);  // set or frozenset

// ---- argument counts, each with the wording CPython uses for that kind of function
// "NAME() takes no arguments (1 given)"
void expect_no_args(Interp& vm, const char* name, const CallArgs& args);
// "NAME() takes exactly one argument (2 given)"
void expect_one_arg(Interp& vm, const char* name, const CallArgs& args);
// "NAME expected at least 1 argument, got 0" / "... at most 2 arguments, got 3" / "... 2 arguments, got 1"
void expect_count(Interp& vm, const char* name, const CallArgs& args, size_t min, size_t max);
// "NAME() takes no keyword arguments"
void reject_kwargs(Interp& vm, const char* name, const CallArgs& args);

// Binds arguments to named parameters: the first `max_positional` may come by position, all of
// them by keyword. Slots of absent arguments are unset; the first `required` must be given.
// Errors: "'x' is an invalid keyword argument for NAME()", "NAME() takes at most N arguments (M
// given)", "NAME() missing required argument 'x' (pos 1)", "argument for NAME() given by name
// ('x') and position (1)".
std::vector<Value> bind_args(Interp& vm, const char* name, const CallArgs& args,
                             std::initializer_list<const char*> params, size_t required, size_t max_positional);

// ---- values
const std::string& str_text(const Value& v);  // v must be a StrObject
std::string_view kw_name(const CallArgs& args, size_t i);
// An int (or bool) argument: "'float' object cannot be interpreted as an integer".
int64_t int_arg(Interp& vm, const Value& v);
// A slice bound of find/index/count: None or an int.
int64_t slice_bound(Interp& vm, const Value& v, int64_t if_none);
// Clamps [start, end) with Python's negative-index rules to 0..length.
void clamp_span(int64_t& start, int64_t& end, int64_t length);

struct SliceSpan {
    int64_t start = 0, stop = 0, step = 1, length = 0;
};
// slice.indices(length) and the number of items selected.
SliceSpan slice_span(Interp& vm, const SliceObject& slice, int64_t length);

// OverflowError "Python int too large to convert to C ssize_t": a count or index beyond 64 bits.
[[noreturn]] void raise_int_overflow(Interp& vm);
// `raise StopIteration(result)` (no args when result is None), with .value set.
[[noreturn]] void raise_stop_iteration(Interp& vm, const Value& result);
// A resumption as a native send()/__next__() answers it: the yielded value, else StopIteration
// carrying the return value, else the exception re-raised.
Value send_result(Interp& vm, const ResumeResult& r);
[[noreturn]] void raise_numeric(Interp& vm, const NumericError& error);
template <class T>
T numeric_value(Interp& vm, const NumResult<T>& r) {
    if (!r.ok()) raise_numeric(vm, r.error);
    return *r.value;
}

// Calls the special method `name` of v's class, bound to v; unset when the class has none.
Value call_special_method(Interp& vm, const Value& v, const char* name, std::initializer_list<Value> rest);

// The built-in classes that BuiltinTypes does not name (iterators, dict views): made on first use
// and kept by the Interp, so `type(it).__name__` works and nothing is global.
ClassObject* runtime_class(Interp& vm, const char* name);

// callable(v)
bool is_callable(Interp& vm, const Value& v);

// Registers a builtin function.
void set_builtin(Interp& vm, const char* name, NativeFn fn);
// A read-only attribute computed by a native getter (args.positional[0] is the object).
void add_getter(Interp& vm, ClassObject* cls, const char* name, NativeFn getter);

}  // namespace loopstep
