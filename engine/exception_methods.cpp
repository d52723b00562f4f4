// Natives of BaseException and its subclasses.
#include "interp.h"
#include "native_support.h"

namespace loopstep {

namespace {

ExceptionObject& exception_receiver(Interp& vm, const Value& self) {
    auto* e = self.as<ExceptionObject>();
    if (!e) vm.raise(vm.exc.type_error, "descriptor requires a 'BaseException' object but received '" + vm.type_name(self) + "'");
    return *e;
}

Value exception_init(Interp& vm, const Value& self, const CallArgs& args) {
    ExceptionObject& e = exception_receiver(vm, self);
    reject_kwargs(vm, vm.type_name(self).c_str(), args);
    e.args.assign(args.positional.begin(), args.positional.end());
    return Value::none();
}

Value exception_str(Interp& vm, const Value& self, const CallArgs&) {
    ExceptionObject& e = exception_receiver(vm, self);
    if (e.args.empty()) return vm.str("");
    if (e.args.size() == 1) {
        if (vm.isinstance(self, vm.exc.key_error.get())) return vm.str(vm.repr(e.args[0]));
        return vm.str(vm.to_str(e.args[0]));
    }
    return vm.str(vm.repr(vm.tuple(e.args)));
}

Value exception_repr(Interp& vm, const Value& self, const CallArgs&) {
    ExceptionObject& e = exception_receiver(vm, self);
    std::string out = e.type()->name + "(";
    if (e.args.size() == 1) {
        out += vm.repr(e.args[0]);
    } else {
        for (size_t i = 0; i < e.args.size(); ++i) out += (i ? ", " : "") + vm.repr(e.args[i]);
    }
    return vm.str(out + ")");
}

Value exception_with_traceback(Interp&, const Value& self, const CallArgs&) { return self; }

}  // namespace

void install_exception_methods(Interp& vm) {
    ClassObject* base = vm.exc.base_exception.get();
    vm.add_method(base, "__init__", &receiver_first<exception_init>);
    vm.add_method(base, "__str__", &receiver_first<exception_str>);
    vm.add_method(base, "__repr__", &receiver_first<exception_repr>);
    vm.add_method(base, "with_traceback", &receiver_first<exception_with_traceback>);
}

}  // namespace loopstep
