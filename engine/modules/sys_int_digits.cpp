// The two functions of `sys` about the int <-> str digit limit; the sys module installs them.
#include "modules/sys_int_digits.h"

#include "objects/int_values.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value sys_get_int_max_str_digits(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "sys.get_int_max_str_digits", args);
    return Value::integer(int_max_str_digits(vm));
}

Value sys_set_int_max_str_digits(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "set_int_max_str_digits", args, {"maxdigits"}, 1, 1);
    if (is_big_int(a[0])) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C int");
    const int64_t digits = int_arg(vm, a[0]);
    if (digits > INT32_MAX || digits < INT32_MIN) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C int");
    set_int_max_str_digits(vm, digits);
    return Value::none();
}

}  // namespace

void install_int_digit_functions(Interp& vm, const Value& sys_module) {
    DictObject* d = sys_module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("get_int_max_str_digits"),
           vm.native("get_int_max_str_digits", &sys_get_int_max_str_digits, sys_module));
    d->set(vm, vm.intern("set_int_max_str_digits"),
           vm.native("set_int_max_str_digits", &sys_set_int_max_str_digits, sys_module));
}

}  // namespace loopstep
