// The synchronous methods of the prelude's asyncio.Queue and Event as natives: qsize, empty,
// full, put_nowait, get_nowait, task_done, the FIFO storage hooks _put/_get, Event.set/clear.
// Each is line for line CPython 3.11's Python (queues.py, locks.py), and everything it does
// through `self` still goes through `self`: a subclass overriding qsize, _put or _get, or an
// instance attribute shadowing a method, is honoured exactly as the Python would. The coroutine
// methods (put, get, join, Event.wait, Lock.acquire) stay Python; only when `await q.get()`,
// `await q.put(x)` or `await lock.acquire()` is on a plain queue or lock is the coroutine skipped
// (awaited_without_coroutine, at the end), its suspensions made by the same futures.
#include "asyncio/asyncio_objects.h"
#include "asyncio/plain_fields.h"
#include "syntax/ast.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace aio {

namespace {

// The receiver, whether called bound (self set) or through the class (first argument).
struct Call {
    Value self;
    std::span<const Value> args;
};

Call receiver(Interp& vm, const Value& self, const CallArgs& args, const char* name, size_t nargs) {
    Call c{self, args.positional};
    if (c.self.is_unset()) {
        if (args.positional.empty()) vm.raise(vm.exc.type_error, std::string(name) + "() missing 'self'");
        c.self = args.positional[0];
        c.args = args.positional.subspan(1);
    }
    if (c.args.size() != nargs || !args.kw_names.empty())
        vm.raise(vm.exc.type_error, std::string(name) + "() takes " + std::to_string(nargs + 1) + " positional argument" +
                                        (nargs ? "s" : "") + " but " + std::to_string(c.args.size() + 1) + " were given");
    return c;
}

const Value& name(Interp& vm, const char* literal) { return vm.literal_name(literal); }

// self._name: when the class has no attribute of that name at all (so no descriptor can take
// precedence), the instance's own dict answers, as the full lookup would; otherwise the full lookup.
Value attr(Interp& vm, const Value& obj, const char* literal) {
    const Value& n = name(vm, literal);
    if (auto* inst = obj.as<InstanceObject>(); inst && inst->dict.is_set()) {
        // Whether the class has the name is remembered per literal for the class epoch; then the
        // dict entry where the name was last time is checked before probing.
        auto& site = vm.attr_sites[(reinterpret_cast<uintptr_t>(literal) >> 3) % vm.attr_sites.size()];
        if (site.literal != literal || site.type != inst->type() || site.epoch != vm.class_epoch)
            site = {literal, inst->type(), vm.class_epoch, vm.type_lookup(inst->type(), n).is_set(), 0};
        if (!site.class_has) {
            const auto& table = static_cast<DictObject*>(inst->dict.obj())->table;
            if (int64_t at = table.find_str_hinted(n, site.hint); at >= 0)
                return table.entries()[static_cast<size_t>(at)].value;
        }
    }
    return vm.getattr(obj, n);
}

// self.method(args...): an instance attribute first, then the class's method, as the attribute
// lookup and call would.
Value call_method(Interp& vm, const Value& obj, const char* literal, std::initializer_list<Value> args) {
    return vm.call_method(obj, name(vm, literal), args);
}

bool less_equal(Interp& vm, const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() <= b.as_int();
    return vm.truthy(vm.compare(static_cast<int>(ast::CmpOperator::LtE), a, b));
}

Value add(Interp& vm, const Value& a, int64_t b) {
    int64_t r;
    if (a.is_int() && !__builtin_add_overflow(a.as_int(), b, &r)) return Value::integer(r);
    return vm.binary_op(static_cast<int>(ast::Operator::Add), a, Value::integer(b), true);
}

Value q_qsize(Interp& vm, const Value& self, const CallArgs& args);
Value q_empty(Interp& vm, const Value& self, const CallArgs& args);
Value q_full(Interp& vm, const Value& self, const CallArgs& args);
Value q_put_item(Interp& vm, const Value& self, const CallArgs& args);
Value q_get_item(Interp& vm, const Value& self, const CallArgs& args);
Value ev_clear(Interp& vm, const Value& self, const CallArgs& args);
Value ev_set(Interp& vm, const Value& self, const CallArgs& args);
Value lock_wake_up_first(Interp& vm, const Value& self, const CallArgs& args);

// The fast paths: a prelude Queue, Event or Lock whose fields the natives may use in place
// (plain_fields.h); each native falls back to its line-for-line path when this does not hold.
enum SiteSlot : size_t { kQueueSite, kEventSite, kLockSite, kAwaitSite, kLockAwaitSite };

InstanceObject* plain_instance(const Value& v) {
    auto* inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance ? inst : nullptr;
}

struct QueueView {
    enum Field { kMaxsize, kGetters, kPutters, kUnfinished, kFinished, kQueue, kLoop };
    PlainFields<7> field;
    DequeObject* items = nullptr;
    DequeObject& waiters(Field which) { return *field[which].as<DequeObject>(); }
};

bool plain_queue(Interp& vm, const Value& self, QueueView& v) {
    InstanceObject* inst = plain_instance(self);
    if (!inst) return false;
    auto check = [&](ClassObject& cls) {
        return has_native(vm, cls, "qsize", &q_qsize) && has_native(vm, cls, "empty", &q_empty) &&
               has_native(vm, cls, "full", &q_full) && has_native(vm, cls, "_put", &q_put_item) &&
               has_native(vm, cls, "_get", &q_get_item) && has_native(vm, cls, "_wakeup_next", &wakeup_next) &&
               plain_attributes(vm, cls, "_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_queue");
    };
    if (!v.field.locate(vm, vm.plain_sites[kQueueSite], *inst,
                        {"_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_queue", "_loop"}, 6, check))
        return false;
    v.items = v.field[QueueView::kQueue].as<DequeObject>();
    return v.items && v.field[QueueView::kGetters].as<DequeObject>() && v.field[QueueView::kPutters].as<DequeObject>();
}

struct EventView {
    enum Field { kWaiters, kValue, kKind, kLoop };
    PlainFields<4> field;
};

bool plain_event(Interp& vm, const Value& self, EventView& v) {
    InstanceObject* inst = plain_instance(self);
    auto check = [&](ClassObject& cls) {
        return has_native(vm, cls, "clear", &ev_clear) && has_native(vm, cls, "set", &ev_set) &&
               plain_attributes(vm, cls, "_waiters", "_value");
    };
    return inst && v.field.locate(vm, vm.plain_sites[kEventSite], *inst, {"_waiters", "_value", "_kind", "_loop"}, 2, check);
}

struct LockView {
    enum Field { kWaiters, kLocked, kLoop };
    PlainFields<3> field;
};

bool plain_lock(Interp& vm, const Value& self, LockView& v) {
    InstanceObject* inst = plain_instance(self);
    auto check = [&](ClassObject& cls) {
        return has_native(vm, cls, "_wake_up_first", &lock_wake_up_first) && plain_attributes(vm, cls, "_waiters", "_locked");
    };
    return inst && v.field.locate(vm, vm.plain_sites[kLockSite], *inst, {"_waiters", "_locked", "_loop"}, 2, check);
}

// def qsize(self): return len(self._queue)
Value q_qsize(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "qsize", 0);
    if (QueueView v; plain_queue(vm, c.self, v)) return Value::integer(static_cast<int64_t>(v.items->items.size()));
    Value q = attr(vm, c.self, "_queue");
    if (auto* d = q.as<DequeObject>()) return Value::integer(static_cast<int64_t>(d->items.size()));
    return vm.call(static_cast<DictObject*>(vm.builtins.obj())->get_str(name(vm, "len")), {q});
}

