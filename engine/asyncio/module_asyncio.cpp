// The `asyncio` module: its natives (loop objects, handles, Future, Task, the module functions)
// and then the Python prelude (engine/asyncio/*.py) run into the same namespace. Built on the
// first `import asyncio` of a run; the prelude's bytecode is compiled once per process.
#include <mutex>

#include "asyncio/asyncio_objects.h"
#include "asyncio/asyncio_prelude.h"
#include "modules/contextvars_objects.h"
#include "compiler/compiler.h"
#include "syntax/parser.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

namespace {

// ---- Handle / TimerHandle
HandleObject& handle_receiver(Interp& vm, const Value& self) {
    auto* h = self.as<HandleObject>();
    if (!h) vm.raise(vm.exc.type_error, "expected a Handle, got " + vm.type_name(self));
    return *h;
}

Value h_cancel(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "cancel", args);
    cancel_handle(vm, handle_receiver(vm, self));
    return Value::none();
}

Value h_cancelled(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "cancelled", args);
    return Value::boolean(handle_receiver(vm, self).cancelled);
}

Value h_when(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "when", args);
    HandleObject& h = handle_receiver(vm, self);
    return h.when_value ? *h.when_value : Value::floating(h.when);
}

Value h_repr(Interp& vm, const Value& self, const CallArgs&) {
    HandleObject& h = handle_receiver(vm, self);
    std::string out = "<" + vm.type_name(self);
    if (h.cancelled) out += " cancelled";
    if (h.timer) out += " when=" + vm.repr(Value::floating(h.when));
    if (!h.cancelled) {
        if (task_of_callback(h.callback)) out += std::string(" ") + kTaskCallbackLabel;
        else if (auto* n = h.callback.as<NativeFunctionObject>()) out += " " + n->name + "()";
        else if (auto* f = h.callback.as<FunctionObject>()) out += " " + f->qualname + "()";
    }
    return vm.str(out + ">");
}

// ---- loop methods
LoopObject& loop_receiver(Interp& vm, const Value& self) {
    auto* l = self.as<LoopObject>();
    if (!l) vm.raise(vm.exc.type_error, "expected an event loop, got " + vm.type_name(self));
    return *l;
}

double number_arg(Interp& vm, const Value& v, const char* what) {
    if (v.is_number()) return v.to_double();
    if (v.is_none()) vm.raise(vm.exc.type_error, std::string(what) + " must not be None");
    vm.raise(vm.exc.type_error, "'" + vm.type_name(v) + "' object cannot be interpreted as a number");
}

void check_callable(Interp& vm, const Value& cb, const char* method) {
    if (!is_callable(vm, cb)) vm.raise(vm.exc.type_error, std::string("a callable object was expected by ") + method + "(), got " + vm.repr(cb));
}

Value l_time(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "time", args);
    loop_receiver(vm, self);
    return Value::floating(vm.clock);
}

// call_soon / call_later / call_at's keyword-only `context=`: the handle's contextvars Context.
Value context_keyword(Interp& vm, const CallArgs& args, const char* method) {
    Value given;
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        if (kw_name(args, i) != "context")
            vm.raise(vm.exc.type_error, "BaseEventLoop." + std::string(method) + "() got an unexpected keyword argument '" +
                                            std::string(kw_name(args, i)) + "'");
        given = args.kw_values[i];
    }
    return ctxvars::context_argument(vm, given);
}

Value with_context(Value handle, Value context) {
    handle.as<HandleObject>()->context = std::move(context);
    return handle;
}

Value l_call_soon(Interp& vm, const Value& self, const CallArgs& args) {
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "call_soon() missing 1 required positional argument: 'callback'");
    check_callable(vm, args.positional[0], "call_soon");
    Value context = context_keyword(vm, args, "call_soon");
    std::vector<Value> rest(args.positional.begin() + 1, args.positional.end());
    return with_context(call_soon(vm, loop_receiver(vm, self), args.positional[0], std::move(rest)), std::move(context));
}

