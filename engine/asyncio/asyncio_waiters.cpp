// Natives for the waiter bookkeeping of the asyncio prelude's Queue and locks (engine/asyncio/):
// the few lines CPython runs in Python on every put/get/acquire, done here in one call each.
// Each does exactly what the Python it replaces did (tests/harness/prelude_on_cpython.py keeps
// that Python for the run on CPython); waiters the prelude made are plain futures, and anything
// else is dealt with through its methods.
#include "asyncio/asyncio_objects.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

FutureObject* plain_future(Interp& vm, const Value& v) {
    auto* f = v.as<FutureObject>();
    return f && vm.type_of(v) == vm.types.future.get() ? f : nullptr;
}

// owner._get_loop().create_future(), labelled `kind` for the tracer (the prelude's _new_waiter).
// _get_loop is _LoopBound's: the owner binds to the first running loop that uses it.
Value make_waiter(Interp& vm, const Value& owner, const Value& kind_arg) {
    Value get_loop = vm.type_lookup(vm.type_of(owner), vm.literal_name("_get_loop"));
    Value fut;
    Value loop = running_loop(vm);
    auto* inst = owner.as<InstanceObject>();
    bool plain_binding = get_loop.is(ObjKind::Function) &&
                         static_cast<FunctionObject*>(get_loop.obj())->qualname == "_LoopBound._get_loop" && inst &&
                         inst->dict.is_set() && loop.is_set();
    if (plain_binding) {
        // self._loop: the instance's, else the class default (None).
        const Value& name = vm.literal_name("_loop");
        auto* dict = static_cast<DictObject*>(inst->dict.obj());
        Value bound = dict->get_str(name);
        if (bound.is_unset()) bound = vm.getattr(owner, name);
        if (bound.is_none()) {
            dict->set(vm, name, loop);
            bound = loop;
        }
        if (!bound.same(loop)) vm.raise(vm.exc.runtime_error, vm.repr(owner) + " is bound to a different event loop");
        fut = new_future(vm, loop);
    } else {
        fut = vm.call_method(vm.call_method(owner, "_get_loop", {}), "create_future", {});
    }
    if (auto* f = fut.as<FutureObject>()) {
        std::string converted;
        auto* s = kind_arg.as<StrObject>();
        const std::string& kind = s ? s->text() : (converted = vm.to_str(kind_arg));
        f->label = kind.empty() ? nullptr : &vm.label_text(kind);
        f->has_label_time = false;
        if (vm.tracer) vm.tracer->future_labelled(*f);
    }
    return fut;
}

namespace {

bool waiter_done(Interp& vm, const Value& w) {
    if (auto* f = plain_future(vm, w)) return f->done();
    return vm.truthy(vm.call_method(w, "done", {}));
}

DequeObject& waiters_arg(Interp& vm, const Value& v, const char* name) {
    auto* d = v.as<DequeObject>();
    if (!d) vm.raise(vm.exc.type_error, std::string(name) + "() expects the waiters deque");
    return *d;
}

}  // namespace

bool waiter_cancelled(Interp& vm, const Value& w) {
    if (auto* f = plain_future(vm, w)) return f->state == FutureObject::State::Cancelled;
    return vm.truthy(vm.call_method(w, "cancelled", {}));
}

bool all_waiters_cancelled(Interp& vm, const Value& waiters) {
    if (auto* d = waiters.as<DequeObject>()) {
        for (size_t i = 0; i < d->items.size(); ++i) {
            Value w = d->items[i];
            if (!waiter_cancelled(vm, w)) return false;
        }
        return true;
    }
    Value it = vm.iter(waiters);
    for (Value w = vm.next(it); w.is_set(); w = vm.next(it))
        if (!waiter_cancelled(vm, w)) return false;
    return true;
}

// The loop of Queue._wakeup_next below.
void wake_next_waiter(Interp& vm, DequeObject& d) {
    while (!d.items.empty()) {
        Value waiter = std::move(d.items.front());
        d.items.pop_front();
        if (waiter_done(vm, waiter)) continue;
        if (auto* f = plain_future(vm, waiter)) set_result(vm, *f, Value::none());
        else vm.call_method(waiter, "set_result", {Value::none()});
        break;
    }
}

// Queue._wakeup_next(self, waiters): wake the first waiter still waiting; the done ones before it
// are dropped.
//     while waiters:
//         waiter = waiters.popleft()
//         if not waiter.done():
//             waiter.set_result(None)
//             break
Value wakeup_next(Interp& vm, const Value& self, const CallArgs& args) {
    CallArgs rest = args;
    if (self.is_unset()) {  // called through the class: Queue._wakeup_next(q, waiters)
        if (args.positional.empty()) vm.raise(vm.exc.type_error, "_wakeup_next() missing 'self'");
        rest.positional = args.positional.subspan(1);
    }
    if (rest.positional.size() != 1 || !rest.kw_names.empty())
        vm.raise(vm.exc.type_error, "_wakeup_next() takes exactly one argument (waiters)");
    wake_next_waiter(vm, waiters_arg(vm, rest.positional[0], "_wakeup_next"));
    return Value::none();
}

namespace {

// _all_cancelled(waiters): all(w.cancelled() for w in waiters)
Value all_cancelled(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "_all_cancelled", args);
    return Value::boolean(all_waiters_cancelled(vm, args.positional[0]));
}

Value new_waiter(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_new_waiter", args, 2, 2);
    return make_waiter(vm, args.positional[0], args.positional[1]);
}

}  // namespace

void install_waiter_natives(Interp& vm, DictObject& module) {
    module.set(vm, vm.intern("_wakeup_next"), vm.native("_wakeup_next", &wakeup_next));
    module.set(vm, vm.intern("_all_cancelled"), vm.native("_all_cancelled", &all_cancelled));
    module.set(vm, vm.intern("_new_waiter"), vm.native("_new_waiter", &new_waiter));
}

}  // namespace aio

}  // namespace loopstep
