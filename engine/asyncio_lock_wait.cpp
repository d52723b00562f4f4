// `await lock.acquire()` (and `async with lock:`) without the coroutine: a state machine doing
// what CPython 3.11's locks.py does,
//     async def acquire(self):
//         if (not self._locked and (self._waiters is None or
//                 all(w.cancelled() for w in self._waiters))):
//             self._locked = True
//             return True
//         if self._waiters is None:
//             self._waiters = collections.deque()
//         fut = self._get_loop().create_future()
//         self._waiters.append(fut)
//         try:
//             try:
//                 await fut
//             finally:
//                 self._waiters.remove(fut)
//         except exceptions.CancelledError:
//             if not self._locked:
//                 self._wake_up_first()
//             raise
//         self._locked = True
//         return True
// Every step goes through `self` as that Python does. It is only made for a lock whose class has
// the prelude's acquire and _get_loop (asyncio_queue_methods.cpp, awaited_without_coroutine), so
// the waiter is a plain future, and only when the call is awaited at once.
#include "asyncio_objects.h"
#include "interp.h"
#include "native_support.h"

namespace loopstep {

namespace aio {

namespace {

class LockWait final : public IteratorObject {
public:
    LockWait(ClassObject* type, Value lock) : IteratorObject(type), lock_(std::move(lock)) {}
    void clear_references() override {
        lock_.reset();
        waiter_.reset();
    }

    Value next(Interp& vm) override {
        ResumeResult r = send(vm, Value::none());
        if (r.status == ResumeStatus::Yielded) return r.value;
        vm.raise(vm.exc.runtime_error, "lock awaitable driven by next()");
    }

    ResumeResult send(Interp& vm, const Value&) override {
        if (state_ == State::Done) vm.raise(vm.exc.runtime_error, "cannot reuse already awaited coroutine");
        if (state_ == State::Created) return start(vm);
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
        state_ = State::Done;
        remove_waiter(vm);
        vm.setattr(lock_, name(vm, "_locked"), Value::boolean(true));
        return {ResumeStatus::Returned, Value::boolean(true)};
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
    bool locked(Interp& vm) { return vm.truthy(vm.getattr(lock_, name(vm, "_locked"))); }

    static bool cancelled(Interp& vm, const Value& w) {
        if (auto* f = plain_future(vm, w)) return f->state == FutureObject::State::Cancelled;
        return vm.truthy(vm.call_method(w, vm.literal_name("cancelled"), {}));
    }

    ResumeResult start(Interp& vm) {
        state_ = State::Done;  // an exception from here on ends it, as it would end the coroutine
        Value waiters = vm.getattr(lock_, name(vm, "_waiters"));
        if (!locked(vm)) {
            bool all_cancelled = true;
            if (!waiters.is_none()) {
                Value it = vm.iter(waiters);
                while (all_cancelled) {
                    Value w = vm.next(it);
                    if (w.is_unset()) break;
                    all_cancelled = cancelled(vm, w);
                }
            }
            if (all_cancelled) {
                vm.setattr(lock_, name(vm, "_locked"), Value::boolean(true));
                return {ResumeStatus::Returned, Value::boolean(true)};
            }
        }
        if (waiters.is_none()) {
            waiters = vm.call(vm.getattr(vm.modules["asyncio"], name(vm, "_deque")), {});
            vm.setattr(lock_, name(vm, "_waiters"), waiters);
        }
        waiter_ = make_waiter(vm, lock_, name(vm, "lock"));
        auto* f = plain_future(vm, waiter_);
        if (!f) vm.raise(vm.exc.runtime_error, "lock waiter is not a future");
        if (auto* d = waiters.as<DequeObject>()) d->items.push_back(waiter_);
        else vm.call_method(waiters, name(vm, "append"), {waiter_});
        // await fut: Future.__await__ marks it blocking and yields it to the task.
        f->blocking = true;
        state_ = State::Waiting;
        return {ResumeStatus::Yielded, waiter_};
    }

    // finally: self._waiters.remove(fut)
    void remove_waiter(Interp& vm) {
        Value waiters = vm.getattr(lock_, name(vm, "_waiters"));
        if (auto* d = waiters.as<DequeObject>()) {
            // deque.remove compares with ==, which is identity for the plain futures ahead of it.
            for (auto it = d->items.begin(); it != d->items.end() && plain_future(vm, *it); ++it)
                if (it->same(waiter_)) {
                    d->items.erase(it);
                    waiter_.reset();
                    return;
                }
        }
        vm.call_method(waiters, name(vm, "remove"), {waiter_});
        waiter_.reset();
    }

    // The finally, then `except CancelledError:` and `raise`.
    ResumeResult give_up(Interp& vm, const Value& exception) {
        state_ = State::Done;
        remove_waiter(vm);
        if (vm.isinstance(exception, vm.exc.cancelled_error.get()) && !locked(vm))
            vm.call_method(lock_, name(vm, "_wake_up_first"), {});
        return {ResumeStatus::Raised, exception};
    }

    Value lock_, waiter_;
    State state_ = State::Created;
};

}  // namespace

Value lock_wait(Interp& vm, const Value& lock) {
    return vm.heap.value<LockWait>(runtime_class(vm, "lock_wait_awaitable"), lock);
}

}  // namespace aio

}  // namespace loopstep