Value l_call_later(Interp& vm, const Value& self, const CallArgs& args) {
    if (args.positional.size() < 2) vm.raise(vm.exc.type_error, "call_later() missing required positional arguments: 'delay' and 'callback'");
    double delay = number_arg(vm, args.positional[0], "delay");
    check_callable(vm, args.positional[1], "call_later");
    Value context = context_keyword(vm, args, "call_later");
    std::vector<Value> rest(args.positional.begin() + 2, args.positional.end());
    return with_context(call_at(vm, loop_receiver(vm, self), vm.clock + delay, args.positional[1], std::move(rest)),
                        std::move(context));
}

Value l_call_at(Interp& vm, const Value& self, const CallArgs& args) {
    if (args.positional.size() < 2) vm.raise(vm.exc.type_error, "call_at() missing required positional arguments: 'when' and 'callback'");
    double when = number_arg(vm, args.positional[0], "when");
    check_callable(vm, args.positional[1], "call_at");
    Value context = context_keyword(vm, args, "call_at");
    std::vector<Value> rest(args.positional.begin() + 2, args.positional.end());
    Value h = with_context(call_at(vm, loop_receiver(vm, self), when, args.positional[1], std::move(rest)), std::move(context));
    h.as<HandleObject>()->when_value = std::make_unique<Value>(args.positional[0]);
    return h;
}

Value l_create_future(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "create_future", args);
    loop_receiver(vm, self);
    return new_future(vm, self);
}

Value l_create_task(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "create_task", args, {"coro", "name", "context"}, 1, 1);
    if (loop_receiver(vm, self).closed) vm.raise(vm.exc.runtime_error, "Event loop is closed");
    return new_task(vm, self, a[0], a[1], ctxvars::context_argument(vm, a[2]));
}

Value l_run_until_complete(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "run_until_complete", args);
    loop_receiver(vm, self);
    return run_until_complete(vm, self, args.positional[0]);
}

Value l_stop(Interp& vm, const Value& self, const CallArgs&) {
    loop_receiver(vm, self).stopping = true;
    return Value::none();
}

Value l_close(Interp& vm, const Value& self, const CallArgs&) {
    LoopObject& l = loop_receiver(vm, self);
    if (l.running) vm.raise(vm.exc.runtime_error, "Cannot close a running event loop");
    if (l.closed) return Value::none();
    l.closed = true;
    if (vm.tracer) vm.tracer->loop_closed();
    l.ready.clear();
    l.scheduled.clear();
    l.cancelled_timers = 0;
    return Value::none();
}

Value l_is_running(Interp& vm, const Value& self, const CallArgs&) { return Value::boolean(loop_receiver(vm, self).running); }
Value l_is_closed(Interp& vm, const Value& self, const CallArgs&) { return Value::boolean(loop_receiver(vm, self).closed); }
Value l_get_debug(Interp&, const Value&, const CallArgs&) { return Value::boolean(false); }

Value l_call_exception_handler(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "call_exception_handler", args);
    loop_receiver(vm, self);
    Value context = args.positional[0];
    Value message = vm.lookup_attr(context, vm.intern("get")).is_set() ? vm.call_method(context, "get", {vm.str("message")}) : Value();
    Value exception = vm.call_method(context, "get", {vm.str("exception")});
    std::string text = message.is(ObjKind::Str) ? message.as<StrObject>()->text() : "Unhandled exception in event loop";
    if (exception.is(ObjKind::Exception)) text += "\n" + vm.format_traceback(exception);
    else text += "\n";
    if (vm.sinks.err) vm.sinks.err(text);
    return Value::none();
}

// ---- module functions
Value m_get_running_loop(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "get_running_loop", args);
    Value loop = running_loop(vm);
    if (loop.is_unset()) vm.raise(vm.exc.runtime_error, "no running event loop");
    return loop;
}

Value m_running_loop_or_none(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "_get_running_loop", args);
    Value loop = running_loop(vm);
    return loop.is_set() ? loop : Value::none();
}

Value m_get_event_loop(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "get_event_loop", args);
    return get_event_loop(vm);
}

Value m_new_event_loop(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "new_event_loop", args);
    return new_event_loop(vm);
}

