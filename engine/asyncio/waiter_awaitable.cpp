// The await protocol of the waiting Queue/Lock awaitables (waiter_awaitable.h).
#include "asyncio/waiter_awaitable.h"

namespace loopstep {

namespace aio {

Value WaiterAwaitable::next(Interp& vm) {
    ResumeResult r = send(vm, Value::none());
    if (r.status == ResumeStatus::Yielded) return r.value;
    vm.raise(vm.exc.runtime_error, "asyncio awaitable driven by next()");
}

ResumeResult WaiterAwaitable::send(Interp& vm, const Value&) {
    if (state_ == State::Done) vm.raise(vm.exc.runtime_error, "cannot reuse already awaited coroutine");
    bool resumed = state_ == State::Waiting;
    state_ = State::Done;  // an exception from here on ends it, as it would end the coroutine
    if (resumed) {
        // The rest of `await fut` (Future.__await__): done by now, and its result taken.
        Value raised;
        try {
            auto* f = waiter_.as<FutureObject>();
            if (!f->done()) vm.raise(vm.exc.runtime_error, "await wasn't used with future");
            future_result(vm, *f);
        } catch (PyError& e) {
            raised = e.exception;
        }
        if (raised.is_set()) return give_up(vm, raised);
    }
    return run(vm, resumed);
}

ResumeResult WaiterAwaitable::throw_in(Interp& vm, const Value& exception) {
    bool waiting = state_ == State::Waiting;
    state_ = State::Done;
    if (waiting) return give_up(vm, exception);
    return {ResumeStatus::Raised, exception};  // not started: raised at once, as into a new coroutine
}

ResumeResult WaiterAwaitable::wait_on(Interp& vm, Value waiter, const Value& waiters) {
    auto* f = plain_future(vm, waiter);
    if (!f) vm.raise(vm.exc.runtime_error, "asyncio waiter is not a future");
    if (auto* d = waiters.as<DequeObject>()) d->items.push_back(waiter);
    else vm.call_method(waiters, vm.literal_name("append"), {waiter});
    // await fut: Future.__await__ marks it blocking and yields it to the task.
    f->blocking = true;
    waiter_ = std::move(waiter);
    state_ = State::Waiting;
    return {ResumeStatus::Yielded, waiter_};
}

}  // namespace aio

}  // namespace loopstep
