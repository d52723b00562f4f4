// Async generators: __anext__/asend/athrow/aclose return awaitables that drive the generator's
// frame. A value the generator yields (wrapped by ASYNC_GEN_WRAP) ends the await with that value;
// anything else the frame yields comes from an inner await and is passed up to the task.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

class AsyncGenOp final : public IteratorObject {
public:
    enum class Mode : uint8_t { Send, Throw, Close };
    AsyncGenOp(ClassObject* type, Value gen, Mode mode, Value first)
        : IteratorObject(type), gen(std::move(gen)), mode(mode), first(std::move(first)) {}
    void clear_references() override {
        gen.reset();
        first.reset();
    }

    Value next(Interp& vm) override { return send_result(vm, send(vm, Value::none())); }

    ResumeResult send(Interp& vm, const Value& value) override {
        auto* g = gen.as<GeneratorObject>();
        if (state == 2) vm.raise(vm.exc.runtime_error, mode == Mode::Close ? "cannot reuse already awaited aclose()/athrow()"
                                                                          : "cannot reuse already awaited __anext__()/asend()");
        if (state == 0) {
            state = 1;
            if (g->state == GeneratorObject::State::Closed) {
                state = 2;
                if (mode == Mode::Close) return {ResumeStatus::Returned, Value::none()};
                vm.raise_value(vm.new_exception(vm.exc.stop_async_iteration.get(), {}));
            }
            if (g->running_async_gen_op)
                vm.raise(vm.exc.runtime_error, mode == Mode::Send ? "anext(): asynchronous generator is already running"
                                                                  : "athrow(): asynchronous generator is already running");
            if (mode == Mode::Send) return translate(vm, vm.resume(g, first.is_set() ? first : Value::none()));
            if (g->state == GeneratorObject::State::Created && mode == Mode::Close) {
                g->state = GeneratorObject::State::Closed;
                state = 2;
                return {ResumeStatus::Returned, Value::none()};
            }
            return translate(vm, vm.resume(g, Value::none(), first));
        }
        return translate(vm, vm.resume(g, value));
    }

    ResumeResult throw_in(Interp& vm, const Value& exception) override {
        if (state != 1) return IteratorObject::throw_in(vm, exception);
        return translate(vm, vm.resume(gen.as<GeneratorObject>(), Value::none(), exception));
    }

private:

    ResumeResult translate(Interp& vm, ResumeResult r) {
        auto* g = gen.as<GeneratorObject>();
        if (r.status == ResumeStatus::Yielded) {
            auto* wrapped = r.value.as<AsyncGenWrappedValue>();
            if (!wrapped) {
                g->running_async_gen_op = true;
                return r;  // an inner await: up to the task
            }
            g->running_async_gen_op = false;
            state = 2;
            if (mode == Mode::Close) vm.raise(vm.exc.runtime_error, "async generator ignored GeneratorExit");
            return {ResumeStatus::Returned, wrapped->value};
        }
        g->running_async_gen_op = false;
        state = 2;
        if (r.status == ResumeStatus::Returned) {
            if (mode == Mode::Close) return {ResumeStatus::Returned, Value::none()};
            return {ResumeStatus::Raised, vm.new_exception(vm.exc.stop_async_iteration.get(), {})};
        }
        if (mode == Mode::Close && (vm.isinstance(r.value, vm.exc.generator_exit.get()) ||
                                    vm.isinstance(r.value, vm.exc.stop_async_iteration.get())))
            return {ResumeStatus::Returned, Value::none()};
        return r;
    }

    Value gen;
    Mode mode;
    Value first;    // the value to send, or the exception to throw
    int state = 0;  // 0 not started, 1 running, 2 finished
};

GeneratorObject& agen_receiver(Interp& vm, const Value& self) {
    auto* g = self.as<GeneratorObject>();
    if (!g || g->kind != GeneratorObject::Kind::AsyncGenerator)
        vm.raise(vm.exc.type_error, "descriptor requires an 'async_generator' object but received '" + vm.type_name(self) + "'");
    return *g;
}

Value make_op(Interp& vm, const Value& self, AsyncGenOp::Mode mode, Value first) {
    agen_receiver(vm, self);
    ClassObject* cls = mode == AsyncGenOp::Mode::Send ? vm.types.async_gen_asend.get() : vm.types.async_gen_athrow.get();
    return vm.heap.value<AsyncGenOp>(cls, self, mode, std::move(first));
}

Value agen_aiter(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__aiter__", args);
    agen_receiver(vm, self);
    return self;
}

Value agen_anext(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__anext__", args);
    return make_op(vm, self, AsyncGenOp::Mode::Send, Value::none());
}

Value agen_asend(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "asend", args);
    return make_op(vm, self, AsyncGenOp::Mode::Send, args.positional[0]);
}