Value m_set_event_loop(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "set_event_loop", args);
    const Value& loop = args.positional[0];
    if (!loop.is_none() && !loop.as<LoopObject>())
        vm.raise(vm.exc.type_error, "loop must be an instance of AbstractEventLoop or None, not '" + vm.type_name(loop) + "'");
    vm.event_loop = loop;
    return Value::none();
}

Value loop_arg(Interp& vm, const CallArgs& args, const char* name) {
    auto a = bind_args(vm, name, args, {"loop"}, 0, 1);
    if (a[0].is_set() && !a[0].is_none()) return a[0];
    Value loop = running_loop(vm);
    if (loop.is_unset()) vm.raise(vm.exc.runtime_error, "no running event loop");
    return loop;
}

Value m_current_task(Interp& vm, const Value&, const CallArgs& args) {
    Value loop = loop_arg(vm, args, "current_task");
    Value t = loop_of(vm, loop).current_task;
    return t.is_set() ? t : Value::none();
}

Value m_all_tasks(Interp& vm, const Value&, const CallArgs& args) {
    Value loop = loop_arg(vm, args, "all_tasks");
    Value result = vm.set();
    auto* s = result.as<SetObject>();
    for (auto& t : loop_of(vm, loop).tasks)
        if (!t.as<TaskObject>()->done()) s->add(vm, t);
    return result;
}

Value m_iscoroutine(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "iscoroutine", args);
    auto* g = args.positional[0].as<GeneratorObject>();
    return Value::boolean(g && g->kind == GeneratorObject::Kind::Coroutine);
}

Value m_isfuture(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "isfuture", args);
    return Value::boolean(is_future(vm, args.positional[0]));
}

Value m_iscoroutinefunction(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "iscoroutinefunction", args);
    Value f = args.positional[0];
    if (auto* m = f.as<BoundMethodObject>()) f = m->function;
    auto* fn = f.as<FunctionObject>();
    return Value::boolean(fn && (fn->code->code->flags & kCoroutine));
}

}  // namespace

NativeFunctionObject* native_create_task(Interp& vm, const Value& loop) {
    if (loop.is_unset() || vm.type_of(loop) != vm.types.event_loop.get()) return nullptr;
    auto* n = vm.type_lookup(vm.types.event_loop.get(), vm.literal_name("create_task")).as<NativeFunctionObject>();
    return n && n->self.is_unset() ? n : nullptr;
}

Value call_python_version(Interp& vm, const char* name, const CallArgs& args) {
    Value fn = vm.modules["asyncio"].as<ModuleObject>()->namespace_dict()->get_str(vm.literal_name(name));
    return vm.call(fn, args);
}

namespace {

// ensure_future(coro_or_future, *, loop=None), its common cases natively: a future is returned
// as it is, a coroutine (no loop given, a loop running) becomes the running loop's task, as
// CPython's loop.create_task(coro) makes it. Everything else goes to the Python version
// (_ensure_future in engine/asyncio/runners.py), which handles awaitables, loops and errors.
Value m_ensure_future(Interp& vm, const Value&, const CallArgs& args) {
    // loop=None, or loop= the running loop itself, changes nothing for a coroutine.
    Value loop = running_loop(vm);
    bool loop_kw = args.kw_names.size() == 1 && args.kw_names[0].as<StrObject>()->text() == "loop";
    bool plain_loop = args.kw_names.empty() || (loop_kw && (args.kw_values[0].is_none() || args.kw_values[0].same(loop)));
    if (args.positional.size() == 1 && plain_loop) {
        const Value& arg = args.positional[0];
        if ((arg.is(ObjKind::Future) || arg.is(ObjKind::Task)) && args.kw_names.empty()) return arg;
        auto* g = arg.as<GeneratorObject>();
        if (g && g->kind == GeneratorObject::Kind::Coroutine)
            if (NativeFunctionObject* create_task = native_create_task(vm, loop))
                return create_task->fn(vm, loop, CallArgs{args.positional, {}, {}});
    }
    return call_python_version(vm, "_ensure_future", args);
}

// asyncio.create_task(coro, *, name=None): the running loop's create_task, then set_name — so a
// task named here still uses up a Task-N number, as in CPython.
Value m_create_task(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "create_task", args, {"coro", "name", "context"}, 1, 1);
    Value loop = running_loop(vm);
    if (loop.is_unset()) {
        if (auto* g = a[0].as<GeneratorObject>(); g && g->kind == GeneratorObject::Kind::Coroutine) g->state = GeneratorObject::State::Closed;
        vm.raise(vm.exc.runtime_error, "no running event loop");
    }
    Value task = new_task(vm, loop, a[0], Value(), ctxvars::context_argument(vm, a[2]));
    if (a[1].is_set() && !a[1].is_none()) {
        task.as<TaskObject>()->name = vm.to_str(a[1]);
        if (vm.tracer) vm.tracer->task_renamed(*task.as<TaskObject>());
    }
    return task;
}

