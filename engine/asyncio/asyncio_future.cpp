// asyncio.Future: a result that arrives later, with done callbacks each scheduled through the
// loop's call_soon (CPython 3.11 futures.py semantics, messages included).
#include "asyncio/asyncio_objects.h"
#include "modules/contextvars_objects.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

void FutureObject::clear_references() {
    InstanceObject::clear_references();
    loop.reset();
    result.reset();
    exception.reset();
    callbacks.clear();
    cancellation.reset();
}

namespace aio {

namespace {

const char* state_name(FutureObject::State s) {
    switch (s) {
        case FutureObject::State::Pending: return "PENDING";
        case FutureObject::State::Cancelled: return "CANCELLED";
        case FutureObject::State::Finished: return "FINISHED";
    }
    return "?";
}

void schedule_callbacks(Interp& vm, FutureObject& f) {
    const CallbackList callbacks = std::move(f.callbacks);  // (leaves f's empty)
    if (callbacks.empty()) return;
    LoopObject& loop = loop_of(vm, f.loop);
    Value self = Value::object(&f);
    for (size_t i = 0, n = callbacks.size(); i < n; ++i) {
        const Value& cb = callbacks[i];
        if (TaskObject* t = task_of_callback(cb)) {
            call_soon(vm, loop, cb, {self});
            prefetch_step(*t, PrefetchStage::Coroutine);
            if (vm.tracer) vm.tracer->task_ready(*t);
        } else if (is_context_callback(cb)) {
            auto* n = cb.as<NativeFunctionObject>();
            Value h = call_soon(vm, loop, n->self, {self});
            h.as<HandleObject>()->context = n->data;
        } else {
            call_soon(vm, loop, cb, {self});
        }
    }
}

}  // namespace

bool is_future(Interp& vm, const Value& v) { return v.is_obj() && vm.isinstance(v, vm.types.future.get()) && v.as<FutureObject>(); }

Value new_future(Interp& vm, const Value& loop) {
    Value f = vm.heap.value<FutureObject>(vm.types.future.get(), Value());
    f.as<FutureObject>()->loop = loop;
    return f;
}

std::string future_repr(Interp& vm, FutureObject& f) {
    std::string text = vm.type_name(Value::object(&f));
    std::string state = state_name(f.state);
    for (auto& c : state) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string out = "<" + text + " " + state;
    if (auto* t = dynamic_cast<TaskObject*>(&f)) {
        out += " name=" + vm.repr(vm.str(t->name));
        if (auto* g = t->coro.as<GeneratorObject>()) out += " coro=<" + g->qualname() + "()>";
    }
    if (f.state == FutureObject::State::Finished) {
        if (f.exception.is_set()) out += " exception=" + vm.repr(f.exception);
        else if (!dynamic_cast<TaskObject*>(&f) || true) out += " result=" + vm.repr(f.result);
    }
    return out + ">";
}

Value make_cancelled_error(Interp& vm, FutureObject& f) {
    if (f.cancellation && f.cancellation->raised.is_set()) {
        Value e = std::move(f.cancellation->raised);
        f.cancellation->raised.reset();
        return e;
    }
    std::vector<Value> args;
    if (Value m = f.cancel_message(); m.is_set() && !m.is_none()) args.push_back(std::move(m));
    return vm.new_exception(vm.exc.cancelled_error.get(), std::move(args));
}

Value future_result(Interp& vm, FutureObject& f) {
    if (f.state == FutureObject::State::Cancelled) vm.raise_value(make_cancelled_error(vm, f));
    if (f.state != FutureObject::State::Finished) vm.raise(vm.exc.invalid_state_error, "Result is not set.");
    if (f.exception.is_set()) vm.raise_value(f.exception);
    return f.result;
}

void set_result(Interp& vm, FutureObject& f, const Value& result) {
    if (f.state != FutureObject::State::Pending)
        vm.raise(vm.exc.invalid_state_error, "invalid state");
    f.result = result;
    f.state = FutureObject::State::Finished;
    schedule_callbacks(vm, f);
}

void set_exception(Interp& vm, FutureObject& f, const Value& exception) {
    if (f.state != FutureObject::State::Pending)
        vm.raise(vm.exc.invalid_state_error, "invalid state");
    Value e = exception;
    if (auto* cls = e.as<ClassObject>(); cls && cls->is_subclass_of(vm.exc.base_exception.get())) e = vm.call(e, {});
    if (!e.is(ObjKind::Exception)) vm.raise(vm.exc.type_error, "invalid exception object");
    if (vm.isinstance(e, vm.exc.stop_iteration.get()))
        vm.raise(vm.exc.type_error, "StopIteration interacts badly with generators and cannot be raised into a Future");
    f.exception = e;
    f.state = FutureObject::State::Finished;
    schedule_callbacks(vm, f);
}

bool cancel_future(Interp& vm, FutureObject& f, const Value& message) {
    if (f.state != FutureObject::State::Pending) return false;
    f.state = FutureObject::State::Cancelled;
    f.set_cancel_message(message);
    schedule_callbacks(vm, f);
    return true;
}

bool cancel_any(Interp& vm, const Value& future, const Value& message) {
    ClassObject* cls = vm.type_of(future);
    if (cls == vm.types.task.get()) return cancel_task(vm, *future.as<TaskObject>(), message);
    if (cls == vm.types.future.get()) return cancel_future(vm, *future.as<FutureObject>(), message);
    Value cancel = vm.getattr(future, "cancel");
    CallArgs args;
    Value name = vm.intern("msg");
    std::vector<Value> kw_values{message.is_set() ? message : Value::none()};
    args.kw_values = kw_values;
    args.kw_names = std::span<const Value>(&name, 1);
    return vm.truthy(vm.call(cancel, args));
}

void add_done_callback(Interp& vm, FutureObject& f, const Value& callback) {
    if (f.state != FutureObject::State::Pending) {
        call_soon(vm, loop_of(vm, f.loop), callback, {Value::object(&f)});
        if (vm.tracer)
            if (TaskObject* t = task_of_callback(callback)) vm.tracer->task_ready(*t);
        return;
    }
    f.callbacks.push_back(callback);
}

namespace {

FutureObject& receiver(Interp& vm, const Value& self, const char* method) {
    auto* f = self.as<FutureObject>();
    if (!f)
        vm.raise(vm.exc.type_error, std::string("descriptor '") + method + "' for '_asyncio.Future' objects doesn't apply to a '" +
                                        vm.type_name(self) + "' object");
    return *f;
}

Value f_result(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "result", args);
    return future_result(vm, receiver(vm, self, "result"));
}

Value f_exception(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "exception", args);
    FutureObject& f = receiver(vm, self, "exception");
    if (f.state == FutureObject::State::Cancelled) vm.raise_value(make_cancelled_error(vm, f));
    if (f.state != FutureObject::State::Finished) vm.raise(vm.exc.invalid_state_error, "Exception is not set.");
    return f.exception.is_set() ? f.exception : Value::none();
}

