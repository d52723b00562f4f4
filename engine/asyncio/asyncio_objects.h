// The native core of asyncio: futures, tasks, handles and the event loop object. Their behaviour
// is CPython 3.11's (futures.py, tasks.py, events.py, base_events.py); the higher-level parts
// (gather, queues, locks, TaskGroup, ...) are Python in engine/asyncio/ and run on top of these.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "asyncio/callback_list.h"
#include "asyncio/handle_args.h"
#include "asyncio/timer_heap.h"
#include "vm/objects.h"

namespace loopstep {

class Interp;
class LoopObject;

class FutureObject : public InstanceObject {
public:
    LOOPSTEP_KINDS(FutureObject, ObjKind::Future, ObjKind::Task)
    enum class State : uint8_t { Pending, Cancelled, Finished };
    FutureObject(ClassObject* type, Value dict, ObjKind kind = ObjKind::Future) : InstanceObject(type, std::move(dict), kind) {}
    void clear_references() override;

    bool done() const { return state != State::Pending; }

    // What it stands for when a task waits on it ("sleep", "queue.get", ...; empty: nothing).
    const std::string& label_text() const {
        static const std::string none;
        return label ? *label : none;
    }

    // (Ordered so that the small fields share one word: tasks and futures are made by the hundred
    // thousand.)
    Value loop;                  // LoopObject
    Value result;
    Value exception;             // set when finished with an exception
    CallbackList callbacks;
    // A cancel()'s message (unset = None) and the CancelledError a task's coroutine raised:
    // rare, so kept apart (null: neither was set).
    struct Cancellation {
        Value message;
        Value raised;
    };
    std::unique_ptr<Cancellation> cancellation;
    Value cancel_message() const { return cancellation ? cancellation->message : Value{}; }
    // Keeps a cancel()'s message (a None one needs no room unless it replaces another).
    void set_cancel_message(const Value& message) {
        if (cancellation || (message.is_set() && !message.is_none())) cancellation_state().message = message;
    }
    Cancellation& cancellation_state() {
        if (!cancellation) cancellation = std::make_unique<Cancellation>();
        return *cancellation;
    }
    // For the tracer: the label (one copy per text, in Interp::stable_text; null: none) and e.g.
    // a sleep's deadline.
    const std::string* label = nullptr;
    double label_time = 0.0;
    // For the tracer: the newest timer that completes this future, and the event that set it.
    uint32_t trace_timer = UINT32_MAX;
    uint32_t trace_timer_event = 0;
    State state = State::Pending;
    bool blocking = false;       // _asyncio_future_blocking
    bool has_label_time = false;
};

class TaskObject final : public FutureObject {
public:
    LOOPSTEP_KINDS(TaskObject, ObjKind::Task)
    TaskObject(ClassObject* type, Value dict) : FutureObject(type, std::move(dict), ObjKind::Task) {}
    void clear_references() override;

    bool must_cancel = false;
    bool hidden = false;  // asyncio.run's own shutdown tasks: not listed as steps
    int num_cancels_requested = 0;
    Value coro;           // GeneratorObject (coroutine)
    std::string name;
    Value fut_waiter;     // the future this task waits on
    uint64_t serial = 0;  // creation order
    Value context;        // contextvars: the Context its steps run in (unset: an empty one not made yet)
    // Its Task.__step callable, which is its Task.__wakeup too (see step_callback): made once and
    // kept while it runs (it refers back to the task, so it is dropped when the task finishes).
};

// A callback queued by call_soon (Handle) or call_at/call_later (TimerHandle).
class HandleObject final : public Object {
public:
    LOOPSTEP_KINDS(HandleObject, ObjKind::Handle)
    HandleObject(ClassObject* type) : Object(type, ObjKind::Handle) {}
    void clear_references() override {
        callback.reset();
        args.clear();
        loop.reset();
        when_value.reset();
        context.reset();
    }
    // (Ordered by use: what the loop reads to fire a timer shares the object header's cache line,
    // then the callback and its arguments; the rest is read rarely.)
    uint32_t trace_timer = UINT32_MAX;  // the tracer's id for this timer while it is pending
    bool cancelled = false;
    bool timer = false;
    bool scheduled = false;  // still in the loop's timer heap
    double when = 0.0;
    Value callback;
    HandleArgs args;
    Value loop;
    uint64_t sequence = 0;   // ties between equal deadlines: scheduling order
    std::unique_ptr<Value> when_value;  // `when` as given to call_at (an int stays an int in when())
    Value context;  // contextvars: the Context the callback runs in (unset: an empty one)
};

class LoopObject final : public InstanceObject {
public:
    LOOPSTEP_KINDS(LoopObject, ObjKind::Loop)
    LoopObject(ClassObject* type, Value dict) : InstanceObject(type, std::move(dict), ObjKind::Loop) {}
    void clear_references() override;

