// What the built-in awaitables standing for asyncio's Queue.get / Queue.put / Lock.acquire
// coroutines share (asyncio_queue_wait.cpp, asyncio_lock_wait.cpp): a coroutine that awaits one
// plain waiter future at a time, as `waiters.append(fut); await fut` does, and runs its `except:`
// branch when the future's result raises or something is thrown in while it waits.
#pragma once

#include "asyncio/asyncio_objects.h"
#include "vm/interp.h"

namespace loopstep {

namespace aio {

class WaiterAwaitable : public IteratorObject {
public:
    using IteratorObject::IteratorObject;
    void clear_references() override { waiter_.reset(); }

    Value next(Interp& vm) final;
    ResumeResult send(Interp& vm, const Value& value) final;
    ResumeResult throw_in(Interp& vm, const Value& exception) final;
    bool awaits_as_itself() const final { return true; }

protected:
    // The body from its start, or (`resumed`) from just after `await fut` returned.
    virtual ResumeResult run(Interp& vm, bool resumed) = 0;
    // The except/finally branches for `exception`, raised by `await fut` or thrown in there.
    virtual ResumeResult give_up(Interp& vm, const Value& exception) = 0;
    // waiters.append(waiter); await waiter -- the waiter is a plain future.
    ResumeResult wait_on(Interp& vm, Value waiter, const Value& waiters);

    Value waiter_;

private:
    enum class State : uint8_t { Created, Waiting, Done };
    State state_ = State::Created;
};

}  // namespace aio

}  // namespace loopstep
