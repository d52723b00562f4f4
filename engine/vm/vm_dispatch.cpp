// The dispatch loop. Calls to Python functions and resumptions of generators push frames onto
// the same loop (no C++ recursion); a generator or coroutine suspends by leaving it, so a task
// is simply the chain of frames between an entry frame and the innermost one.
#include <cassert>

#include "syntax/ast.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/vm_call.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

Value pop(Frame* f) {
    Value v = std::move(f->stack.back());
    f->stack.pop_back();
    return v;
}

[[noreturn]] void unbound_local(Interp& vm, const std::string& name) {
    vm.raise(vm.exc.unbound_local_error, "cannot access local variable '" + name + "' where it is not associated with a value");
}

}  // namespace

ResumeResult Interp::execute(Frame* entry, Value pending) {
    entry->is_entry = true;
    entry->back = current_;
    current_ = entry;
    ++depth_;
    if (entry->generator) entry->generator->state = GeneratorObject::State::Running;
    Frame* f = entry;
    Value exception = std::move(pending);
    if (exception.is_set()) {
        f = VmSupport::descend_for_throw(*this, f);
        // Awaiting a native iterator (a future, an async generator's asend): it gets the throw.
        const auto& code = f->code->code->instructions;
        if (f->ip >= 1 && f->ip < code.size() && code[f->ip].op == Op::YIELD_VALUE && code[f->ip].arg == 1 &&
            code[f->ip - 1].op == Op::SEND && !f->stack.empty()) {
            if (auto* it = f->stack.back().as<IteratorObject>()) {
                ResumeResult r;
                try {
                    r = it->throw_in(*this, exception);
                } catch (PyError& e) {
                    r = {ResumeStatus::Raised, e.exception};
                }
                if (r.status == ResumeStatus::Yielded) {
                    f->stack.push_back(std::move(r.value));  // YIELD_VALUE passes it up again
                    exception.reset();
                } else if (r.status == ResumeStatus::Returned) {
                    f->stack.back() = std::move(r.value);
                    f->ip = code[f->ip - 1].arg;
                    exception.reset();
                } else {
                    exception = std::move(r.value);
                }
            }
        }
    }
    // The pending exception was just raised here (record context/traceback): so is one thrown in,
    // at the frame it lands in (whether raised there or by the native iterator it awaits).
    bool fresh = exception.is_set();
    // Instructions are counted down in a register and added to `instructions` when the budgets are
    // checked and when this dispatch loop returns or throws. The countdown runs to the count's
    // next multiple of kBudgetEvery, so that the budgets (and a stop request) are checked every
    // kBudgetEvery instructions even when every dispatch loop is short (one task step each).
    constexpr uint32_t kBudgetEvery = 0x4000;
    uint32_t until_check = kBudgetEvery - static_cast<uint32_t>(instructions & (kBudgetEvery - 1));
    uint32_t counted_from = until_check;  // the countdown when `instructions` was last brought up to date
    struct CountFlush {
        Interp& vm;
        const uint32_t& from;
        const uint32_t& left;
        ~CountFlush() { vm.instructions += from - left; }
    } count_flush{*this, counted_from, until_check};

    // Pops the finished frame `leaving`; returns true when it was the entry frame.
    auto leave = [&](Frame* leaving) {
        f = leaving->back;
        current_ = f;
        --depth_;
        leaving->back = nullptr;
        bool was_entry = leaving->is_entry;
        leaving->is_entry = false;
        return was_entry;
    };

    for (;;) {
        // ---- unwinding an exception through handler blocks and frames
        while (exception.is_set()) {
            auto* e = exception.as<ExceptionObject>();
            if (fresh && e) {
                e->traceback.push_back({f->code->code->filename, f->current_line(), f->code->code->name});
            }
            fresh = false;
            if (!f->blocks.empty()) {
                HandlerBlock block = f->blocks.back();
                f->blocks.pop_back();
                f->stack.resize(block.stack_depth);
                f->handled.resize(block.exc_depth);
                f->stack.push_back(std::move(exception));
                exception.reset();
                f->ip = block.handler;
                break;
            }
            Frame* leaving = f;
            GeneratorObject* gen = leaving->generator;
            if (gen) {
                gen->state = GeneratorObject::State::Closed;
                exception = VmSupport::generator_exit_exception(*this, gen, exception);
                leaving->stack.clear();
                leaving->blocks.clear();
                leaving->handled.clear();
            }
            if (leave(leaving)) return {ResumeStatus::Raised, std::move(exception)};
            if (!gen) recycle_frame(leaving);
            else f->ip = f->resume_at + 1;
            fresh = true;  // record the caller's line in the traceback
        }

        try {
            for (;;) {
                const Instruction in = f->instrs[f->ip++];
                if (--until_check == 0) [[unlikely]] {
                    instructions += counted_from;
                    until_check = counted_from = kBudgetEvery;
                    check_budgets(f);
                }
                if (f->traced && tracer) [[unlikely]] {
                    int32_t line = f->lines[f->ip - 1];
                    if (line != f->traced_line) {
                        f->traced_line = line;
                        tracer->line(f, line);
                    }
                }
                switch (in.op) {
                    case Op::NOP: break;
                    case Op::POP_TOP: f->stack.pop_back(); break;
                    case Op::DUP_TOP: f->stack.push_back(f->stack.back()); break;
                    case Op::DUP_TOP_TWO: {
                        size_t n = f->stack.size();
                        Value a = f->stack[n - 2], b = f->stack[n - 1];
                        f->stack.push_back(std::move(a));
                        f->stack.push_back(std::move(b));
                        break;
                    }
                    case Op::ROT_TWO: std::swap(f->stack[f->stack.size() - 1], f->stack[f->stack.size() - 2]); break;
                    case Op::ROT_THREE: {
                        size_t n = f->stack.size();
                        Value top = std::move(f->stack[n - 1]);
                        f->stack[n - 1] = std::move(f->stack[n - 2]);
                        f->stack[n - 2] = std::move(f->stack[n - 3]);
                        f->stack[n - 3] = std::move(top);
                        break;
                    }
                    case Op::ROT_FOUR: {
                        size_t n = f->stack.size();
                        Value top = std::move(f->stack[n - 1]);
                        f->stack[n - 1] = std::move(f->stack[n - 2]);
                        f->stack[n - 2] = std::move(f->stack[n - 3]);
                        f->stack[n - 3] = std::move(f->stack[n - 4]);
                        f->stack[n - 4] = std::move(top);
                        break;
                    }
                    case Op::LOAD_CONST: f->stack.push_back(f->code->constants[in.arg]); break;
                    case Op::LOAD_FAST: {
                        const Value& v = f->fast[in.arg];
                        if (v.is_unset()) unbound_local(*this, f->code->code->varnames[in.arg]);
                        f->stack.push_back(v);
                        break;
                    }
                    case Op::STORE_FAST: f->fast[in.arg] = pop(f); break;
                    case Op::DELETE_FAST:
                        if (f->fast[in.arg].is_unset()) unbound_local(*this, f->code->code->varnames[in.arg]);
                        f->fast[in.arg].reset();
                        break;
                    case Op::LOAD_DEREF: {
                        auto* cell = static_cast<CellObject*>(f->cell(in.arg).obj());
                        if (cell->value.is_unset()) VmSupport::unbound_cell(*this, f, in.arg);
                        f->stack.push_back(cell->value);
                        break;
                    }
                    case Op::STORE_DEREF: static_cast<CellObject*>(f->cell(in.arg).obj())->value = pop(f); break;
                    case Op::DELETE_DEREF: {
                        auto* cell = static_cast<CellObject*>(f->cell(in.arg).obj());
                        if (cell->value.is_unset()) VmSupport::unbound_cell(*this, f, in.arg);
                        cell->value.reset();
                        break;
                    }
                    case Op::LOAD_CLOSURE: f->stack.push_back(f->cell(in.arg)); break;
                    case Op::LOAD_GLOBAL:
                        f->stack.push_back(VmSupport::load_global(*this, f, f->code->names[in.arg]));
                        break;
                    case Op::STORE_GLOBAL:
                        static_cast<DictObject*>(f->globals.obj())->set(*this, f->code->names[in.arg], pop(f));
                        break;
                    case Op::DELETE_GLOBAL:
                        if (!static_cast<DictObject*>(f->globals.obj())->remove(*this, f->code->names[in.arg]))
                            raise(exc.name_error, "name '" + f->code->code->names[in.arg] + "' is not defined");
                        break;
                    case Op::LOAD_NAME: f->stack.push_back(VmSupport::load_name(*this, f, f->code->names[in.arg])); break;
                    case Op::STORE_NAME:
                        // A class body's namespace from a metaclass's __prepare__ may override __setitem__.
                        if (f->locals_dict.obj()->type() != types.dict.get()) {
                            Value v = pop(f);
                            setitem(f->locals_dict, f->code->names[in.arg], v);
                        } else {
                            static_cast<DictObject*>(f->locals_dict.obj())->set(*this, f->code->names[in.arg], pop(f));
                        }
                        break;
                    case Op::DELETE_NAME:
                        if (!static_cast<DictObject*>(f->locals_dict.obj())->remove(*this, f->code->names[in.arg]))
                            raise(exc.name_error, "name '" + f->code->code->names[in.arg] + "' is not defined");
                        break;
                    case Op::LOAD_ATTR: VmSupport::load_attr(*this, f, f->code->names[in.arg]); break;
                    case Op::LOAD_METHOD: VmSupport::load_method(*this, f, f->code->names[in.arg]); break;
                    case Op::STORE_ATTR: VmSupport::store_attr(*this, f, f->code->names[in.arg]); break;
                    case Op::DELETE_ATTR: {
                        Value obj = pop(f);
                        delattr(obj, f->code->names[in.arg]);
                        break;
                    }
                    case Op::BINARY_SUBSCR: {
                        Value key = pop(f);
                        Value container = pop(f);
                        f->stack.push_back(getitem(container, key));
                        break;
                    }
                    case Op::STORE_SUBSCR: {
                        Value key = pop(f);
                        Value container = pop(f);
                        Value v = pop(f);
                        setitem(container, key, v);
                        break;
                    }
                    case Op::DELETE_SUBSCR: {
                        Value key = pop(f);
                        Value container = pop(f);
                        delitem(container, key);
                        break;
                    }
                    case Op::BUILD_SLICE: {
                        Value step = in.arg == 3 ? pop(f) : Value::none();
                        Value stop = pop(f);
                        Value start = pop(f);
                        f->stack.push_back(heap.value<SliceObject>(types.slice.get(), start, stop, step));
                        break;
                    }
                    case Op::BINARY_OP: {
                        Value b = pop(f);
                        Value a = pop(f);
                        if (a.is_int() && b.is_int()) {
                            // Small ints, in place or not (ints are immutable): + - * // % without
                            // overflow here; anything else, or a zero divisor, takes binary_op.
                            int64_t x = a.as_int(), y = b.as_int(), r;
                            bool done = false;
                            switch (static_cast<ast::Operator>(in.arg & 15)) {
                                case ast::Operator::Add: done = !__builtin_add_overflow(x, y, &r); break;
                                case ast::Operator::Sub: done = !__builtin_sub_overflow(x, y, &r); break;
                                case ast::Operator::Mult: done = !__builtin_mul_overflow(x, y, &r); break;
                                case ast::Operator::FloorDiv:
                                case ast::Operator::Mod:
                                    if (y == 0 || (y == -1 && x == INT64_MIN)) break;
                                    r = x % y;
                                    // Python rounds toward minus infinity: when the signs differ
                                    // and it is inexact, the remainder takes the divisor's sign.
                                    if (const bool mod = (in.arg & 15) == static_cast<uint32_t>(ast::Operator::Mod);
                                        r != 0 && ((r < 0) != (y < 0)))
                                        r = mod ? r + y : x / y - 1;
                                    else if (!mod)
                                        r = x / y;
                                    done = true;
                                    break;
                                default: break;
                            }
                            if (done) {
                                f->stack.push_back(Value::integer(r));
                                break;
                            }
                        }
                        f->stack.push_back(binary_op(static_cast<int>(in.arg & 15), a, b, in.arg >= 16));
                        break;
                    }
                    case Op::UNARY_OP: {
                        Value v = pop(f);
                        f->stack.push_back(unary_op(static_cast<int>(in.arg), v));
                        break;
                    }
                    case Op::COMPARE_OP: {
                        Value b = pop(f);
                        Value a = pop(f);
                        if (a.is_int() && b.is_int()) {
                            int64_t x = a.as_int(), y = b.as_int();
                            bool r;
                            switch (static_cast<ast::CmpOperator>(in.arg)) {
                                case ast::CmpOperator::Lt: r = x < y; break;
                                case ast::CmpOperator::LtE: r = x <= y; break;
                                case ast::CmpOperator::Gt: r = x > y; break;
                                case ast::CmpOperator::GtE: r = x >= y; break;
                                case ast::CmpOperator::Eq: r = x == y; break;
                                case ast::CmpOperator::NotEq: r = x != y; break;
                                default: f->stack.push_back(compare(static_cast<int>(in.arg), a, b)); continue;
                            }
                            f->stack.push_back(Value::boolean(r));
                            break;
                        }
                        f->stack.push_back(compare(static_cast<int>(in.arg), a, b));
                        break;
                    }
                    case Op::BUILD_TUPLE:
                    case Op::BUILD_LIST:
                    case Op::BUILD_SET:
                    case Op::BUILD_MAP:
                    case Op::BUILD_STRING:
                    case Op::LIST_APPEND:
                    case Op::SET_ADD:
                    case Op::MAP_ADD:
                    case Op::LIST_EXTEND:
                    case Op::SET_UPDATE:
                    case Op::DICT_UPDATE:
                    case Op::DICT_MERGE:
                    case Op::LIST_TO_TUPLE:
                    case Op::UNPACK_SEQUENCE:
                    case Op::UNPACK_EX: VmSupport::build_or_unpack(*this, f, in); break;
                    case Op::JUMP: f->ip = in.arg; break;
                    case Op::POP_JUMP_IF_FALSE: {
                        Value v = pop(f);
                        bool t = v.is_bool() ? v.as_bool() : truthy(v);
                        if (!t) f->ip = in.arg;
                        break;
                    }
                    case Op::POP_JUMP_IF_TRUE: {
                        Value v = pop(f);
                        bool t = v.is_bool() ? v.as_bool() : truthy(v);
                        if (t) f->ip = in.arg;
                        break;
                    }
                    case Op::JUMP_IF_FALSE_OR_POP:
                        if (!truthy(f->stack.back())) f->ip = in.arg;
                        else f->stack.pop_back();
                        break;
                    case Op::JUMP_IF_TRUE_OR_POP:
                        if (truthy(f->stack.back())) f->ip = in.arg;
                        else f->stack.pop_back();
                        break;
                    case Op::GET_ITER: {
                        Value v = pop(f);
                        f->stack.push_back(iter(v));
                        break;
                    }
                    case Op::FOR_ITER: {
                        const Value& it = f->stack.back();
                        if (auto* gen = it.as<GeneratorObject>()) {
                            if (gen->state == GeneratorObject::State::Closed) {
                                f->stack.pop_back();
                                f->ip = in.arg;
                                break;
                            }
                            f = VmSupport::push_generator(*this, f, gen, Value::none());
                            break;
                        }
                        Value item = next(it);
                        if (item.is_unset()) {
                            f->stack.pop_back();
                            f->ip = in.arg;
                        } else {
                            f->stack.push_back(std::move(item));
                        }
                        break;
                    }
                    case Op::CALL:
                    case Op::CALL_KW:
                    case Op::CALL_EX: f = VmSupport::call(*this, f, in); break;
                    case Op::CALL_METHOD:
                    case Op::CALL_METHOD_KW: f = VmSupport::call_method(*this, f, in); break;
                    case Op::MAKE_FUNCTION: VmSupport::make_function(*this, f, in.arg); break;
                    case Op::RETURN_VALUE: {
                        Value v = pop(f);
                        Frame* leaving = f;
                        GeneratorObject* gen = leaving->generator;
                        if (gen) {
                            gen->state = GeneratorObject::State::Closed;
                            leaving->stack.clear();
                            leaving->blocks.clear();
                            leaving->handled.clear();
                        }
                        if (leave(leaving)) return {ResumeStatus::Returned, std::move(v)};
                        if (gen) {
                            VmSupport::deliver(*this, f, false, std::move(v));
                        } else {
                            recycle_frame(leaving);
                            f->stack.push_back(std::move(v));
                        }
                        break;
                    }
                    case Op::YIELD_VALUE: {
                        Value v = pop(f);
                        Frame* leaving = f;
                        leaving->generator->state = GeneratorObject::State::Suspended;
                        if (leave(leaving)) return {ResumeStatus::Yielded, std::move(v)};
                        VmSupport::deliver(*this, f, true, std::move(v));
                        break;
                    }
                    case Op::SEND: f = VmSupport::send(*this, f, in); break;
                    case Op::GET_AWAITABLE: {
                        Value v = pop(f);
                        f->stack.push_back(VmSupport::get_awaitable(*this, v));
                        break;
                    }
                    case Op::GET_YIELD_FROM_ITER: {
                        Value v = pop(f);
                        f->stack.push_back(v.is(ObjKind::Generator) ? v : iter(v));
                        break;
                    }
                    case Op::ASYNC_GEN_WRAP: {
                        Value v = pop(f);
                        f->stack.push_back(heap.value<AsyncGenWrappedValue>(types.async_gen_wrapped.get(), v));
                        break;
                    }
                    case Op::GET_AITER: {
                        Value v = pop(f);
                        f->stack.push_back(VmSupport::get_aiter(*this, v));
                        break;
                    }
                    case Op::GET_ANEXT: f->stack.push_back(VmSupport::get_anext(*this, f->stack.back())); break;
                    case Op::END_ASYNC_FOR: {
                        Value e = pop(f);
                        if (!isinstance(e, exc.stop_async_iteration.get())) {
                            exception = e;
                            goto reraise;
                        }
                        f->stack.pop_back();
                        break;
                    }
                    case Op::SETUP_FINALLY:
                        f->blocks.push_back({in.arg, static_cast<uint32_t>(f->stack.size()), static_cast<uint32_t>(f->handled.size())});
                        break;
                    case Op::POP_BLOCK: f->blocks.pop_back(); break;
                    case Op::PUSH_EXC_INFO: f->handled.push_back(f->stack.back()); break;
                    case Op::POP_EXCEPT:
                        if (!f->handled.empty()) f->handled.pop_back();
                        break;
                    case Op::CHECK_EXC_MATCH: {
                        Value type = pop(f);
                        f->stack.push_back(Value::boolean(VmSupport::exception_matches(*this, f->stack.back(), type)));
                        break;
                    }
                    case Op::RERAISE:
                        exception = pop(f);
                        goto reraise;
                    case Op::CHECK_EG_MATCH: VmSupport::check_eg_match(*this, f, in.arg); break;
                    case Op::RERAISE_STAR: {
                        Value raised = pop(f);
                        Value orig = pop(f);
                        exception = VmSupport::prep_reraise_star(*this, orig, raised);
                        if (exception.is_unset()) break;
                        goto reraise;
                    }
                    case Op::RAISE_VARARGS:
                        if (in.arg == 0) {
                            exception = handled_exception();
                            if (exception.is_unset()) raise(exc.runtime_error, "No active exception to reraise");
                            goto reraise;
                        }
                        VmSupport::raise_from_stack(*this, f, in.arg);
                        break;
                    case Op::LOAD_ASSERTION_ERROR: f->stack.push_back(exc.assertion_error.value()); break;
                    case Op::BEFORE_WITH:
                    case Op::BEFORE_ASYNC_WITH:
                    case Op::WITH_EXCEPT_START:
                    case Op::CALL_EXIT_NONE: VmSupport::with_protocol(*this, f, in); break;
                    case Op::FORMAT_VALUE: VmSupport::format_value(*this, f, in.arg); break;
                    case Op::LOAD_BUILD_CLASS: f->stack.push_back(VmSupport::build_class_function(*this)); break;
                    case Op::IMPORT_NAME: {
                        const std::string& name = f->code->code->names[in.arg];
                        f->stack.push_back(name[0] == '.' ? VmSupport::import_relative(*this, f, name)
                                                          : VmSupport::import_module(*this, name));
                        break;
                    }
                    case Op::IMPORT_STAR:
                        VmSupport::import_star(*this, f);
                        break;
                    case Op::IMPORT_FROM:
                        f->stack.push_back(VmSupport::import_from(*this, f->stack.back(), f->code->code->names[in.arg]));
                        break;
                    case Op::SETUP_ANNOTATIONS: VmSupport::setup_annotations(*this, f); break;
                }
                continue;
            reraise:
                // Re-raising keeps the traceback as it is: no new entry for this frame.
                fresh = false;
                break;
            }
        } catch (PyError& error) {
            exception = std::move(error.exception);
            VmSupport::attach_context(*this, exception);
            fresh = true;
        } catch (...) {
            // A run-ending stop (budget, deadlock, stop request) leaves every frame of this
            // dispatch loop: free the call frames, close the generators, restore the caller.
            while (f) {
                Frame* leaving = f;
                bool was_entry = leave(leaving);
                if (GeneratorObject* gen = leaving->generator) {
                    gen->state = GeneratorObject::State::Closed;
                    leaving->stack.clear();
                    leaving->blocks.clear();
                    leaving->handled.clear();
                } else if (!was_entry) {
                    recycle_frame(leaving);
                }
                if (was_entry) break;
            }
            throw;
        }
    }
}

}  // namespace loopstep
