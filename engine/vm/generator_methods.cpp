// Natives of generators and coroutines: send, throw, close, __next__, __iter__.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

GeneratorObject& generator_receiver(Interp& vm, const Value& self) {
    auto* g = self.as<GeneratorObject>();
    if (!g) vm.raise(vm.exc.type_error, "descriptor requires a 'generator' object but received '" + vm.type_name(self) + "'");
    return *g;
}

Value finish(Interp& vm, ResumeResult r) { return send_result(vm, r); }

Value generator_send(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "send", args);
    return finish(vm, vm.resume(&generator_receiver(vm, self), args.positional[0]));
}

Value generator_next(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__next__", args);
    return finish(vm, vm.resume(&generator_receiver(vm, self), Value::none()));
}

Value generator_iter(Interp&, const Value& self, const CallArgs&) { return self; }

Value exception_instance(Interp& vm, const Value& v) {
    if (auto* cls = v.as<ClassObject>(); cls && cls->is_subclass_of(vm.exc.base_exception.get())) return vm.call(v, {});
    if (v.is(ObjKind::Exception)) return v;
    vm.raise(vm.exc.type_error, "exceptions must be classes or instances deriving from BaseException, not " + vm.type_name(v));
}

Value generator_throw(Interp& vm, const Value& self, const CallArgs& args) {
    expect_count(vm, "throw", args, 1, 3);
    GeneratorObject& gen = generator_receiver(vm, self);
    Value exception = exception_instance(vm, args.positional[0]);
    if (gen.state == GeneratorObject::State::Created) {
        gen.state = GeneratorObject::State::Closed;
        vm.raise_value(exception);
    }
    return finish(vm, vm.resume(&gen, Value::none(), exception));
}

Value generator_close(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "close", args);
    GeneratorObject& gen = generator_receiver(vm, self);
    if (gen.state == GeneratorObject::State::Created || gen.state == GeneratorObject::State::Closed) {
        gen.state = GeneratorObject::State::Closed;
        return Value::none();
    }
    ResumeResult r = vm.resume(&gen, Value::none(), vm.new_exception(vm.exc.generator_exit.get(), {}));
    if (r.status == ResumeStatus::Yielded) vm.raise(vm.exc.runtime_error, "generator ignored GeneratorExit");
    if (r.status == ResumeStatus::Raised && !vm.isinstance(r.value, vm.exc.generator_exit.get()) &&
        !vm.isinstance(r.value, vm.exc.stop_iteration.get()))
        vm.raise_value(r.value);
    return Value::none();
}

}  // namespace

void install_generator_methods(Interp& vm) {
    for (ClassObject* cls : {vm.types.generator.get(), vm.types.coroutine.get()}) {
        vm.add_method(cls, "send", &receiver_first<generator_send>);
        vm.add_method(cls, "throw", &receiver_first<generator_throw>);
        vm.add_method(cls, "close", &receiver_first<generator_close>);
    }
    vm.add_method(vm.types.generator.get(), "__next__", &receiver_first<generator_next>);
    vm.add_method(vm.types.generator.get(), "__iter__", &receiver_first<generator_iter>);
}

}  // namespace loopstep