// def empty(self): return not self._queue
Value q_empty(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "empty", 0);
    if (QueueView v; plain_queue(vm, c.self, v)) return Value::boolean(v.items->items.empty());
    return Value::boolean(!vm.truthy(attr(vm, c.self, "_queue")));
}

// def full(self):
//     if self._maxsize <= 0: return False
//     else: return self.qsize() >= self._maxsize
Value q_full(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "full", 0);
    if (QueueView v; plain_queue(vm, c.self, v) && v.field[QueueView::kMaxsize].is_int()) {
        int64_t maxsize = v.field[QueueView::kMaxsize].as_int();
        return Value::boolean(maxsize > 0 && static_cast<int64_t>(v.items->items.size()) >= maxsize);
    }
    Value maxsize = attr(vm, c.self, "_maxsize");
    if (less_equal(vm, maxsize, Value::integer(0))) return Value::boolean(false);
    Value size = call_method(vm, c.self, "qsize", {});
    Value limit = attr(vm, c.self, "_maxsize");
    if (size.is_int() && limit.is_int()) return Value::boolean(size.as_int() >= limit.as_int());
    return vm.compare(static_cast<int>(ast::CmpOperator::GtE), size, limit);
}

// def _put(self, item): self._queue.append(item)
Value q_put_item(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "_put", 1);
    Value q = attr(vm, c.self, "_queue");
    if (auto* d = q.as<DequeObject>()) d->items.push_back(c.args[0]);
    else call_method(vm, q, "append", {c.args[0]});
    return Value::none();
}

