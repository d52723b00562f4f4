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
#include "asyncio/waiter_awaitable.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

namespace {

class QueueWait final : public WaiterAwaitable {
public:
    QueueWait(ClassObject* type, Value queue, Value item, bool put)
        : WaiterAwaitable(type), queue_(std::move(queue)), item_(std::move(item)), put_(put) {}
    void clear_references() override {
        WaiterAwaitable::clear_references();
        queue_.reset();
        item_.reset();
    }

private:
    const Value& name(Interp& vm, const char* literal) { return vm.literal_name(literal); }
    Value waiters(Interp& vm) { return vm.getattr(queue_, name(vm, put_ ? "_putters" : "_getters")); }
    // while self.full() / while self.empty()
    bool blocked(Interp& vm) { return vm.truthy(vm.call_method(queue_, name(vm, put_ ? "full" : "empty"), {})); }

    ResumeResult run(Interp& vm, bool) override {
        if (blocked(vm)) {
            Value label = put_ ? name(vm, "queue.put") : vm.getattr(queue_, name(vm, "_get_label"));
            return wait_on(vm, make_waiter(vm, queue_, label), waiters(vm));
        }
        waiter_.reset();
        Value result = put_ ? vm.call_method(queue_, name(vm, "put_nowait"), {item_})
                            : vm.call_method(queue_, name(vm, "get_nowait"), {});
        return {ResumeStatus::Returned, std::move(result)};
    }

    // The `except:` branch, then `raise`.
    ResumeResult give_up(Interp& vm, const Value& exception) override {
        Value waiter = std::move(waiter_);
        FutureObject& f = *waiter.as<FutureObject>();  // a plain future (wait_on)
        cancel_future(vm, f, Value::none());
        try {
            vm.call_method(waiters(vm), name(vm, "remove"), {waiter});
        } catch (PyError& e) {
            if (!vm.isinstance(e.exception, vm.exc.value_error.get())) throw;
        }
        if (!blocked(vm) && f.state != FutureObject::State::Cancelled) vm.call_method(queue_, name(vm, "_wakeup_next"), {waiters(vm)});
        return {ResumeStatus::Raised, exception};
    }

    Value queue_, item_;
    bool put_;
};

}  // namespace

Value queue_wait(Interp& vm, const Value& queue, const Value& item, bool put) {
    return vm.heap.value<QueueWait>(runtime_class(vm, "queue_wait_awaitable"), queue, item, put);
}

}  // namespace aio

}  // namespace loopstep
