// asyncio.gather, natively for its common call: every argument a coroutine or a plain Future or
// Task of the running loop, each given once. It does what CPython 3.11's gather() does, step for
// step (engine/asyncio/tasks.py is the same algorithm in Python, and runs every other call):
// children in argument order, one done callback for all of them, which the loop runs through
// call_soon as each finishes, and an outer _GatheringFuture whose cancel() cancels the children.
// A gather per node of a tree of tasks made this the hot path of `gather_tree.py`: in Python it
// costs a frame, a closure with five cells and an instance dict per call, and a Python call per
// finished child.
#include <algorithm>
#include <span>
#include <vector>

#include "asyncio/asyncio_objects.h"
#include "trace/trace_recorder.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

namespace {

// The outer future: a Future whose cancel() cancels the children instead (tasks.py's class).
class GatheringFutureObject final : public FutureObject {
public:
    // (With an instance dict, as tasks.py's class has: a program may set attributes on it.)
    GatheringFutureObject(ClassObject* type, Value dict, Value loop_value) : FutureObject(type, std::move(dict)) {
        loop = std::move(loop_value);
    }
    void clear_references() override {
        FutureObject::clear_references();
        children.clear();
    }
    std::vector<Value> children;  // FutureObjects, in argument order
    size_t finished = 0;          // children whose done callback has run
    bool return_exceptions = false;
    bool cancel_requested = false;
};

GatheringFutureObject& outer_of(const Value& self) { return *static_cast<GatheringFutureObject*>(self.obj()); }

// tasks.py's _done_callback(fut), for one gather (self: its outer future).
Value child_done(Interp& vm, const Value& self, const CallArgs& args) {
    GatheringFutureObject& outer = outer_of(self);
    Value keep = self;
    expect_one_arg(vm, "_done_callback", args);
    auto* fut = args.positional[0].as<FutureObject>();
    if (!fut) vm.raise(vm.exc.type_error, "gather's done callback expects a future");
    ++outer.finished;
    if (outer.done()) return Value::none();  // (fut.exception() only marks it retrieved)
    if (!outer.return_exceptions) {
        if (fut->state == FutureObject::State::Cancelled) {
            // A cancelled child counts as if it raised CancelledError.
            set_exception(vm, outer, make_cancelled_error(vm, *fut));
            return Value::none();
        }
        if (fut->exception.is_set()) {
            // First error wins; the other children keep running.
            set_exception(vm, outer, fut->exception);
            return Value::none();
        }
    }
    if (outer.finished < outer.children.size()) return Value::none();
    std::vector<Value> results;
    results.reserve(outer.children.size());
    for (const Value& c : outer.children) {
        auto& child = *c.as<FutureObject>();
        if (child.state == FutureObject::State::Cancelled) {
            Value msg = child.cancel_message();
            results.push_back(vm.new_exception(vm.exc.cancelled_error.get(),
                                               {msg.is_set() && !msg.is_none() ? msg : vm.str("")}));
        } else {
            results.push_back(child.exception.is_set() ? child.exception : child.result);
        }
    }
    // Cancelling gather propagates the cancellation even with return_exceptions=True (bpo-32684).
    if (outer.cancel_requested) set_exception(vm, outer, make_cancelled_error(vm, *fut));
    else set_result(vm, outer, vm.list(std::move(results)));
    return Value::none();
}

// _GatheringFuture.cancel(msg=None).
Value gathering_cancel(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "cancel", args, {"msg"}, 0, 1);
    auto* f = dynamic_cast<GatheringFutureObject*>(self.obj());
    if (!f) raise_bad_receiver(vm, "_GatheringFuture", "cancel", self);
    if (f->done()) return Value::boolean(false);
    const Value msg = a[0].is_set() ? a[0] : Value::none();
    const std::vector<Value> children = f->children;  // (a child's cancel may run Python code)
    bool ret = false;
    for (const Value& child : children)
        if (cancel_any(vm, child, msg)) ret = true;
    if (ret) f->cancel_requested = true;
    return Value::boolean(ret);
}

// Whether an object is among `args` twice (they are all objects here).
bool given_twice(std::span<const Value> args) {
    if (args.size() <= 16) {
        for (size_t i = 1; i < args.size(); ++i)
            for (size_t j = 0; j < i; ++j)
                if (args[j].same(args[i])) return true;
        return false;
    }
    std::vector<const Object*> seen;
    seen.reserve(args.size());
    for (const Value& arg : args) seen.push_back(arg.obj());
    std::sort(seen.begin(), seen.end());
    return std::adjacent_find(seen.begin(), seen.end()) != seen.end();
}

// The common call, or unset when the Python version must run it. Nothing has happened yet when
// it answers unset.
Value gather_common(Interp& vm, const CallArgs& args) {
    bool return_exceptions = false;
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        if (args.kw_names[i].as<StrObject>()->text() != "return_exceptions" || !args.kw_values[i].is_bool()) return Value();
        return_exceptions = args.kw_values[i].as_int() != 0;
    }
    if (args.positional.empty()) return Value();
    Value loop = running_loop(vm);
    NativeFunctionObject* create_task = native_create_task(vm, loop);
    if (!create_task) return Value();
    for (const Value& arg : args.positional) {
        ClassObject* type = vm.type_of(arg);
        if (type == vm.types.future.get() || type == vm.types.task.get()) {
            if (!arg.as<FutureObject>()->loop.same(loop)) return Value();
        } else if (auto* g = arg.as<GeneratorObject>(); !g || g->kind != GeneratorObject::Kind::Coroutine) {
            return Value();
        }
    }
    if (given_twice(args.positional)) return Value();

    // ensure_future() for each, in argument order: coroutines become tasks (their first steps
    // are queued now) and every child gets the done callback.
    Value outer_value = vm.heap.value<GatheringFutureObject>(vm.types.gathering_future.get(), vm.dict(), loop);
    GatheringFutureObject& outer = outer_of(outer_value);
    outer.return_exceptions = return_exceptions;
    outer.children.reserve(args.positional.size());
    Value done = vm.native("gather.<locals>._done_callback", &child_done, outer_value);
    for (const Value& arg : args.positional) {
        Value fut = arg.is(ObjKind::Generator) ? create_task->fn(vm, loop, CallArgs{std::span<const Value>(&arg, 1), {}, {}}) : arg;
        add_done_callback(vm, *fut.as<FutureObject>(), done);
        outer.children.push_back(std::move(fut));
    }
    outer.label = &vm.stable_text("gather");
    if (vm.tracer) vm.tracer->future_labelled(outer);
    return outer_value;
}

Value m_gather(Interp& vm, const Value&, const CallArgs& args) {
    if (Value outer = gather_common(vm, args); outer.is_set()) return outer;
    return call_python_version(vm, "_gather", args);
}

}  // namespace

void install_gather_natives(Interp& vm, DictObject& module) {
    Ref<ClassObject> cls = vm.make_class("_GatheringFuture", {vm.types.future}, InstanceLayout::Native);
    cls->module = "asyncio";
    vm.add_method(cls.get(), "cancel", &receiver_first<gathering_cancel>);
    vm.types.gathering_future = cls;
    module.set(vm, vm.intern("gather"), vm.native("gather", &m_gather));
}

}  // namespace aio

}  // namespace loopstep