// def _get(self): return self._queue.popleft()
Value q_get_item(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "_get", 0);
    Value q = attr(vm, c.self, "_queue");
    if (auto* d = q.as<DequeObject>(); d && !d->items.empty()) {
        Value item = std::move(d->items.front());
        d->items.pop_front();
        return item;
    }
    return call_method(vm, q, "popleft", {});
}

// def put_nowait(self, item):
//     if self.full(): raise QueueFull
//     self._put(item)
//     self._unfinished_tasks += 1
//     self._finished.clear()
//     self._wakeup_next(self._getters)
Value q_put_nowait(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "put_nowait", 1);
    const Value& q = c.self;
    QueueView v;
    EventView finished;
    if (plain_queue(vm, q, v) && v.field[QueueView::kMaxsize].is_int() && v.field[QueueView::kUnfinished].is_int() &&
        plain_event(vm, v.field[QueueView::kFinished], finished)) {
        int64_t maxsize = v.field[QueueView::kMaxsize].as_int();
        if (maxsize > 0 && static_cast<int64_t>(v.items->items.size()) >= maxsize)
            vm.raise_value(vm.new_exception(vm.exc.queue_full.get(), {}));
        v.items->items.push_back(c.args[0]);
        v.field[QueueView::kUnfinished] = add(vm, v.field[QueueView::kUnfinished], 1);
        finished.field[EventView::kValue] = Value::boolean(false);
        wake_next_waiter(vm, v.waiters(QueueView::kGetters));
        return Value::none();
    }
    if (vm.truthy(call_method(vm, q, "full", {}))) vm.raise_value(vm.new_exception(vm.exc.queue_full.get(), {}));
    call_method(vm, q, "_put", {c.args[0]});
    vm.setattr(q, name(vm, "_unfinished_tasks"), add(vm, attr(vm, q, "_unfinished_tasks"), 1));
    call_method(vm, attr(vm, q, "_finished"), "clear", {});
    call_method(vm, q, "_wakeup_next", {attr(vm, q, "_getters")});
    return Value::none();
}

// def get_nowait(self):
//     if self.empty(): raise QueueEmpty
//     item = self._get()
//     self._wakeup_next(self._putters)
//     return item
Value q_get_nowait(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "get_nowait", 0);
    const Value& q = c.self;
    if (QueueView v; plain_queue(vm, q, v) && !v.items->items.empty()) {
        Value item = std::move(v.items->items.front());
        v.items->items.pop_front();
        wake_next_waiter(vm, v.waiters(QueueView::kPutters));
        return item;
    }
    if (vm.truthy(call_method(vm, q, "empty", {}))) vm.raise_value(vm.new_exception(vm.exc.queue_empty.get(), {}));
    Value item = call_method(vm, q, "_get", {});
    call_method(vm, q, "_wakeup_next", {attr(vm, q, "_putters")});
    return item;
}

// def task_done(self):
//     if self._unfinished_tasks <= 0: raise ValueError('task_done() called too many times')
//     self._unfinished_tasks -= 1
//     if self._unfinished_tasks == 0: self._finished.set()
Value q_task_done(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "task_done", 0);
    const Value& q = c.self;
    if (QueueView v; plain_queue(vm, q, v) && v.field[QueueView::kUnfinished].is_int() &&
                     v.field[QueueView::kUnfinished].as_int() > 0) {
        int64_t left = v.field[QueueView::kUnfinished].as_int() - 1;
        v.field[QueueView::kUnfinished] = Value::integer(left);
        if (left == 0) call_method(vm, Value(v.field[QueueView::kFinished]), "set", {});
        return Value::none();
    }
    if (less_equal(vm, attr(vm, q, "_unfinished_tasks"), Value::integer(0)))
        vm.raise(vm.exc.value_error, "task_done() called too many times");
    vm.setattr(q, name(vm, "_unfinished_tasks"), add(vm, attr(vm, q, "_unfinished_tasks"), -1));
    if (vm.eq(attr(vm, q, "_unfinished_tasks"), Value::integer(0))) call_method(vm, attr(vm, q, "_finished"), "set", {});
    return Value::none();
}

