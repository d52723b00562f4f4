// asyncio.Task: a coroutine driven by the loop one step at a time (CPython 3.11's Task.__step and
// __wakeup: a step sends into or throws into the coroutine; a yielded future gets the task's
// wake-up as a done callback; a bare yield queues the next step at once).
#include "asyncio/asyncio_objects.h"
#include "modules/contextvars_objects.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

void TaskObject::clear_references() {
    FutureObject::clear_references();
    coro.reset();
    fut_waiter.reset();
    context.reset();
}

namespace aio {

namespace {

TaskObject& task_receiver(Interp& vm, const Value& self, const char* method) {
    auto* t = self.as<TaskObject>();
    if (!t)
        vm.raise(vm.exc.type_error, std::string("descriptor '") + method + "' for '_asyncio.Task' objects doesn't apply to a '" +
                                        vm.type_name(self) + "' object");
    return *t;
}

Value wakeup(Interp& vm, TaskObject& task, const CallArgs& args);

Value wakeup(Interp& vm, TaskObject& task, const CallArgs& args) {
    auto* fut = args.positional.empty() ? nullptr : args.positional[0].as<FutureObject>();
    Value exception;
    if (fut) {
        if (fut->state == FutureObject::State::Cancelled) exception = make_cancelled_error(vm, *fut);
        else if (fut->exception.is_set()) exception = fut->exception;
    } else if (!args.positional.empty()) {
        try {
            vm.call_method(args.positional[0], "result", {});
        } catch (PyError& e) {
            exception = e.exception;
        }
    }
    task_step(vm, task, exception);
    return Value::none();
}

}  // namespace

TaskObject* task_of_callback(const Value& callback) { return callback.as<TaskObject>(); }

// The task's one loop callback, as both Task.__step and Task.__wakeup: a step is scheduled with
// no argument or the exception to throw in; a wake-up gets the future it waited on (never an
// exception instance: exceptions cannot be awaited).
void run_task_callback(Interp& vm, TaskObject& task, const CallArgs& args) {
    if (args.positional.empty() || args.positional[0].is(ObjKind::Exception)) {
        task_step(vm, task, args.positional.empty() ? Value() : args.positional[0]);
        return;
    }
    wakeup(vm, task, args);
}

namespace {

void schedule_step(Interp& vm, TaskObject& t, Value exception) {
    std::vector<Value> args;
    if (exception.is_set()) args.push_back(std::move(exception));
    call_soon(vm, loop_of(vm, t.loop), Value::object(&t), std::move(args));
    if (vm.tracer) vm.tracer->task_ready(t);
}

void enter_task(Interp& vm, LoopObject& loop, TaskObject& t) {
    if (loop.current_task.is_set())
        vm.raise(vm.exc.runtime_error, "Cannot enter into task " + future_repr(vm, t) + " while another task " +
                                           vm.repr(loop.current_task) + " is being executed.");
    loop.current_task = Value::object(&t);
}

}  // namespace

Value new_task(Interp& vm, const Value& loop, const Value& coro, const Value& name, const Value& context) {
    auto* g = coro.as<GeneratorObject>();
    if (!g || g->kind != GeneratorObject::Kind::Coroutine)
        vm.raise(vm.exc.type_error, "a coroutine was expected, got " + vm.repr(coro));
    Value v = vm.heap.value<TaskObject>(vm.types.task.get(), Value());
    auto* t = v.as<TaskObject>();
    t->loop = loop;
    t->coro = coro;
    t->name = (name.is_set() && !name.is_none()) ? vm.to_str(name) : "Task-" + std::to_string(++vm.task_counter);
    t->serial = ++vm.task_serial;
    t->context = context.is_set() ? context : ctxvars::copy_current(vm);
    if (vm.live_tasks >= vm.options.max_live_tasks)
        throw BudgetExceeded{"budget exceeded: more than " + std::to_string(vm.options.max_live_tasks) +
                             " tasks alive at once (--max-tasks)"};
    LoopObject& l = loop_of(vm, loop);
    if (vm.tracer) vm.tracer->task_created(*t);
    schedule_step(vm, *t, Value());
    l.tasks.push_back(v);
    ++vm.live_tasks;
    return v;
}

bool cancel_task(Interp& vm, TaskObject& t, const Value& message) {
    if (t.done()) return false;
    if (vm.tracer) vm.tracer->cancel_requested(t);
    ++t.num_cancels_requested;
    if (t.fut_waiter.is_set()) {
        Value waiter = t.fut_waiter;  // may be a task that ignores the cancellation: kept for later
        if (cancel_any(vm, waiter, message)) return true;
    }
    t.must_cancel = true;
    t.set_cancel_message(message);
    return true;
}

void prefetch_step(const TaskObject& t, PrefetchStage stage) {
    if (stage == PrefetchStage::Coroutine) {
        if (t.coro.is_obj()) __builtin_prefetch(t.coro.obj());
        return;
    }
    auto* g = t.coro.as<GeneratorObject>();
    if (!g || !g->frame) return;
    const auto* at = reinterpret_cast<const char*>(g->frame.get());
    for (size_t line = 0; line < sizeof(Frame) + 2 * 64; line += 64)
        __builtin_prefetch(at + line);
}

void task_step(Interp& vm, TaskObject& t, Value exception) {
    Value keep = Value::object(&t);
    prefetch_step(t, PrefetchStage::Frame);
    if (t.done())
        vm.raise(vm.exc.invalid_state_error, "_step(): already done: " + future_repr(vm, t) + ", " + vm.repr(exception));
    if (t.must_cancel) {
        if (!exception.is_set() || !vm.isinstance(exception, vm.exc.cancelled_error.get()))
            exception = make_cancelled_error(vm, t);
        t.must_cancel = false;
    }
    // The step runs in the task's context (Task.__step is scheduled with context=self._context).
    ctxvars::ContextScope context_scope(vm, t.context);
    t.fut_waiter.reset();
    LoopObject& loop = loop_of(vm, t.loop);
    enter_task(vm, loop, t);
    if (!t.hidden && vm.sinks.step) vm.sinks.step(vm.clock, t.name);
    if (++vm.steps_taken > vm.options.max_ticks)
        throw BudgetExceeded{"budget exceeded: more than " + std::to_string(vm.options.max_ticks) +
                             " task steps; does a task loop forever? (--max-ticks)"};
    vm.instructions_at_step = vm.instructions;
    vm.step_task = &t;
    struct Owner {
        Interp& vm;
        ~Owner() {
            vm.instructions_at_step = vm.instructions;
            vm.step_task = nullptr;
        }
    } owner{vm};
    if (vm.tracer) vm.tracer->step_begin(t);
    struct StepEnd {
        Interp& vm;
        TaskObject& t;
        ~StepEnd() {
            if (t.done()) --vm.live_tasks;
            if (vm.tracer) vm.tracer->step_end(t);
        }
    } step_end{vm, t};
    ResumeResult r;
    try {
        r = vm.resume(t.coro.as<GeneratorObject>(), Value::none(), exception);
    } catch (...) {
        loop.current_task.reset();
        throw;
    }
    loop.current_task.reset();
    switch (r.status) {
        case ResumeStatus::Returned:
            if (t.must_cancel) {
                t.must_cancel = false;
                cancel_future(vm, t, t.cancel_message());
            } else {
                set_result(vm, t, r.value);
            }
            return;
        case ResumeStatus::Raised:
            if (vm.isinstance(r.value, vm.exc.cancelled_error.get())) {
                t.cancellation_state().raised = r.value;
                cancel_future(vm, t, Value::none());
            } else {
                set_exception(vm, t, r.value);
                if (vm.isinstance(r.value, vm.exc.keyboard_interrupt.get()) || vm.isinstance(r.value, vm.exc.system_exit.get()))
                    vm.raise_value(r.value);
            }
            return;
        case ResumeStatus::Yielded: break;
    }
    Value& result = r.value;
    if (auto* fut = result.as<FutureObject>()) {
        if (!fut->loop.same(t.loop)) {
            schedule_step(vm, t, vm.new_exception(vm.exc.runtime_error.get(),
                                                  {vm.str("Task " + future_repr(vm, t) + " got Future " + future_repr(vm, *fut) +
                                                          " attached to a different loop")}));
        } else if (fut->blocking) {
            if (fut == &t) {
                schedule_step(vm, t, vm.new_exception(vm.exc.runtime_error.get(),
                                                      {vm.str("Task cannot await on itself: " + future_repr(vm, t))}));
            } else {
                fut->blocking = false;
                add_done_callback(vm, *fut, keep);
                t.fut_waiter = result;
                if (t.must_cancel && cancel_any(vm, result, t.cancel_message())) t.must_cancel = false;
            }
        } else {
            schedule_step(vm, t, vm.new_exception(vm.exc.runtime_error.get(),
                                                  {vm.str("yield was used instead of yield from in task " + future_repr(vm, t) +
                                                          " with " + future_repr(vm, *fut))}));
        }
    } else if (result.is_none()) {
        schedule_step(vm, t, Value());
    } else if (auto* g = result.as<GeneratorObject>(); g && g->kind == GeneratorObject::Kind::Generator) {
        schedule_step(vm, t, vm.new_exception(vm.exc.runtime_error.get(),
                                              {vm.str("yield was used instead of yield from for generator in task " +
                                                      future_repr(vm, t) + " with " + vm.repr(result))}));
    } else {
        schedule_step(vm, t, vm.new_exception(vm.exc.runtime_error.get(), {vm.str("Task got bad yield: " + vm.repr(result))}));
    }
}

namespace {

Value t_construct(Interp& vm, const Value& cls_value, const CallArgs& args) {
    auto a = bind_args(vm, "Task", args, {"coro", "loop", "name", "context"}, 1, 1);
    Value loop = (a[1].is_set() && !a[1].is_none()) ? a[1] : get_event_loop(vm);
    Value t = new_task(vm, loop, a[0], a[2], ctxvars::context_argument(vm, a[3]));
    if (auto* cls = cls_value.as<ClassObject>(); cls && cls != vm.types.task.get()) t.obj()->set_type(cls);
    return t;
}

Value t_get_name(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "get_name", args);
    return vm.str(task_receiver(vm, self, "get_name").name);
}

Value t_set_name(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "set_name", args);
    TaskObject& t = task_receiver(vm, self, "set_name");
    t.name = vm.to_str(args.positional[0]);
    if (vm.tracer) vm.tracer->task_renamed(t);
    return Value::none();
}

Value t_get_coro(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "get_coro", args);
    return task_receiver(vm, self, "get_coro").coro;
}

Value t_cancelling(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "cancelling", args);
    return Value::integer(task_receiver(vm, self, "cancelling").num_cancels_requested);
}

Value t_uncancel(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "uncancel", args);
    TaskObject& t = task_receiver(vm, self, "uncancel");
    if (t.num_cancels_requested > 0) --t.num_cancels_requested;
    return Value::integer(t.num_cancels_requested);
}

}  // namespace

void install_task_type(Interp& vm) {
    Ref<ClassObject> cls = vm.make_class("Task", {vm.types.future}, InstanceLayout::Native);
    cls->module = "asyncio";
    cls->constructor = &t_construct;
    vm.types.task = cls;
    ClassObject* c = cls.get();
    vm.add_method(c, "get_name", &receiver_first<t_get_name>);
    vm.add_method(c, "set_name", &receiver_first<t_set_name>);
    vm.add_method(c, "get_coro", &receiver_first<t_get_coro>);
    vm.add_method(c, "cancelling", &receiver_first<t_cancelling>);
    vm.add_method(c, "uncancel", &receiver_first<t_uncancel>);
}

}  // namespace aio

}  // namespace loopstep
