// Frame changes of the dispatch loop: calls, generator resumption (FOR_ITER, SEND), delivering
// what a child frame yielded or returned, and throwing into a suspended chain of frames.
#include "asyncio/asyncio_objects.h"
#include "vm/interp.h"
#include "vm/vm_call.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

void check_depth(Interp& vm) {
    if (vm.depth() >= vm.options.recursion_limit) vm.raise(vm.exc.recursion_error, "maximum recursion depth exceeded");
}

}  // namespace

Frame* VmSupport::call(Interp& vm, Frame* f, const Instruction& in) {
    auto& stack = f->stack;
    if (in.op == Op::CALL) {
        // Positional arguments only, already on the stack after the callable.
        size_t func_index = stack.size() - in.arg - 1;
        CallArgs args;
        args.positional = std::span<const Value>(stack.data() + func_index + 1, in.arg);
        Value callable = stack[func_index];
        if (callable.is(ObjKind::BoundMethod)) return call_unbinding(vm, f, func_index, std::move(callable), args);
        return call_at(vm, f, func_index, callable, args);
    }
    size_t nargs = in.arg;
    std::vector<Value> ex_positional, ex_kw_values, ex_kw_names;
    Value kwnames;
    size_t func_index;
    CallArgs args;
    if (in.op == Op::CALL_KW) {
        kwnames = std::move(stack.back());
        stack.pop_back();
        auto& names = kwnames.as<TupleObject>()->items;
        size_t nkw = names.size();
        func_index = stack.size() - nargs - 1;
        args.positional = std::span<const Value>(stack.data() + func_index + 1, nargs - nkw);
        args.kw_values = std::span<const Value>(stack.data() + func_index + 1 + nargs - nkw, nkw);
        args.kw_names = std::span<const Value>(names.data(), nkw);
    } else {
        Value kwargs;
        if (in.arg & 1) {
            kwargs = std::move(stack.back());
            stack.pop_back();
        }
        Value positional = std::move(stack.back());
        stack.pop_back();
        func_index = stack.size() - 1;
        if (auto* t = positional.as<TupleObject>()) ex_positional = t->items;
        else ex_positional = vm.to_vector(positional);
        if (auto* d = kwargs.as<DictObject>()) {
            for (auto& e : d->table.entries()) {
                if (!e.live()) continue;
                if (!e.key.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "keywords must be strings");
                ex_kw_names.push_back(e.key);
                ex_kw_values.push_back(e.value);
            }
        }
        args.positional = ex_positional;
        args.kw_values = ex_kw_values;
        args.kw_names = ex_kw_names;
    }
    return call_unbinding(vm, f, func_index, stack[func_index], args);
}

// Bound methods of Python functions are called as their function with self first, so that
// they too run in this dispatch loop.
Frame* VmSupport::call_unbinding(Interp& vm, Frame* f, size_t func_index, Value callable, CallArgs args) {
    std::vector<Value> with_self;
    if (auto* m = callable.as<BoundMethodObject>(); m && m->function.is(ObjKind::Function)) {
        with_self.reserve(args.positional.size() + 1);
        with_self.push_back(m->self);
        with_self.insert(with_self.end(), args.positional.begin(), args.positional.end());
        args.positional = with_self;
        callable = m->function;
    }
    return call_at(vm, f, func_index, callable, args);
}

Frame* VmSupport::call_method(Interp& vm, Frame* f, const Instruction& in) {
    auto& stack = f->stack;
    size_t nargs = in.arg;
    Value kwnames;
    CallArgs args;
    size_t nkw = 0;
    if (in.op == Op::CALL_METHOD_KW) {
        kwnames = std::move(stack.back());
        stack.pop_back();
        auto& names = kwnames.as<TupleObject>()->items;
        nkw = names.size();
        args.kw_names = std::span<const Value>(names.data(), nkw);
    }
    size_t func_index = stack.size() - nargs - 2;
    const Value* first = stack.data() + func_index + 2;  // a1
    args.positional = std::span<const Value>(first, nargs - nkw);
    args.kw_values = std::span<const Value>(first + nargs - nkw, nkw);
    Value callable = stack[func_index];
    const Value& self = stack[func_index + 1];
    if (self.is_set()) {
        if (auto* n = callable.as<NativeFunctionObject>()) {
            // A built-in method: the receiver goes in as `self`, as a bound native would pass it.
            Value receiver = self;
            Value result = n->fn(vm, receiver, args);
            stack.resize(func_index);
            stack.push_back(std::move(result));
            return f;
        }
        args.positional = std::span<const Value>(first - 1, nargs - nkw + 1);
        return call_at(vm, f, func_index, callable, args);
    }
    // Not a plain method: the attribute itself is called (a bound method's function with its self).
    if (callable.is(ObjKind::BoundMethod)) return call_unbinding(vm, f, func_index, std::move(callable), args);
    return call_at(vm, f, func_index, callable, args);
}

Frame* VmSupport::call_at(Interp& vm, Frame* f, size_t func_index, const Value& callable, const CallArgs& args) {
    auto& stack = f->stack;
    if (auto* fn = callable.as<FunctionObject>()) {
        uint32_t flags = fn->code->code->flags;
        if (!(flags & (kGenerator | kCoroutine | kAsyncGenerator))) {
            check_depth(vm);
            std::unique_ptr<Frame> frame = CallSupport::make_frame(vm, fn, args);
            stack.resize(func_index);
            Frame* child = frame.release();
            child->back = f;
            child->is_entry = false;
            vm.current_ = child;
            ++vm.depth_;
            return child;
        }
        if (f->instrs[f->ip].op == Op::GET_AWAITABLE) {
            // `await asyncio.sleep(x)`: the awaitable sleep's body would await, without the body;
            // `await q.get()` and the like that need not wait: their result, without the body.
            Value direct = callable.obj() == vm.asyncio_sleep.obj() ? aio::awaited_sleep(vm, args)
                                                                    : aio::awaited_without_coroutine(vm, callable, args);
            if (direct.is_set()) {
                stack.resize(func_index);
                stack.push_back(std::move(direct));
                return f;
            }
        }
    }
    Value result = vm.call(callable, args);
    stack.resize(func_index);
    stack.push_back(std::move(result));
    return f;
}