// Event.clear(self): self._value = False
Value ev_clear(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "clear", 0);
    if (EventView v; plain_event(vm, c.self, v)) {
        v.field[EventView::kValue] = Value::boolean(false);
        return Value::none();
    }
    vm.setattr(c.self, name(vm, "_value"), Value::boolean(false));
    return Value::none();
}

// Event.set(self):
//     if not self._value:
//         self._value = True
//         for fut in self._waiters:
//             if not fut.done():
//                 fut.set_result(True)
Value ev_set(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "set", 0);
    if (vm.truthy(attr(vm, c.self, "_value"))) return Value::none();
    vm.setattr(c.self, name(vm, "_value"), Value::boolean(true));
    Value it = vm.iter(attr(vm, c.self, "_waiters"));
    for (Value fut = vm.next(it); fut.is_set(); fut = vm.next(it)) {
        if (vm.truthy(call_method(vm, fut, "done", {}))) continue;
        call_method(vm, fut, "set_result", {Value::boolean(true)});
    }
    return Value::none();
}

// Lock.locked(self): return self._locked
Value lock_locked(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "locked", 0);
    return attr(vm, c.self, "_locked");
}

// Lock._wake_up_first(self):
//     if not self._waiters: return
//     fut = self._waiters[0]
//     if not fut.done(): fut.set_result(True)
Value lock_wake_up_first(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "_wake_up_first", 0);
    Value waiters = attr(vm, c.self, "_waiters");
    if (!vm.truthy(waiters)) return Value::none();
    Value fut = vm.getitem(waiters, Value::integer(0));
    if (!vm.truthy(call_method(vm, fut, "done", {}))) call_method(vm, fut, "set_result", {Value::boolean(true)});
    return Value::none();
}

// Lock.release(self):
//     if self._locked: self._locked = False; self._wake_up_first()
//     else: raise RuntimeError('Lock is not acquired.')
Value lock_release(Interp& vm, const Value& self, const CallArgs& args) {
    Call c = receiver(vm, self, args, "release", 0);
    if (LockView v; plain_lock(vm, c.self, v) && v.field[LockView::kLocked].is_bool() &&
                    v.field[LockView::kLocked].as_bool()) {
        const Value& waiters = v.field[LockView::kWaiters];
        auto* queued = waiters.as<DequeObject>();
        if (waiters.is_none() || queued) {
            v.field[LockView::kLocked] = Value::boolean(false);
            // self._wake_up_first(), the native, on its plain futures.
            if (!queued || queued->items.empty()) return Value::none();
            if (FutureObject* first = plain_future(vm, queued->items.front())) {
                if (!first->done()) set_result(vm, *first, Value::boolean(true));
                return Value::none();
            }
            return lock_wake_up_first(vm, c.self, CallArgs{});
        }
    }
    if (!vm.truthy(attr(vm, c.self, "_locked"))) vm.raise(vm.exc.runtime_error, "Lock is not acquired.");
    vm.setattr(c.self, name(vm, "_locked"), Value::boolean(false));
    call_method(vm, c.self, "_wake_up_first", {});
    return Value::none();
}

// The class of a queue that get() and put() may be awaited on without their coroutines: it has
// the prelude's _get_loop (its waiters are plain futures) and get_nowait / put_nowait.
bool has_prelude_get_loop(Interp& vm, ClassObject& cls) {
    Value get_loop = vm.type_lookup(&cls, name(vm, "_get_loop"));
    return get_loop.is(ObjKind::Function) && static_cast<FunctionObject*>(get_loop.obj())->qualname == "_LoopBound._get_loop";
}

