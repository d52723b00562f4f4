// `await q.get()` and `await q.put(item)` that must wait, without their coroutines: a state
// machine doing what CPython 3.11's queues.py does,
//     async def get(self):
//         while self.empty():
//             getter = self._get_loop().create_future()
//             self._getters.append(getter)
//             try:
//                 await getter
//             except:
//                 getter.cancel()  # Just in case getter is not done yet.
//                 try:
//                     self._getters.remove(getter)
//                 except ValueError:
//                     pass
//                 if not self.empty() and not getter.cancelled():
//                     self._wakeup_next(self._getters)
//                 raise
//         return self.get_nowait()
// and put(item) alike (full, _putters, put_nowait(item)). Every step goes through `self` as that
// Python does. It is only made for a queue whose class has the prelude's get, put and _get_loop
// (asyncio_queue_methods.cpp, awaited_without_coroutine), so the waiters are plain futures, and
// only when the call is awaited at once, so that nothing else sees the coroutine it replaces.
#include "asyncio_objects.h"
#include "interp.h"
#include "native_support.h"

namespace loopstep {

namespace aio {

namespace {

class QueueWait final : public IteratorObject {
public:
    QueueWait(ClassObject* type, Value queue, Value item, bool put)
        : IteratorObject(type), queue_(std::move(queue)), item_(std::move(item)), put_(put) {}
    void clear_references() override {
        queue_.reset();
        item_.reset();
        waiter_.reset();
    }

    Value next(Interp& vm) override {
        ResumeResult r = send(vm, Value::none());
        if (r.status == ResumeStatus::Yielded) return r.value;
        vm.raise(vm.exc.runtime_error, "queue awaitable driven by next()");
    }

    ResumeResult send(Interp& vm, const Value&) override {
        if (state_ == State::Done) vm.raise(vm.exc.runtime_error, "cannot reuse already awaited coroutine");
        if (state_ == State::Waiting) {
            // The rest of `await getter` (Future.__await__): done by now, and its result taken.
            try {
                auto* f = waiter_.as<FutureObject>();
                if (!f->done()) vm.raise(vm.exc.runtime_error, "await wasn't used with future");
                future_result(vm, *f);
            } catch (PyError& e) {
                return give_up(vm, e.exception);
            }
        }
        return wait_or_finish(vm);
    }

    ResumeResult throw_in(Interp& vm, const Value& exception) override {
        if (state_ == State::Waiting) return give_up(vm, exception);
        state_ = State::Done;  // thrown before it started: raised at once, as into a new coroutine
        return {ResumeStatus::Raised, exception};
    }

    bool awaits_as_itself() const override { return true; }

private:
    enum class State : uint8_t { Created, Waiting, Done };

    const Value& name(Interp& vm, const char* literal) { return vm.literal_name(literal); }
    Value waiters(Interp& vm) { return vm.getattr(queue_, name(vm, put_ ? "_putters" : "_getters")); }
    // while self.full() / while self.empty()
    bool blocked(Interp& vm) { return vm.truthy(vm.call_method(queue_, name(vm, put_ ? "full" : "empty"), {})); }

    ResumeResult wait_or_finish(Interp& vm) {
        state_ = State::Done;  // an exception from here on ends it, as it would end the coroutine
        if (blocked(vm)) {
            Value label = put_ ? vm.str("queue.put") : vm.getattr(queue_, name(vm, "_get_label"));
            waiter_ = make_waiter(vm, queue_, label);
            auto* f = plain_future(vm, waiter_);
            if (!f) vm.raise(vm.exc.runtime_error, "queue waiter is not a future");
            Value list = waiters(vm);
            if (auto* d = list.as<DequeObject>()) d->items.push_back(waiter_);
            else vm.call_method(list, name(vm, "append"), {waiter_});
            // await getter: Future.__await__ marks it blocking and yields it to the task.
            f->blocking = true;
            state_ = State::Waiting;
            return {ResumeStatus::Yielded, waiter_};
        }
        Value result = put_ ? vm.call_method(queue_, name(vm, "put_nowait"), {item_})
                            : vm.call_method(queue_, name(vm, "get_nowait"), {});
        waiter_.reset();
        return {ResumeStatus::Returned, std::move(result)};
    }

    // The `except:` branch, then `raise`.
    ResumeResult give_up(Interp& vm, const Value& exception) {
        state_ = State::Done;
        Value waiter = std::move(waiter_);
        auto* f = plain_future(vm, waiter);
        if (f) cancel_future(vm, *f, Value::none());
        else vm.call_method(waiter, name(vm, "cancel"), {});
        try {
            vm.call_method(waiters(vm), name(vm, "remove"), {waiter});
        } catch (PyError& e) {
            if (!vm.isinstance(e.exception, vm.exc.value_error.get())) throw;
        }
        bool cancelled = f ? f->state == FutureObject::State::Cancelled
                           : vm.truthy(vm.call_method(waiter, name(vm, "cancelled"), {}));
        if (!blocked(vm) && !cancelled) vm.call_method(queue_, name(vm, "_wakeup_next"), {waiters(vm)});
        return {ResumeStatus::Raised, exception};
    }

    Value queue_, item_, waiter_;
    bool put_;
    State state_ = State::Created;
};

}  // namespace

Value queue_wait(Interp& vm, const Value& queue, const Value& item, bool put) {
    return vm.heap.value<QueueWait>(runtime_class(vm, "queue_wait_awaitable"), queue, item, put);
}

}  // namespace aio

}  // namespace loopstep
