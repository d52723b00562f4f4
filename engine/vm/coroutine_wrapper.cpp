// coroutine.__await__(): the iterator CPython calls coroutine_wrapper. A class's __await__ may
// return `some_coroutine().__await__()`; driving the wrapper drives the coroutine.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

class CoroutineWrapper final : public IteratorObject {
public:
    CoroutineWrapper(ClassObject* type, Value coro) : IteratorObject(type), coro(std::move(coro)) {}
    void clear_references() override { coro.reset(); }

    Value next(Interp& vm) override { return send_result(vm, send(vm, Value::none())); }
    ResumeResult send(Interp& vm, const Value& value) override { return vm.resume(coro.as<GeneratorObject>(), value); }
    ResumeResult throw_in(Interp& vm, const Value& exception) override {
        return vm.resume(coro.as<GeneratorObject>(), Value::none(), exception);
    }


    Value coro;
};

Value coroutine_await(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__await__", args);
    auto* g = self.as<GeneratorObject>();
    if (!g || g->kind != GeneratorObject::Kind::Coroutine)
        vm.raise(vm.exc.type_error, "descriptor '__await__' requires a 'coroutine' object but received '" + vm.type_name(self) + "'");
    return vm.heap.value<CoroutineWrapper>(runtime_class(vm, "coroutine_wrapper"), self);
}

Value wrapper_iter(Interp&, const Value& self, const CallArgs&) { return self; }

Value wrapper_send(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "send", args);
    return send_result(vm, self.as<IteratorObject>()->send(vm, args.positional[0]));
}

}  // namespace

void install_coroutine_wrapper(Interp& vm) {
    vm.add_method(vm.types.coroutine.get(), "__await__", &receiver_first<coroutine_await>);
    ClassObject* w = runtime_class(vm, "coroutine_wrapper");
    vm.add_method(w, "__iter__", &receiver_first<wrapper_iter>);
    vm.add_method(w, "send", &receiver_first<wrapper_send>);
}

}  // namespace loopstep