Value m_label(Interp& vm, const Value&, const CallArgs& args) {
    auto a = bind_args(vm, "_label", args, {"fut", "kind", "detail"}, 2, 3);
    auto* f = a[0].as<FutureObject>();
    if (!f) return Value::none();
    std::string kind = vm.to_str(a[1]);
    f->label = kind.empty() ? nullptr : &vm.stable_text(kind);
    f->has_label_time = a[2].is_set() && a[2].is_number();
    if (f->has_label_time) f->label_time = a[2].to_double();
    if (vm.tracer) vm.tracer->future_labelled(*f);
    return Value::none();
}

Value m_hide_task(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "_hide_task", args);
    if (auto* t = args.positional[0].as<TaskObject>()) {
        t->hidden = true;
        if (vm.tracer) vm.tracer->task_hidden(*t);
    }
    return Value::none();
}

struct CompiledPrelude {
    std::vector<std::shared_ptr<const Code>> files;
    std::string error;
};

const CompiledPrelude& compiled_prelude() {
    static CompiledPrelude prelude;
    static std::once_flag once;
    std::call_once(once, [] {
        for (size_t i = 0; i < kAsyncioPreludeCount; ++i) {
            std::string filename = std::string("<asyncio>/") + kAsyncioPrelude[i].name;
            ParseResult parsed = parse_module(kAsyncioPrelude[i].source, filename);
            if (parsed.error) {
                prelude.error = parsed.error->format();
                return;
            }
            CompileResult compiled = compile_module(*parsed.module, filename);
            if (compiled.error) {
                prelude.error = compiled.error->format();
                return;
            }
            prelude.files.push_back(compiled.code);
        }
    });
    return prelude;
}

}  // namespace

void install_loop_type(Interp& vm) {
    vm.types.handle = vm.make_class("Handle", {});
    vm.types.handle->module = "asyncio";
    vm.types.timer_handle = vm.make_class("TimerHandle", {vm.types.handle});
    vm.types.timer_handle->module = "asyncio";
    ClassObject* h = vm.types.handle.get();
    vm.add_method(h, "cancel", &receiver_first<h_cancel>);
    vm.add_method(h, "cancelled", &receiver_first<h_cancelled>);
    vm.add_method(h, "__repr__", &receiver_first<h_repr>);
    vm.add_method(vm.types.timer_handle.get(), "when", &receiver_first<h_when>);

    vm.types.event_loop = vm.make_class("_UnixSelectorEventLoop", {});
    vm.types.event_loop->module = "asyncio";
    ClassObject* l = vm.types.event_loop.get();
    vm.add_method(l, "time", &receiver_first<l_time>);
    vm.add_method(l, "call_soon", &receiver_first<l_call_soon>);
    vm.add_method(l, "call_later", &receiver_first<l_call_later>);
    vm.add_method(l, "call_at", &receiver_first<l_call_at>);
    vm.add_method(l, "create_future", &receiver_first<l_create_future>);
    vm.add_method(l, "create_task", &receiver_first<l_create_task>);
    vm.add_method(l, "run_until_complete", &receiver_first<l_run_until_complete>);
    vm.add_method(l, "stop", &receiver_first<l_stop>);
    vm.add_method(l, "close", &receiver_first<l_close>);
    vm.add_method(l, "is_running", &receiver_first<l_is_running>);
    vm.add_method(l, "is_closed", &receiver_first<l_is_closed>);
    vm.add_method(l, "get_debug", &receiver_first<l_get_debug>);
    vm.add_method(l, "call_exception_handler", &receiver_first<l_call_exception_handler>);
}

}  // namespace aio

