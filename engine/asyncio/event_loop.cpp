// The event loop on the virtual clock: CPython 3.11's BaseEventLoop._run_once with a FIFO ready
// queue and a timer heap ordered by (deadline, scheduling order). When nothing is ready the clock
// jumps to the earliest deadline; when nothing is ready and no timer is pending, it is a deadlock.
#include <algorithm>

#include "asyncio/asyncio_objects.h"
#include "modules/contextvars_objects.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

void LoopObject::clear_references() {
    InstanceObject::clear_references();
    ready.clear();
    scheduled.clear();
    current_task.reset();
    tasks.clear();
}

namespace aio {

namespace {

constexpr double kClockResolution = 1e-9;

HandleObject& handle(const Value& v) { return *static_cast<HandleObject*>(v.obj()); }

std::string handle_label(Interp& vm, const HandleObject& h) {
    if (task_of_callback(h.callback)) return kTaskCallbackLabel;
    if (auto* n = h.callback.as<NativeFunctionObject>()) return n->name + "()";
    if (auto* f = h.callback.as<FunctionObject>()) return f->qualname + "()";
    return vm.repr(h.callback);
}

void run_handle(Interp& vm, HandleObject& h) {
    try {
        const CallArgs args{std::span<const Value>(h.args.data(), h.args.size()), {}, {}};
        if (TaskObject* t = task_of_callback(h.callback)) {
            run_task_callback(vm, *t, args);  // (in the task's context)
        } else {
            ctxvars::ContextScope context_scope(vm, h.context);
            vm.call(h.callback, args);
        }
    } catch (PyError& e) {
        if (vm.isinstance(e.exception, vm.exc.system_exit.get()) || vm.isinstance(e.exception, vm.exc.keyboard_interrupt.get()))
            throw;
        // CPython's default exception handler logs it and the loop goes on.
        if (vm.sinks.err) vm.sinks.err("Exception in callback " + handle_label(vm, h) + "\n" + vm.format_traceback(e.exception));
    }
}

[[noreturn]] void deadlock(Interp& vm, LoopObject& loop) {
    std::vector<std::string> names;
    std::string report;
    for (auto& v : loop.tasks) {
        auto* t = v.as<TaskObject>();
        if (t->done()) continue;
        names.push_back(t->name);
        std::string waits = "nothing (it was never woken)";
        if (auto* w = t->fut_waiter.as<FutureObject>()) {
            if (auto* wt = dynamic_cast<TaskObject*>(w)) waits = wt->name;
            else if (w->label) waits = *w->label;
            else waits = "a future that is never completed";
        }
        std::string where;
        if (auto* g = t->coro.as<GeneratorObject>()) {
            Frame* f = g->frame.get();
            while (f) {
                // The innermost frame of the main file along the await chain.
                if (f->code && f->code->code->filename.rfind("<asyncio>", 0) != 0) where = " at line " + std::to_string(f->current_line());
                Frame* next = nullptr;
                if (!f->stack.empty())
                    if (auto* inner = f->stack.back().as<GeneratorObject>(); inner && inner->state == GeneratorObject::State::Suspended)
                        next = inner->frame.get();
                f = next;
            }
        }
        std::string coroutine;
        if (auto* g = t->coro.as<GeneratorObject>()) coroutine = " (" + g->qualname() + "())";
        report += "  " + t->name + coroutine + " waits on " + waits + where + "\n";
    }
    std::sort(names.begin(), names.end());
    std::string list;
    for (auto& n : names) list += (list.empty() ? "" : ", ") + n;
    if (list.empty()) list = "none";
    throw Deadlock{report, "deadlock at t=" + vm.repr(Value::floating(vm.clock)) +
                               ": nothing is ready and no timer is pending (waiting tasks: " + list + ")"};
}

// Forgets done tasks whenever the list has doubled since the last time: amortised O(1) per task.
void prune_done_tasks(LoopObject& loop) {
    if (loop.tasks.size() < loop.prune_at) return;
    std::erase_if(loop.tasks, [](const Value& v) { return v.as<TaskObject>()->done(); });
    loop.prune_at = std::max<size_t>(64, loop.tasks.size() * 2);
}

void run_once(Interp& vm, LoopObject& loop) {
    // Drop cancelled timers: all of them when they are most of a big heap, else those on top.
    if (loop.scheduled.size() > 100 && loop.cancelled_timers * 2 > loop.scheduled.size()) {
        loop.scheduled.remove_if([](Object* o) {
            auto* h = static_cast<HandleObject*>(o);
            if (h->cancelled) h->scheduled = false;
            return h->cancelled;
        });
        loop.cancelled_timers = 0;
    } else {
        while (!loop.scheduled.empty() && static_cast<HandleObject*>(loop.scheduled.top().handle)->cancelled) {
            if (loop.cancelled_timers) --loop.cancelled_timers;
            static_cast<HandleObject*>(loop.scheduled.top().handle)->scheduled = false;
            loop.scheduled.pop();
        }
    }
    if (loop.ready.empty() && !loop.stopping) {
        if (loop.scheduled.empty()) deadlock(vm, loop);
        double when = loop.scheduled.top().when;
        if (when > vm.options.max_virtual_time)
            throw BudgetExceeded{"budget exceeded: the next timer is at t=" + vm.repr(Value::floating(when)) +
                                 ", past the virtual-time limit of " + vm.repr(Value::floating(vm.options.max_virtual_time)) +
                                 " s (--max-time)"};
        if (when > vm.clock) vm.clock = when;  // the virtual clock jumps to the earliest timer
        // Past about 1.7e7 s, adding the clock's resolution no longer changes a double: the
        // earliest timer would never count as due and the loop (CPython's too) would spin forever.
        if (vm.clock + kClockResolution <= when)
            throw BudgetExceeded{"budget exceeded: the virtual clock cannot advance past t=" +
                                 vm.repr(Value::floating(vm.clock)) +
                                 ": at that size its 1e-09 s resolution is lost (--max-time)"};
    }
    double end_time = vm.clock + kClockResolution;
    while (!loop.scheduled.empty()) {
        if (loop.scheduled.top().when >= end_time) break;
        Value v = loop.scheduled.pop();
        HandleObject& h = handle(v);
        h.scheduled = false;
        if (vm.tracer && !h.cancelled) vm.tracer->timer_fired(h);
        loop.ready.push_back(std::move(v));
    }
    size_t ntodo = loop.ready.size();
    for (size_t i = 0; i < ntodo; ++i) {
        Value v = std::move(loop.ready.front());
        loop.ready.pop_front();
        HandleObject& h = handle(v);
        if (h.cancelled) continue;
        run_handle(vm, h);
    }
    prune_done_tasks(loop);
}

Value until_complete_callback(Interp& vm, const Value& self, const CallArgs& args) {
    // self: the loop. Stops it unless the future ended with SystemExit/KeyboardInterrupt.
    if (!args.positional.empty())
        if (auto* f = args.positional[0].as<FutureObject>(); f && f->state == FutureObject::State::Finished && f->exception.is_set()) {
            if (vm.isinstance(f->exception, vm.exc.system_exit.get()) || vm.isinstance(f->exception, vm.exc.keyboard_interrupt.get()))
                return Value::none();
        }
    self.as<LoopObject>()->stopping = true;
    return Value::none();
}

}  // namespace

LoopObject& loop_of(Interp& vm, const Value& loop) {
    auto* l = loop.as<LoopObject>();
    if (!l) vm.raise(vm.exc.runtime_error, "no event loop");
    return *l;
}

Value call_soon(Interp& vm, LoopObject& loop, Value callback, HandleArgs args) {
    if (loop.closed) vm.raise(vm.exc.runtime_error, "Event loop is closed");
    Value v = vm.heap.value<HandleObject>(vm.types.handle.get());
    HandleObject& h = handle(v);
    h.callback = std::move(callback);
    h.args = std::move(args);
    h.loop = Value::object(&loop);
    loop.ready.push_back(v);
    return v;
}

Value call_at(Interp& vm, LoopObject& loop, double when, Value callback, HandleArgs args) {
    if (loop.closed) vm.raise(vm.exc.runtime_error, "Event loop is closed");
    Value v = vm.heap.value<HandleObject>(vm.types.timer_handle.get());
    HandleObject& h = handle(v);
    h.callback = std::move(callback);
    h.args = std::move(args);
    h.loop = Value::object(&loop);
    h.timer = true;
    h.when = when;
    h.sequence = ++loop.timer_sequence;
    h.scheduled = true;
    loop.scheduled.push(when, h.sequence, v);
    if (vm.tracer) vm.tracer->timer_set(h);
    return v;
}

void cancel_handle(Interp& vm, HandleObject& h) {
    if (h.cancelled) return;
    if (vm.tracer && h.timer && h.scheduled) vm.tracer->timer_cancelled(h);
    h.cancelled = true;
    if (h.timer && h.scheduled)
        if (auto* loop = h.loop.as<LoopObject>()) ++loop->cancelled_timers;
    h.callback.reset();
    h.args.clear();
}

Value ensure_future(Interp& vm, const Value& loop, const Value& awaitable) {
    if (is_future(vm, awaitable)) {
        if (!awaitable.as<FutureObject>()->loop.same(loop))
            vm.raise(vm.exc.value_error, "The future belongs to a different loop than the one specified as the loop argument");
        return awaitable;
    }
    if (auto* g = awaitable.as<GeneratorObject>(); g && g->kind == GeneratorObject::Kind::Coroutine)
        return new_task(vm, loop, awaitable, Value());
    vm.raise(vm.exc.type_error, "An asyncio.Future, a coroutine or an awaitable is required");
}

Value run_until_complete(Interp& vm, const Value& loop_value, const Value& awaitable) {
    LoopObject& loop = loop_of(vm, loop_value);
    if (loop.closed) vm.raise(vm.exc.runtime_error, "Event loop is closed");
    if (loop.running) vm.raise(vm.exc.runtime_error, "This event loop is already running");
    if (running_loop(vm).is_set()) vm.raise(vm.exc.runtime_error, "Cannot run the event loop while another loop is running");
    Value future = ensure_future(vm, loop_value, awaitable);
    auto* f = future.as<FutureObject>();
    Value callback = vm.native("_run_until_complete_cb", &until_complete_callback, loop_value);
    add_done_callback(vm, *f, callback);
    Value previous = vm.running_loop;
    loop.running = true;
    vm.running_loop = loop_value;
    if (vm.tracer) vm.tracer->loop_started();
    auto finish = [&] {
        loop.stopping = false;
        loop.running = false;
        vm.running_loop = previous;
        if (vm.tracer) vm.tracer->loop_stopped();
        f->callbacks.erase_if([&](const Value& cb) { return cb.same(callback); });
    };
    try {
        for (;;) {
            run_once(vm, loop);
            if (loop.stopping) break;
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
    if (!f->done()) vm.raise(vm.exc.runtime_error, "Event loop stopped before Future completed.");
    return future_result(vm, *f);
}

Value running_loop(Interp& vm) { return vm.running_loop; }

Value new_event_loop(Interp& vm) {
    ClassObject* cls = vm.types.event_loop.get();
    return vm.heap.value<LoopObject>(cls, vm.dict());
}

// The policy's get_event_loop (CPython 3.11): the running loop; else the current one, made on
// first use in the main thread unless set_event_loop was called (asyncio.run's end sets None).
Value get_event_loop(Interp& vm) {
    if (vm.running_loop.is_set()) return vm.running_loop;
    if (!vm.event_loop.is_set()) vm.event_loop = new_event_loop(vm);
    if (vm.event_loop.is_none()) vm.raise(vm.exc.runtime_error, "There is no current event loop in thread 'MainThread'.");
    return vm.event_loop;
}

}  // namespace aio

}  // namespace loopstep