Frame* VmSupport::push_generator(Interp& vm, Frame* f, GeneratorObject* gen, Value sent) {
    bool coroutine = gen->kind == GeneratorObject::Kind::Coroutine;
    if (gen->state == GeneratorObject::State::Running)
        vm.raise(vm.exc.value_error, coroutine ? "coroutine already executing" : "generator already executing");
    if (gen->state == GeneratorObject::State::Created && !sent.is_none())
        vm.raise(vm.exc.type_error, std::string("can't send non-None value to a just-started ") +
                                        (coroutine ? "coroutine" : "generator"));
    check_depth(vm);
    Frame* child = gen->frame.get();
    if (gen->state == GeneratorObject::State::Suspended) child->stack.push_back(std::move(sent));
    gen->state = GeneratorObject::State::Running;
    f->resume_at = f->ip - 1;
    child->back = f;
    child->is_entry = false;
    vm.current_ = child;
    ++vm.depth_;
    return child;
}

void VmSupport::deliver(Interp& vm, Frame* parent, bool yielded, Value v) {
    (void)vm;
    const Instruction& at = parent->code->code->instructions[parent->resume_at];
    if (at.op == Op::FOR_ITER) {
        if (yielded) {
            parent->stack.push_back(std::move(v));
            parent->ip = parent->resume_at + 1;
        } else {
            parent->stack.pop_back();
            parent->ip = at.arg;
        }
        return;
    }
    // SEND: (receiver -- receiver y) then YIELD_VALUE; or (receiver -- r) and jump.
    if (yielded) {
        parent->stack.push_back(std::move(v));
        parent->ip = parent->resume_at + 1;
    } else {
        parent->stack.back() = std::move(v);
        parent->ip = at.arg;
    }
}

Frame* VmSupport::send(Interp& vm, Frame* f, const Instruction& in) {
    Value value = std::move(f->stack.back());
    f->stack.pop_back();
    Value receiver = f->stack.back();
    if (auto* gen = receiver.as<GeneratorObject>()) {
        if (gen->state == GeneratorObject::State::Closed) {
            if (gen->kind == GeneratorObject::Kind::Coroutine)
                vm.raise(vm.exc.runtime_error, "cannot reuse already awaited coroutine");
            f->stack.back() = Value::none();
            f->ip = in.arg;
            return f;
        }
        return push_generator(vm, f, gen, std::move(value));
    }
    if (auto* it = receiver.as<IteratorObject>()) {
        ResumeResult r = it->send(vm, value);
        if (r.status == ResumeStatus::Yielded) {
            f->stack.push_back(std::move(r.value));
        } else if (r.status == ResumeStatus::Returned) {
            f->stack.back() = std::move(r.value);
            f->ip = in.arg;
        } else {
            throw PyError{r.value};
        }
        return f;
    }
    // Any other iterator: __next__ / send, StopIteration carries the result.
    try {
        Value y = value.is_none() ? vm.call_method(receiver, "__next__", {}) : vm.call_method(receiver, "send", {value});
        f->stack.push_back(std::move(y));
    } catch (PyError& e) {
        if (!vm.isinstance(e.exception, vm.exc.stop_iteration.get())) throw;
        f->stack.back() = vm.getattr(e.exception, "value");
        f->ip = in.arg;
    }
    return f;
}

Frame* VmSupport::descend_for_throw(Interp& vm, Frame* f) {
    for (;;) {
        if (f->ip < 2) return f;
        const auto& code = f->code->code->instructions;
        const Instruction& last = code[f->ip - 1];
        if (last.op != Op::YIELD_VALUE || last.arg != 1) return f;
        auto* gen = f->stack.back().as<GeneratorObject>();
        if (!gen || gen->state != GeneratorObject::State::Suspended) {
            // Raise at the SEND that awaits the receiver.
            f->ip = f->ip - 1;
            return f;
        }
        // The receiver's frame resumes with the exception; the awaiting frame waits at SEND.
        f->ip = f->ip - 1;
        f->resume_at = f->ip - 1;
        Frame* child = gen->frame.get();
        gen->state = GeneratorObject::State::Running;
        child->back = f;
        child->is_entry = false;
        vm.current_ = child;
        ++vm.depth_;
        f = child;
    }
}

Value VmSupport::generator_exit_exception(Interp& vm, GeneratorObject* gen, const Value& exception) {
    if (!vm.isinstance(exception, vm.exc.stop_iteration.get()) &&
        !(gen->kind == GeneratorObject::Kind::AsyncGenerator && vm.isinstance(exception, vm.exc.stop_async_iteration.get())))
        return exception;
    const char* what = gen->kind == GeneratorObject::Kind::Coroutine        ? "coroutine"
                       : gen->kind == GeneratorObject::Kind::AsyncGenerator ? "async generator"
                                                                            : "generator";
    const char* raised = vm.isinstance(exception, vm.exc.stop_iteration.get()) ? "StopIteration" : "StopAsyncIteration";
    Value converted = vm.new_exception(vm.exc.runtime_error.get(), {vm.str(std::string(what) + " raised " + raised)});
    auto* e = converted.as<ExceptionObject>();
    e->cause = exception;
    e->context = exception;
    e->suppress_context = true;
    return converted;
}

}  // namespace loopstep