Value load_asyncio_module(Interp& vm) {
    const aio::CompiledPrelude& prelude = aio::compiled_prelude();
    if (!prelude.error.empty()) vm.raise(vm.exc.import_error, "the asyncio prelude does not compile: " + prelude.error);
    aio::install_future_type(vm);
    aio::install_task_type(vm);
    aio::install_loop_type(vm);

    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "asyncio", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    auto set = [&](const char* name, Value v) { d->set(vm, vm.intern(name), std::move(v)); };
    auto add = [&](const char* name, NativeFn fn) { set(name, vm.native(name, fn)); };
    set("__name__", vm.str("asyncio"));
    set("Future", vm.types.future.value());
    set("Task", vm.types.task.value());
    set("Handle", vm.types.handle.value());
    set("TimerHandle", vm.types.timer_handle.value());
    set("AbstractEventLoop", vm.types.event_loop.value());
    set("CancelledError", vm.exc.cancelled_error.value());
    set("InvalidStateError", vm.exc.invalid_state_error.value());
    set("TimeoutError", vm.exc.timeout_error.value());
    set("QueueEmpty", vm.exc.queue_empty.value());
    set("QueueFull", vm.exc.queue_full.value());
    Value exceptions = vm.heap.value<ModuleObject>(vm.types.module.get(), "asyncio.exceptions", vm.dict());
    DictObject* e = exceptions.as<ModuleObject>()->namespace_dict();
    e->set(vm, vm.intern("CancelledError"), vm.exc.cancelled_error.value());
    e->set(vm, vm.intern("InvalidStateError"), vm.exc.invalid_state_error.value());
    e->set(vm, vm.intern("TimeoutError"), vm.exc.timeout_error.value());
    set("exceptions", exceptions);
    add("get_running_loop", &aio::m_get_running_loop);
    add("_get_running_loop", &aio::m_running_loop_or_none);
    add("get_event_loop", &aio::m_get_event_loop);
    add("new_event_loop", &aio::m_new_event_loop);
    add("set_event_loop", &aio::m_set_event_loop);
    add("current_task", &aio::m_current_task);
    add("all_tasks", &aio::m_all_tasks);
    add("iscoroutine", &aio::m_iscoroutine);
    add("isfuture", &aio::m_isfuture);
    add("iscoroutinefunction", &aio::m_iscoroutinefunction);
    add("create_task", &aio::m_create_task);
    add("ensure_future", &aio::m_ensure_future);
    add("_label", &aio::m_label);
    set("_deque", make_deque_class(vm));
    add("_hide_task", &aio::m_hide_task);
    aio::install_sleep_natives(vm, *d);
    aio::install_gather_natives(vm, *d);
    aio::install_waiter_natives(vm, *d);
    aio::install_queue_natives(vm, *d);
    vm.modules["asyncio"] = module;
    vm.modules["asyncio.exceptions"] = exceptions;

    for (auto& code : prelude.files) vm.run_code_in(code, module.as<ModuleObject>()->dict);
    vm.asyncio_sleep = d->get_str(vm.intern("sleep"));
    if (auto* queue = d->get_str(vm.intern("Queue")).as<ClassObject>()) {
        vm.asyncio_queue_get = queue->lookup(vm.intern("get"));
        vm.asyncio_queue_put = queue->lookup(vm.intern("put"));
    }
    if (auto* lock = d->get_str(vm.intern("Lock")).as<ClassObject>()) vm.asyncio_lock_acquire = lock->lookup(vm.intern("acquire"));
    if (auto* mixin = d->get_str(vm.intern("_ContextManagerMixin")).as<ClassObject>()) {
        vm.asyncio_mixin_aenter = mixin->lookup(vm.names.aenter_);
        vm.asyncio_mixin_aexit = mixin->lookup(vm.names.aexit_);
    }
    return module;
}

}  // namespace loopstep