Value agen_athrow(Interp& vm, const Value& self, const CallArgs& args) {
    expect_count(vm, "athrow", args, 1, 3);
    Value e = args.positional[0];
    if (auto* cls = e.as<ClassObject>(); cls && cls->is_subclass_of(vm.exc.base_exception.get())) {
        std::vector<Value> ctor_args;
        if (args.positional.size() > 1 && !args.positional[1].is_none()) ctor_args.push_back(args.positional[1]);
        e = vm.call(e, CallArgs{std::span<const Value>(ctor_args)});
    }
    if (!e.is(ObjKind::Exception)) vm.raise(vm.exc.type_error, "exceptions must be classes or instances deriving from BaseException, not " + vm.type_name(e));
    return make_op(vm, self, AsyncGenOp::Mode::Throw, e);
}

Value agen_aclose(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "aclose", args);
    return make_op(vm, self, AsyncGenOp::Mode::Close, vm.new_exception(vm.exc.generator_exit.get(), {}));
}

Value op_iter(Interp&, const Value& self, const CallArgs&) { return self; }

Value op_send(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "send", args);
    return send_result(vm, self.as<IteratorObject>()->send(vm, args.positional[0]));
}

// anext(iterator, default): awaits iterator.__anext__() and turns StopAsyncIteration into `fallback`.
class AnextWithDefault final : public IteratorObject {
public:
    AnextWithDefault(ClassObject* type, Value inner, Value fallback)
        : IteratorObject(type), inner(std::move(inner)), fallback(std::move(fallback)) {}
    void clear_references() override {
        inner.reset();
        fallback.reset();
    }
    Value next(Interp& vm) override { return send_result(vm, send(vm, Value::none())); }
    ResumeResult send(Interp& vm, const Value& value) override { return finish(vm, forward(vm, value, Value())); }
    ResumeResult throw_in(Interp& vm, const Value& exception) override { return finish(vm, forward(vm, Value::none(), exception)); }

private:
    ResumeResult forward(Interp& vm, const Value& value, const Value& exception) {
        try {
            if (auto* g = inner.as<GeneratorObject>()) return vm.resume(g, value, exception);
            if (auto* it = inner.as<IteratorObject>()) return exception.is_set() ? it->throw_in(vm, exception) : it->send(vm, value);
            if (exception.is_set()) return {ResumeStatus::Raised, exception};
            return {ResumeStatus::Yielded, vm.call_method(inner, "send", {value})};
        } catch (PyError& e) {
            if (vm.isinstance(e.exception, vm.exc.stop_iteration.get()))
                return {ResumeStatus::Returned, vm.getattr(e.exception, "value")};
            return {ResumeStatus::Raised, e.exception};
        }
    }
    ResumeResult finish(Interp& vm, ResumeResult r) {
        if (r.status == ResumeStatus::Raised && vm.isinstance(r.value, vm.exc.stop_async_iteration.get()))
            return {ResumeStatus::Returned, fallback};
        if (r.status == ResumeStatus::Raised) vm.raise_value(r.value);
        return r;
    }
    Value inner;
    Value fallback;
};

Value builtin_aiter(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "aiter", args);
    Value m = vm.lookup_attr(args.positional[0], vm.intern("__aiter__"));
    if (m.is_unset()) vm.raise(vm.exc.type_error, "'" + vm.type_name(args.positional[0]) + "' object is not an async iterable");
    return vm.call(m, {});
}

Value builtin_anext(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "anext", args, 1, 2);
    reject_kwargs(vm, "anext", args);
    Value m = vm.lookup_attr(args.positional[0], vm.intern("__anext__"));
    if (m.is_unset()) vm.raise(vm.exc.type_error, "'" + vm.type_name(args.positional[0]) + "' object is not an async iterator");
    Value awaitable = vm.call(m, {});
    if (args.positional.size() == 1) return awaitable;
    Value inner = awaitable;
    if (!inner.is(ObjKind::Generator)) inner = vm.call_method(awaitable, "__await__", {});
    return vm.heap.value<AnextWithDefault>(runtime_class(vm, "anext_awaitable"), inner, args.positional[1]);
}

}  // namespace

ResumeResult IteratorObject::throw_in(Interp&, const Value& exception) { return {ResumeStatus::Raised, exception}; }

void install_async_generator_methods(Interp& vm) {
    ClassObject* a = vm.types.async_generator.get();
    vm.add_method(a, "__aiter__", &receiver_first<agen_aiter>);
    vm.add_method(a, "__anext__", &receiver_first<agen_anext>);
    vm.add_method(a, "asend", &receiver_first<agen_asend>);
    vm.add_method(a, "athrow", &receiver_first<agen_athrow>);
    vm.add_method(a, "aclose", &receiver_first<agen_aclose>);
    vm.types.async_gen_asend = vm.make_class("async_generator_asend", {});
    vm.types.async_gen_athrow = vm.make_class("async_generator_athrow", {});
    set_builtin(vm, "aiter", &builtin_aiter);
    set_builtin(vm, "anext", &builtin_anext);
    ClassObject* anext_awaitable = runtime_class(vm, "anext_awaitable");
    for (ClassObject* c : {vm.types.async_gen_asend.get(), vm.types.async_gen_athrow.get(), anext_awaitable}) {
        vm.add_method(c, "__await__", &receiver_first<op_iter>);
        vm.add_method(c, "__iter__", &receiver_first<op_iter>);
        vm.add_method(c, "send", &receiver_first<op_send>);
    }
}

}  // namespace loopstep