Value f_done(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "done", args);
    return Value::boolean(receiver(vm, self, "done").done());
}

Value f_cancelled(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "cancelled", args);
    return Value::boolean(receiver(vm, self, "cancelled").state == FutureObject::State::Cancelled);
}

Value f_cancel(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "cancel", args, {"msg"}, 0, 1);
    Value msg = a[0].is_set() ? a[0] : Value::none();
    FutureObject& f = receiver(vm, self, "cancel");
    if (auto* t = dynamic_cast<TaskObject*>(&f)) return Value::boolean(cancel_task(vm, *t, msg));
    return Value::boolean(cancel_future(vm, f, msg));
}

// Stands for a task a program gave as a done callback (tasks in callbacks are the loop's own
// steps, task_of_callback): calling it fails as calling the task would.
Value task_not_callable(Interp& vm, const Value&, const CallArgs&) {
    vm.raise(vm.exc.type_error, "'_asyncio.Task' object is not callable");
}

bool is_wrapped_task(const Value& callback, const Value& task) {
    auto* n = callback.as<NativeFunctionObject>();
    return n && n->fn == &task_not_callable && n->self.same(task);
}

// Stands for a done callback given with a contextvars Context: self is the callback, data the
// Context; never called (schedule_callbacks schedules the callback itself in that context).
Value context_callback(Interp& vm, const Value& self, const CallArgs& args) { return vm.call(self, args); }

}  // namespace

bool is_context_callback(const Value& callback) {
    auto* n = callback.as<NativeFunctionObject>();
    return n && n->fn == &context_callback;
}

namespace {

// The callback a program gave, seen through the wrapping of a context callback.
const Value& given_callback(const Value& callback) {
    return is_context_callback(callback) ? callback.as<NativeFunctionObject>()->self : callback;
}

Value f_add_done_callback(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "add_done_callback", args, {"fn", "context"}, 1, 1);
    Value callback = a[0];
    FutureObject& f = receiver(vm, self, "add_done_callback");
    if (task_of_callback(callback)) callback = vm.native("Task", &task_not_callable, callback);
    if (Value context = ctxvars::context_argument(vm, a[1]); context.is_set())
        callback = vm.native("context_callback", &context_callback, callback, context);
    add_done_callback(vm, f, callback);
    return Value::none();
}

Value f_remove_done_callback(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "remove_done_callback", args);
    FutureObject& f = receiver(vm, self, "remove_done_callback");
    const Value& fn = args.positional[0];
    size_t removed = f.callbacks.erase_if([&](const Value& cb) {
        if (task_of_callback(cb)) return false;
        const Value& given = given_callback(cb);
        return is_wrapped_task(given, fn) || vm.eq(given, fn);
    });
    return Value::integer(static_cast<int64_t>(removed));
}

Value f_set_result(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "set_result", args);
    FutureObject& f = receiver(vm, self, "set_result");
    if (dynamic_cast<TaskObject*>(&f)) vm.raise(vm.exc.runtime_error, "Task does not support set_result operation");
    set_result(vm, f, args.positional[0]);
    return Value::none();
}

