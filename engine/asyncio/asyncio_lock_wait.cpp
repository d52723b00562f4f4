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
#include "asyncio/waiter_awaitable.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

namespace {

class LockWait final : public WaiterAwaitable {
public:
    LockWait(ClassObject* type, Value lock) : WaiterAwaitable(type), lock_(std::move(lock)) {}
    void clear_references() override {
        WaiterAwaitable::clear_references();
        lock_.reset();
    }

private:
    const Value& name(Interp& vm, const char* literal) { return vm.literal_name(literal); }
    bool locked(Interp& vm) { return vm.truthy(vm.getattr(lock_, name(vm, "_locked"))); }

    ResumeResult run(Interp& vm, bool resumed) override {
        if (resumed) {
            remove_waiter(vm);
            vm.setattr(lock_, name(vm, "_locked"), Value::boolean(true));
            return {ResumeStatus::Returned, Value::boolean(true)};
        }
        Value waiters = vm.getattr(lock_, name(vm, "_waiters"));
        if (!locked(vm) && (waiters.is_none() || all_waiters_cancelled(vm, waiters))) {
            vm.setattr(lock_, name(vm, "_locked"), Value::boolean(true));
            return {ResumeStatus::Returned, Value::boolean(true)};
        }
        if (waiters.is_none()) {
            waiters = vm.call(vm.getattr(vm.modules.at("asyncio"), name(vm, "_deque")), {});
            vm.setattr(lock_, name(vm, "_waiters"), waiters);
        }
        return wait_on(vm, make_waiter(vm, lock_, name(vm, "lock")), waiters);
    }

    // finally: self._waiters.remove(fut)
    void remove_waiter(Interp& vm) {
        Value waiter = std::move(waiter_);
        Value waiters = vm.getattr(lock_, name(vm, "_waiters"));
        if (auto* d = waiters.as<DequeObject>()) {
            // deque.remove compares with ==, which is identity for the plain futures ahead of it.
            for (auto it = d->items.begin(); it != d->items.end() && plain_future(vm, *it); ++it)
                if (it->same(waiter)) {
                    d->items.erase(it);
                    return;
                }
        }
        vm.call_method(waiters, name(vm, "remove"), {waiter});
    }

    // The finally, then `except CancelledError:` and `raise`.
    ResumeResult give_up(Interp& vm, const Value& exception) override {
        remove_waiter(vm);
        if (vm.isinstance(exception, vm.exc.cancelled_error.get()) && !locked(vm))
            vm.call_method(lock_, name(vm, "_wake_up_first"), {});
        return {ResumeStatus::Raised, exception};
    }

    Value lock_;
};

}  // namespace

Value lock_wait(Interp& vm, const Value& lock) {
    return vm.heap.value<LockWait>(runtime_class(vm, "lock_wait_awaitable"), lock);
}

}  // namespace aio

}  // namespace loopstep