    std::deque<Value> ready;         // HandleObjects
    TimerHeap scheduled;             // HandleObjects by (when, sequence), earliest on top
    size_t cancelled_timers = 0;
    uint64_t timer_sequence = 0;
    bool running = false;
    bool stopping = false;
    bool closed = false;
    Value current_task;              // TaskObject or unset
    std::vector<Value> tasks;        // every task of this loop not yet seen done (all_tasks)
    size_t prune_at = 64;            // when to next forget the done ones
};

// The iterator `await future` drives: yields the future once, then returns its result.
class FutureIterObject final : public IteratorObject {
public:
    FutureIterObject(ClassObject* type, Value future) : IteratorObject(type), future(std::move(future)) {}
    void clear_references() override { future.reset(); }
    Value next(Interp& vm) override;
    ResumeResult send(Interp& vm, const Value& value) override;
    Value future;
    int state = 0;  // 0 not started, 1 yielded the future, 2 finished
};

// asyncio_deque.cpp: the `_deque` class of the prelude (CPython's collections.deque).
Value make_deque_class(Interp& vm);

// ---- operations shared by the natives, the loop and the tracer (asyncio_future.cpp, asyncio_task.cpp, event_loop.cpp)
namespace aio {

// The awaitable `await asyncio.sleep(*args)` ends up awaiting (its body's _sleep_wait or _sleep0),
// or unset when the arguments need the Python body (keywords, a non-number delay).
Value awaited_sleep(Interp& vm, const CallArgs& args);
// An awaitable that returns `result` when first sent to, without suspending (a coroutine that
// runs to its end at once, as `async def __aexit__(...): self.release()` does).
Value finished_awaitable(Interp& vm, Value result);
// `await q.get()`, `await q.put(item)`, `await lock.acquire()` where `fn` is the prelude's
// coroutine function, awaited at once: for a plain queue or lock, the awaitable standing for its
// coroutine -- finished, holding the result, when it would not wait, else a state machine doing
// what the coroutine does (queue_wait, lock_wait). Unset: the coroutine must run
// (asyncio_queue_methods.cpp).
Value awaited_without_coroutine(Interp& vm, const Value& fn, const CallArgs& args);
// The awaitable of `await queue.get()` (put: `await queue.put(item)`) that waits (asyncio_queue_wait.cpp).
Value queue_wait(Interp& vm, const Value& queue, const Value& item, bool put);
// The awaitable of `await lock.acquire()` that may wait (asyncio_lock_wait.cpp).
Value lock_wait(Interp& vm, const Value& lock);

LoopObject& loop_of(Interp& vm, const Value& loop);
Value new_future(Interp& vm, const Value& loop);
// `context`: the task's contextvars Context, unset for a copy of the current one.
Value new_task(Interp& vm, const Value& loop, const Value& coro, const Value& name, const Value& context = Value());
bool is_future(Interp& vm, const Value& v);
std::string future_repr(Interp& vm, FutureObject& f);

void set_result(Interp& vm, FutureObject& f, const Value& result);
void set_exception(Interp& vm, FutureObject& f, const Value& exception);
bool cancel_future(Interp& vm, FutureObject& f, const Value& message);
// cancel() through Python dispatch when the future's class overrides it.
bool cancel_any(Interp& vm, const Value& future, const Value& message);
void add_done_callback(Interp& vm, FutureObject& f, const Value& callback);
// A done callback added with a contextvars Context (add_done_callback(fn, context=)): a native
// standing for `fn` run in `context` (asyncio_future.cpp); the loop's handle of it runs `fn` there.
bool is_context_callback(const Value& callback);
Value future_result(Interp& vm, FutureObject& f);  // raises like Future.result()
Value make_cancelled_error(Interp& vm, FutureObject& f);

bool cancel_task(Interp& vm, TaskObject& t, const Value& message);
void task_step(Interp& vm, TaskObject& t, Value exception);
// A task in a handle's or a future's callbacks stands for its Task.__step / Task.__wakeup (the
// loop runs it with run_task_callback); no other object's callbacks are ever a task (a task
// given as a callback by a program is wrapped: calling it raises, as in CPython).
TaskObject* task_of_callback(const Value& callback);  // that task, else null
void run_task_callback(Interp& vm, TaskObject& task, const CallArgs& args);
// With thousands of tasks, a task's coroutine and frame have left the cache by the time it
// steps again, and each is a dependent miss. So they are asked for early, in two stages: the
// coroutine when the task is woken (the task itself is in the cache then), its frame (and the
// first slots) when the step starts, a few hundred instructions before the frame is read.
enum class PrefetchStage { Coroutine, Frame };
void prefetch_step(const TaskObject& task, PrefetchStage stage);
// "Task.__step()": how handle reprs, tracebacks and the trace name a task's callback.
inline constexpr const char* kTaskCallbackLabel = "Task.__step()";

Value call_soon(Interp& vm, LoopObject& loop, Value callback, HandleArgs args);
Value call_at(Interp& vm, LoopObject& loop, double when, Value callback, HandleArgs args);
void cancel_handle(Interp& vm, HandleObject& h);
// Runs the loop until `future` is done; coroutines are wrapped in a task first.
Value run_until_complete(Interp& vm, const Value& loop, const Value& future);
Value ensure_future(Interp& vm, const Value& loop, const Value& awaitable);

Value running_loop(Interp& vm);  // unset when none
Value get_event_loop(Interp& vm);
Value new_event_loop(Interp& vm);

void install_future_type(Interp& vm);
void install_task_type(Interp& vm);
void install_loop_type(Interp& vm);
void install_sleep_natives(Interp& vm, DictObject& module);
void install_gather_natives(Interp& vm, DictObject& module);  // asyncio_gather.cpp
// For natives that run the common case of an asyncio function and leave the rest to its Python
// version (module_asyncio.cpp): `loop`'s create_task when it is asyncio's own (a plain event
// loop whose class still has the native method), else null; and a call of the prelude's `name`.
NativeFunctionObject* native_create_task(Interp& vm, const Value& loop);
Value call_python_version(Interp& vm, const char* name, const CallArgs& args);
void install_waiter_natives(Interp& vm, DictObject& module);  // asyncio_waiters.cpp
// asyncio_waiters.cpp: a future of the Future class itself (not a subclass), else null; the
// loop of Queue._wakeup_next (pop waiters until one not done, and set its result to None); the
// native _wakeup_next.
FutureObject* plain_future(Interp& vm, const Value& v);
// w.cancelled(), and all(w.cancelled() for w in waiters) (asyncio_waiters.cpp).
bool waiter_cancelled(Interp& vm, const Value& w);
bool all_waiters_cancelled(Interp& vm, const Value& waiters);
// owner._get_loop().create_future(), labelled `kind` (the prelude's _new_waiter).
Value make_waiter(Interp& vm, const Value& owner, const Value& kind);
void wake_next_waiter(Interp& vm, DequeObject& waiters);
Value wakeup_next(Interp& vm, const Value& self, const CallArgs& args);
void install_queue_natives(Interp& vm, DictObject& module);   // asyncio_queue_methods.cpp

}  // namespace aio

}  // namespace loopstep