Value f_set_exception(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "set_exception", args);
    FutureObject& f = receiver(vm, self, "set_exception");
    if (dynamic_cast<TaskObject*>(&f)) vm.raise(vm.exc.runtime_error, "Task does not support set_exception operation");
    set_exception(vm, f, args.positional[0]);
    return Value::none();
}

Value f_get_loop(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "get_loop", args);
    return receiver(vm, self, "get_loop").loop;
}

Value f_await(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__await__", args);
    receiver(vm, self, "__await__");
    return vm.heap.value<FutureIterObject>(vm.types.future_iter.get(), self);
}

Value f_repr(Interp& vm, const Value& self, const CallArgs&) { return vm.str(future_repr(vm, receiver(vm, self, "__repr__"))); }

Value f_blocking(Interp& vm, const Value&, const CallArgs& args) {
    return Value::boolean(receiver(vm, args.positional[0], "_asyncio_future_blocking").blocking);
}

Value f_loop_getter(Interp& vm, const Value&, const CallArgs& args) { return receiver(vm, args.positional[0], "_loop").loop; }

Value f_state(Interp& vm, const Value&, const CallArgs& args) {
    return vm.str(state_name(receiver(vm, args.positional[0], "_state").state));
}

Value f_make_cancelled_error(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "_make_cancelled_error", args);
    return make_cancelled_error(vm, receiver(vm, self, "_make_cancelled_error"));
}

Value f_cancel_message(Interp& vm, const Value&, const CallArgs& args) {
    Value m = receiver(vm, args.positional[0], "_cancel_message").cancel_message();
    return m.is_set() ? m : Value::none();
}

Value f_init(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "Future", args, {"loop"}, 0, 0);
    FutureObject& f = receiver(vm, self, "__init__");
    f.loop = (a[0].is_set() && !a[0].is_none()) ? a[0] : get_event_loop(vm);
    return Value::none();
}

// Future(*, loop=None), also for Python subclasses (their __init__ runs, and may call ours).
Value f_construct(Interp& vm, const Value& cls_value, const CallArgs& args) {
    auto* cls = cls_value.as<ClassObject>();
    Value f = vm.heap.value<FutureObject>(cls, vm.dict());
    Value init = vm.type_lookup(cls, vm.literal_name("__init__"));
    if (init.is(ObjKind::Function)) {
        std::vector<Value> positional{f};
        positional.insert(positional.end(), args.positional.begin(), args.positional.end());
        vm.call(init, CallArgs{positional, args.kw_values, args.kw_names});
        if (!f.as<FutureObject>()->loop.is_set()) f.as<FutureObject>()->loop = get_event_loop(vm);
    } else {
        f_init(vm, f, args);
    }
    return f;
}

}  // namespace

void install_future_type(Interp& vm) {
    Ref<ClassObject> cls = vm.make_class("Future", {}, InstanceLayout::Native);
    cls->module = "asyncio";
    cls->constructor = &f_construct;
    vm.types.future = cls;
    ClassObject* c = cls.get();
    vm.add_method(c, "__init__", &receiver_first<f_init>);
    vm.add_method(c, "result", &receiver_first<f_result>);
    vm.add_method(c, "exception", &receiver_first<f_exception>);
    vm.add_method(c, "done", &receiver_first<f_done>);
    vm.add_method(c, "cancelled", &receiver_first<f_cancelled>);
    vm.add_method(c, "cancel", &receiver_first<f_cancel>);
    vm.add_method(c, "add_done_callback", &receiver_first<f_add_done_callback>);
    vm.add_method(c, "remove_done_callback", &receiver_first<f_remove_done_callback>);
    vm.add_method(c, "set_result", &receiver_first<f_set_result>);
    vm.add_method(c, "set_exception", &receiver_first<f_set_exception>);
    vm.add_method(c, "get_loop", &receiver_first<f_get_loop>);
    vm.add_method(c, "__await__", &receiver_first<f_await>);
    vm.add_method(c, "__iter__", &receiver_first<f_await>);
    vm.add_method(c, "__repr__", &receiver_first<f_repr>);
    add_getter(vm, c, "_asyncio_future_blocking", &f_blocking);
    add_getter(vm, c, "_loop", &f_loop_getter);
    add_getter(vm, c, "_state", &f_state);
    add_getter(vm, c, "_cancel_message", &f_cancel_message);
    vm.add_method(c, "_make_cancelled_error", &receiver_first<f_make_cancelled_error>);
    vm.types.future_iter = vm.make_class("FutureIter", {});
}

}  // namespace aio

Value FutureIterObject::next(Interp& vm) {
    ResumeResult r = send(vm, Value::none());
    return send_result(vm, r);
}

ResumeResult FutureIterObject::send(Interp& vm, const Value&) {
    auto* f = future.as<FutureObject>();
    if (state == 0 && !f->done()) {
        f->blocking = true;
        state = 1;
        return {ResumeStatus::Yielded, future};
    }
    if (state == 1 && !f->done()) vm.raise(vm.exc.runtime_error, "await wasn't used with future");
    state = 2;
    return {ResumeStatus::Returned, aio::future_result(vm, *f)};
}

}  // namespace loopstep
