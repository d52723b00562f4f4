// The body of asyncio.sleep as natives, for speed: `_sleep_wait(delay, result)` is CPython's
//     future = loop.create_future()
//     h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
//     try: return await future
//     finally: h.cancel()
// and `_sleep0()` is its bare `yield` for delays <= 0. Same futures, timers and hops as the
// Python they replace (engine/asyncio/runners.py keeps the `async def sleep` around them).
// `await asyncio.sleep(x)` itself skips the `async def`: the coroutine it would make is awaited
// at once and seen by nothing else, so the call makes the awaitable its body would (awaited_sleep).
#include "asyncio/asyncio_objects.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value set_result_unless_cancelled(Interp& vm, const Value&, const CallArgs& args) {
    auto* f = args.positional[0].as<FutureObject>();
    if (f->state == FutureObject::State::Cancelled) return Value::none();
    aio::set_result(vm, *f, args.positional.size() > 1 ? args.positional[1] : Value::none());
    return Value::none();
}

class SleepAwaitable final : public IteratorObject {
public:
    SleepAwaitable(ClassObject* type, Value delay, Value result)
        : IteratorObject(type), delay(std::move(delay)), result(std::move(result)) {}
    void clear_references() override {
        delay.reset();
        result.reset();
        future.reset();
        timer.reset();
    }

    Value next(Interp& vm) override {
        ResumeResult r = send(vm, Value::none());
        if (r.status == ResumeStatus::Yielded) return r.value;
        vm.raise(vm.exc.runtime_error, "sleep awaitable driven by next()");
    }

    ResumeResult send(Interp& vm, const Value&) override {
        if (state == 0) {
            state = 1;
            Value loop = aio::running_loop(vm);
            if (loop.is_unset()) vm.raise(vm.exc.runtime_error, "no running event loop");
            LoopObject& l = aio::loop_of(vm, loop);
            if (!delay.is_number())
                vm.raise(vm.exc.type_error, "unsupported operand type(s) for +: 'float' and '" + vm.type_name(delay) + "'");
            future = aio::new_future(vm, loop);
            auto* f = future.as<FutureObject>();
            // Labelled before its timer is set, so the tracer sees the timer wake a "sleep".
            double when = vm.clock + delay.to_double();
            if (!vm.sleep_label) vm.sleep_label = &vm.stable_text("sleep");
            f->label = vm.sleep_label;
            f->label_time = when;
            f->has_label_time = true;
            timer = aio::call_at(vm, l, when, callback(vm), {future, result});
            f->label_time = timer.as<HandleObject>()->when;
            f->blocking = true;
            return {ResumeStatus::Yielded, future};
        }
        auto* f = future.as<FutureObject>();
        if (!f->done()) vm.raise(vm.exc.runtime_error, "await wasn't used with future");
        finish(vm);
        return {ResumeStatus::Returned, aio::future_result(vm, *f)};
    }

    ResumeResult throw_in(Interp& vm, const Value& exception) override {
        if (state == 1) finish(vm);
        return {ResumeStatus::Raised, exception};
    }
    bool awaits_as_itself() const override { return true; }

private:
    void finish(Interp& vm) {
        state = 2;
        if (auto* h = timer.as<HandleObject>()) aio::cancel_handle(vm, *h);
    }
    Value callback(Interp& vm) {
        if (vm.asyncio_set_result_unless_cancelled.is_unset())
            vm.asyncio_set_result_unless_cancelled = vm.native("_set_result_unless_cancelled", &set_result_unless_cancelled);
        return vm.asyncio_set_result_unless_cancelled;
    }

    Value delay, result, future, timer;
    int state = 0;
};

// `yield` once (None up to the task, which queues its next step), then return `result`.
class Sleep0 final : public IteratorObject {
public:
    Sleep0(ClassObject* type, Value result) : IteratorObject(type), result(std::move(result)) {}
    void clear_references() override { result.reset(); }
    Value next(Interp&) override { return done ? Value() : (done = true, Value::none()); }
    bool awaits_as_itself() const override { return true; }
    ResumeResult send(Interp&, const Value&) override {
        if (done) return {ResumeStatus::Returned, result};
        done = true;
        return {ResumeStatus::Yielded, Value::none()};
    }
    Value result;
    bool done = false;
};

ClassObject* sleep_awaitable_class(Interp& vm) {
    if (!vm.types.sleep_awaitable) vm.types.sleep_awaitable = runtime_class(vm, "sleep_awaitable");
    return vm.types.sleep_awaitable.get();
}

ClassObject* sleep0_class(Interp& vm) {
    if (!vm.types.sleep0_awaitable) vm.types.sleep0_awaitable = runtime_class(vm, "sleep0_awaitable");
    return vm.types.sleep0_awaitable.get();
}

Value m_sleep_wait(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_sleep_wait", args, 2, 2);
    return vm.heap.value<SleepAwaitable>(sleep_awaitable_class(vm), args.positional[0], args.positional[1]);
}

Value m_sleep0(Interp& vm, const Value&, const CallArgs&) { return vm.heap.value<Sleep0>(sleep0_class(vm), Value::none()); }

Value awaitable_self(Interp&, const Value& self, const CallArgs&) { return self; }

}  // namespace

namespace aio {

Value awaited_sleep(Interp& vm, const CallArgs& args) {
    if (!args.kw_names.empty() || args.positional.empty() || args.positional.size() > 2) return Value();
    const Value& delay = args.positional[0];
    if (!delay.is_number()) return Value();  // `delay <= 0` may call Python code or raise there
    Value result = args.positional.size() > 1 ? args.positional[1] : Value::none();
    if (delay.to_double() <= 0)  // false for NaN, as in Python
        return vm.heap.value<Sleep0>(sleep0_class(vm), std::move(result));
    return vm.heap.value<SleepAwaitable>(sleep_awaitable_class(vm), delay, std::move(result));
}

Value finished_awaitable(Interp& vm, Value result) {
    Value v = vm.heap.value<Sleep0>(sleep0_class(vm), std::move(result));
    static_cast<Sleep0*>(v.obj())->done = true;
    return v;
}

void install_sleep_natives(Interp& vm, DictObject& module) {
    module.set(vm, vm.intern("_sleep_wait"), vm.native("_sleep_wait", &m_sleep_wait));
    module.set(vm, vm.intern("_sleep0"), vm.native("_sleep0", &m_sleep0));
    if (vm.asyncio_set_result_unless_cancelled.is_unset())
        vm.asyncio_set_result_unless_cancelled = vm.native("_set_result_unless_cancelled", &set_result_unless_cancelled);
    for (const char* name : {"sleep_awaitable", "sleep0_awaitable"})
        vm.add_method(runtime_class(vm, name), "__await__", &receiver_first<awaitable_self>);
}

}  // namespace aio

}  // namespace loopstep