bool queue_awaits_plainly(Interp& vm, ClassObject& type) {
    auto check = [&](ClassObject& cls) {
        return has_prelude_get_loop(vm, cls) && has_native(vm, cls, "get_nowait", &q_get_nowait) &&
               has_native(vm, cls, "put_nowait", &q_put_nowait);
    };
    return class_passes(vm, vm.plain_sites[kAwaitSite], type, check);
}

// async def get(self):
//     while self.empty(): ...wait...
//     return self.get_nowait()
Value awaited_get(Interp& vm, const CallArgs& args) {
    if (!args.kw_names.empty() || args.positional.size() != 1) return Value();
    const Value& q = args.positional[0];
    QueueView v;
    if (!plain_queue(vm, q, v) || !queue_awaits_plainly(vm, *q.as<InstanceObject>()->type())) return Value();
    if (v.items->items.empty()) return queue_wait(vm, q, Value(), false);
    return finished_awaitable(vm, q_get_nowait(vm, q, CallArgs{}));
}

// async def put(self, item):
//     while self.full(): ...wait...
//     return self.put_nowait(item)
Value awaited_put(Interp& vm, const CallArgs& args) {
    if (!args.kw_names.empty() || args.positional.size() != 2) return Value();
    const Value& q = args.positional[0];
    QueueView v;
    if (!plain_queue(vm, q, v) || !v.field[QueueView::kMaxsize].is_int() ||
        !queue_awaits_plainly(vm, *q.as<InstanceObject>()->type()))
        return Value();
    int64_t maxsize = v.field[QueueView::kMaxsize].as_int();
    if (maxsize > 0 && static_cast<int64_t>(v.items->items.size()) >= maxsize) return queue_wait(vm, q, args.positional[1], true);
    return finished_awaitable(vm, q_put_nowait(vm, q, CallArgs{args.positional.subspan(1)}));
}

// async def acquire(self):
//     if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
//         self._locked = True
//         return True
//     ...wait...
Value awaited_acquire(Interp& vm, const CallArgs& args) {
    if (!args.kw_names.empty() || args.positional.size() != 1) return Value();
    const Value& lock = args.positional[0];
    LockView v;
    if (!plain_lock(vm, lock, v)) return Value();
    auto check = [&](ClassObject& cls) { return has_prelude_get_loop(vm, cls); };
    if (!class_passes(vm, vm.plain_sites[kLockAwaitSite], *lock.as<InstanceObject>()->type(), check)) return Value();
    const Value& locked = v.field[LockView::kLocked];
    const Value& waiters = v.field[LockView::kWaiters];
    auto* queued = waiters.as<DequeObject>();
    if (locked.is_bool() && !locked.as_bool() && (waiters.is_none() || (queued && queued->items.empty()))) {
        v.field[LockView::kLocked] = Value::boolean(true);
        return finished_awaitable(vm, Value::boolean(true));
    }
    return lock_wait(vm, lock);
}

}  // namespace

void install_queue_natives(Interp& vm, DictObject& module) {
    auto add_native = [&](const char* name, NativeFn fn) { module.set(vm, vm.intern(name), vm.native(name, fn)); };
    add_native("_queue_qsize", &q_qsize);
    add_native("_queue_empty", &q_empty);
    add_native("_queue_full", &q_full);
    add_native("_queue_put_item", &q_put_item);
    add_native("_queue_get_item", &q_get_item);
    add_native("_queue_put_nowait", &q_put_nowait);
    add_native("_queue_get_nowait", &q_get_nowait);
    add_native("_queue_task_done", &q_task_done);
    add_native("_event_clear", &ev_clear);
    add_native("_event_set", &ev_set);
    add_native("_lock_locked", &lock_locked);
    add_native("_lock_release", &lock_release);
    add_native("_lock_wake_up_first", &lock_wake_up_first);
}

Value awaited_without_coroutine(Interp& vm, const Value& fn, const CallArgs& args) {
    if (fn.is_unset()) return Value();
    if (fn.obj() == vm.asyncio_queue_get.obj()) return awaited_get(vm, args);
    if (fn.obj() == vm.asyncio_queue_put.obj()) return awaited_put(vm, args);
    if (fn.obj() == vm.asyncio_lock_acquire.obj()) return awaited_acquire(vm, args);
    return Value();
}

}  // namespace aio

}  // namespace loopstep
