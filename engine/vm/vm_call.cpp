// Calling: binding arguments to parameters with CPython's messages, creating frames and
// generators, calling classes, natives and bound methods from C++.
#include "vm/vm_call.h"

#include <algorithm>

#include "vm/interp.h"

namespace loopstep {

namespace {

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
        out += "'" + names[i] + "'";
    }
    return out;
}

}  // namespace

std::unique_ptr<Frame> CallSupport::make_frame(Interp& vm, FunctionObject* fn, const CallArgs& args) {
    const Code& code = *fn->code->code;
    const auto nfast = static_cast<uint32_t>(Frame::fast_count(code));
    const size_t depth = Frame::stack_depth(code);
    std::unique_ptr<Frame> frame(new_frame(nfast + depth));
    frame->set_code(fn->code);
    frame->function = fn;
    frame->globals = fn->globals;
    frame->prepare_slots(nfast, depth);
    // The common call: exactly the positional parameters, nothing else to bind or make.
    size_t given_positional = args.positional.size();
    if (args.kw_names.empty() && given_positional == static_cast<size_t>(code.arg_count) && code.kwonly_arg_count == 0 &&
        !(code.flags & (kVarArgs | kVarKeywords)) && code.cellvars.empty() && code.freevars.empty() &&
        fn->closure.empty()) {
        for (size_t i = 0; i < given_positional; ++i)
            frame->fast[i] = args.positional[i];
        return frame;
    }
    const std::string& fname = fn->qualname;

    size_t npos = static_cast<size_t>(code.arg_count);
    size_t nkwonly = static_cast<size_t>(code.kwonly_arg_count);
    bool has_varargs = code.flags & kVarArgs;
    bool has_varkw = code.flags & kVarKeywords;
    size_t varargs_index = npos + nkwonly;
    size_t varkw_index = varargs_index + (has_varargs ? 1 : 0);

    // Positional arguments.
    size_t given = args.positional.size();
    if (given > npos && !has_varargs) {
        size_t with_defaults = fn->defaults.size();
        std::string expected = with_defaults ? "from " + std::to_string(npos - with_defaults) + " to " + std::to_string(npos)
                                             : std::to_string(npos);
        size_t kw_given = 0;
        for (size_t i = 0; i < args.kw_names.size(); ++i) {
            const std::string& k = args.kw_names[i].as<StrObject>()->text();
            for (size_t j = npos; j < npos + nkwonly; ++j)
                if (code.varnames[j] == k) ++kw_given;
        }
        std::string msg = fname + "() takes " + expected + " positional argument" +
                          ((npos == 1 && !with_defaults) ? "" : "s") + " but " + std::to_string(given);
        if (kw_given) msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                             plural(kw_given, "keyword-only argument") + ")";
        msg += given == 1 && !kw_given ? " was given" : " were given";
        vm.raise(vm.exc.type_error, msg);
    }
    for (size_t i = 0; i < std::min(given, npos); ++i) frame->fast[i] = args.positional[i];
    if (has_varargs) {
        std::vector<Value> rest;
        for (size_t i = npos; i < given; ++i) rest.push_back(args.positional[i]);
        frame->fast[varargs_index] = vm.tuple(std::move(rest));
    }
    // Keyword arguments.
    Value extra_kw;
    if (has_varkw) extra_kw = vm.dict();
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        const Value& name = args.kw_names[i];
        const std::string& k = name.as<StrObject>()->text();
        size_t slot = SIZE_MAX;
        for (size_t j = static_cast<size_t>(code.posonly_arg_count); j < npos + nkwonly; ++j)
            if (code.varnames[j] == k) {
                slot = j;
                break;
            }
        if (slot == SIZE_MAX) {
            if (has_varkw) {
                extra_kw.as<DictObject>()->set(vm, name, args.kw_values[i]);
                continue;
            }
            bool posonly = false;
            for (int j = 0; j < code.posonly_arg_count; ++j)
                if (code.varnames[j] == k) posonly = true;
            if (posonly)
                vm.raise(vm.exc.type_error, fname + "() got some positional-only arguments passed as keyword arguments: '" + k + "'");
            vm.raise(vm.exc.type_error, fname + "() got an unexpected keyword argument '" + k + "'");
        }
        if (frame->fast[slot].is_set())
            vm.raise(vm.exc.type_error, fname + "() got multiple values for argument '" + k + "'");
        frame->fast[slot] = args.kw_values[i];
    }
    if (has_varkw) frame->fast[varkw_index] = extra_kw;
    // Defaults and missing arguments.
    size_t first_default = npos - fn->defaults.size();
    std::vector<std::string> missing;
    for (size_t i = 0; i < npos; ++i) {
        if (frame->fast[i].is_set()) continue;
        if (i >= first_default) frame->fast[i] = fn->defaults[i - first_default];
        else missing.push_back(code.varnames[i]);
    }
    if (!missing.empty())
        vm.raise(vm.exc.type_error, fname + "() missing " + plural(missing.size(), "required positional argument") + ": " +
                                        quoted_list(missing));
    for (size_t i = npos; i < npos + nkwonly; ++i) {
        if (frame->fast[i].is_set()) continue;
        Value d;
        if (auto* kd = fn->kwdefaults.as<DictObject>()) d = kd->get_str(code.varnames[i]);
        if (d.is_set()) frame->fast[i] = d;
        else missing.push_back(code.varnames[i]);
    }
    if (!missing.empty())
        vm.raise(vm.exc.type_error, fname + "() missing " + plural(missing.size(), "required keyword-only argument") + ": " +
                                        quoted_list(missing));
    // Cells: fresh ones for cellvars (seeded from parameters), the closure's for freevars.
    for (size_t i = 0; i < code.cellvars.size(); ++i) {
        auto* cell = vm.heap.make<CellObject>(vm.types.cell.get());
        int from = i < code.cell_from_arg.size() ? code.cell_from_arg[i] : -1;
        if (from >= 0) cell->value = frame->fast[from];
        frame->cell(static_cast<uint32_t>(i)) = Value::object(cell);
    }
    for (size_t i = 0; i < fn->closure.size() && i < code.freevars.size(); ++i)
        frame->cell(static_cast<uint32_t>(code.cellvars.size() + i)) = fn->closure[i];
    return frame;
}

Value CallSupport::call_class(Interp& vm, ClassObject* cls, const CallArgs& args) {
    // A metaclass's own __call__ (Python code) decides what calling the class does.
    ClassObject* meta = cls->type();
    if (meta != vm.types.type.get() && meta->is_user_class) {
        Value hook = vm.type_lookup(meta, vm.literal_name("__call__"));
        if (hook.is(ObjKind::Function)) {
            std::vector<Value> positional{Value::object(cls)};
            positional.insert(positional.end(), args.positional.begin(), args.positional.end());
            return vm.call(hook, CallArgs{positional, args.kw_values, args.kw_names});
        }
    }
    return construct(vm, cls, args);
}

void CallSupport::raise_if_abstract(Interp& vm, ClassObject* cls) {
    if (!cls->dict.is_set()) return;
    Value names = static_cast<DictObject*>(cls->dict.obj())->get_str(vm.literal_name("__abstractmethods__"));
    if (!names.is_obj() || !vm.truthy(names)) return;
    std::vector<std::string> sorted;
    for (const Value& n : vm.to_vector(names)) sorted.push_back(vm.to_str(n));
    std::sort(sorted.begin(), sorted.end());
    std::string list;
    for (const std::string& n : sorted) list += (list.empty() ? "" : ", ") + n;
    vm.raise(vm.exc.type_error, "Can't instantiate abstract class " + cls->name + " with abstract method" +
                                    (sorted.size() == 1 ? " " : "s ") + list);
}

Value CallSupport::construct(Interp& vm, ClassObject* cls, const CallArgs& args) {
    if (cls == vm.types.type.get() && args.size() == 1 && args.positional.size() == 1)
        return Value::object(vm.type_of(args.positional[0]));
    if (!cls->is_user_class && cls->layout != InstanceLayout::Exception) {
        if (!cls->constructor) vm.raise(vm.exc.type_error, "cannot create '" + cls->name + "' instances");
        return cls->constructor(vm, Value::object(cls), args);
    }
    // Subclasses of asyncio's native classes and of exception groups: the built-in constructor.
    if (cls->layout == InstanceLayout::Native || cls->layout == InstanceLayout::Exception)
        for (ClassObject* c : cls->mro)
            if (!c->is_user_class && c->constructor && c != vm.types.object.get())
                return c->constructor(vm, Value::object(cls), args);
    // __new__ makes the instance: object's (the common case) or one written in Python, or the
    // one of a built-in base (tuple.__new__, type.__new__, ...).
    Value new_fn = vm.type_lookup(cls, vm.literal_name("__new__"));
    bool default_new = new_fn.is_unset() || new_fn.same(vm.object_new);
    Value instance;
    if (default_new) {
        if (cls->type() != vm.types.type.get()) raise_if_abstract(vm, cls);
        instance = vm.make_instance(cls);
    } else {
        Value fn = new_fn;
        if (auto* w = new_fn.as<MethodWrapperObject>()) fn = w->function;
        std::vector<Value> positional{Value::object(cls)};
        positional.insert(positional.end(), args.positional.begin(), args.positional.end());
        instance = vm.call(fn, CallArgs{positional, args.kw_values, args.kw_names});
        // __init__ runs only on an instance of the class called.
        if (!vm.isinstance(instance, cls)) return instance;
    }
    if (auto* e = instance.as<ExceptionObject>()) e->args.assign(args.positional.begin(), args.positional.end());
    ClassObject* type = vm.type_of(instance);
    Value init = vm.type_lookup(type, vm.literal_name("__init__"));
    if (init.is(ObjKind::Function)) {
        std::vector<Value> positional{instance};
        positional.insert(positional.end(), args.positional.begin(), args.positional.end());
        Value r = vm.call(init, CallArgs{positional, args.kw_values, args.kw_names});
        if (!r.is_none()) vm.raise(vm.exc.type_error, "__init__() should return None, not '" + vm.type_name(r) + "'");
    } else if (init.same(vm.object_init)) {
        if (default_new && args.size() > 0 && type->layout != InstanceLayout::Exception)
            vm.raise(vm.exc.type_error, cls->name + "() takes no arguments");
    } else if (init.is_set() && type->layout != InstanceLayout::Exception) {
        std::vector<Value> positional{instance};
        positional.insert(positional.end(), args.positional.begin(), args.positional.end());
        vm.call(init, CallArgs{positional, args.kw_values, args.kw_names});
    }
    return instance;
}

Value Interp::call(const Value& callable, std::initializer_list<Value> positional) {
    return call(callable, CallArgs{std::span<const Value>(positional.begin(), positional.size())});
}

Value Interp::call_method(const Value& obj, const std::string& name, std::initializer_list<Value> positional) {
    return call(getattr(obj, name), positional);
}

Value Interp::call(const Value& callable, const CallArgs& args) {
    if (!callable.is_obj()) raise(exc.type_error, "'" + type_name(callable) + "' object is not callable");
    Object* o = callable.obj();
    switch (o->kind) {
        case ObjKind::Native: {
            auto* n = static_cast<NativeFunctionObject*>(o);
            Value keep = callable;
            return n->fn(*this, n->self, args);
        }
        case ObjKind::Function: {
            auto* fn = static_cast<FunctionObject*>(o);
            Value keep = callable;
            if (depth_ >= options.recursion_limit || native_stack_exhausted())
                raise(exc.recursion_error, "maximum recursion depth exceeded");
            std::unique_ptr<Frame> frame = CallSupport::make_frame(*this, fn, args);
            uint32_t flags = fn->code->code->flags;
            if (flags & (kGenerator | kCoroutine | kAsyncGenerator)) {
                auto kind = (flags & kCoroutine)        ? GeneratorObject::Kind::Coroutine
                            : (flags & kAsyncGenerator) ? GeneratorObject::Kind::AsyncGenerator
                                                        : GeneratorObject::Kind::Generator;
                return make_generator(std::move(frame), kind, fn);
            }
            ResumeResult r = execute(frame.get(), Value());
            if (r.status == ResumeStatus::Raised) throw PyError{r.value};
            return r.value;
        }
        case ObjKind::BoundMethod: {
            auto* m = static_cast<BoundMethodObject*>(o);
            Value keep = callable;
            std::vector<Value> positional{m->self};
            positional.insert(positional.end(), args.positional.begin(), args.positional.end());
            return call(m->function, CallArgs{positional, args.kw_values, args.kw_names});
        }
        case ObjKind::Class: {
            Value keep = callable;
            return CallSupport::call_class(*this, static_cast<ClassObject*>(o), args);
        }
        default: break;
    }
    ClassObject* cls = type_of(callable);
    if (cls->is_user_class) {
        Value m = cls->lookup(std::string("__call__"));
        if (m.is_set()) {
            std::vector<Value> positional{callable};
            positional.insert(positional.end(), args.positional.begin(), args.positional.end());
            return call(m, CallArgs{positional, args.kw_values, args.kw_names});
        }
    }
    if (auto* w = callable.as<MethodWrapperObject>()) return call(w->function, args);
    raise(exc.type_error, "'" + cls->name + "' object is not callable");
}

Value Interp::make_generator(std::unique_ptr<Frame> frame, GeneratorObject::Kind kind, const FunctionObject* fn) {
    ClassObject* type = kind == GeneratorObject::Kind::Coroutine        ? types.coroutine.get()
                        : kind == GeneratorObject::Kind::AsyncGenerator ? types.async_generator.get()
                                                                        : types.generator.get();
    auto* gen = heap.make<GeneratorObject>(type, kind, std::move(frame));
    const Code& code = *fn->code->code;
    gen->set_names(fn->code, fn->name == code.name ? &code.name : &stable_text(fn->name),
                   fn->qualname == code.qualname ? &code.qualname : &stable_text(fn->qualname));
    return Value::object(gen);
}

ResumeResult Interp::resume(GeneratorObject* gen, Value sent, Value thrown) {
    Value keep = Value::object(gen);
    bool is_coroutine = gen->kind == GeneratorObject::Kind::Coroutine;
    if (gen->state == GeneratorObject::State::Running)
        raise(exc.value_error, is_coroutine ? "coroutine already executing" : "generator already executing");
    if (gen->state == GeneratorObject::State::Closed) {
        if (thrown.is_set()) return {ResumeStatus::Raised, thrown};
        if (is_coroutine)
            return {ResumeStatus::Raised, new_exception(exc.runtime_error.get(), {str("cannot reuse already awaited coroutine")})};
        return {ResumeStatus::Raised, new_exception(exc.stop_iteration.get(), {})};
    }
    if (gen->state == GeneratorObject::State::Created && thrown.is_unset() && !sent.is_none()) {
        raise(exc.type_error, std::string("can't send non-None value to a just-started ") +
                                  (is_coroutine ? "coroutine" : "generator"));
    }
    if (depth_ >= options.recursion_limit || native_stack_exhausted())
        raise(exc.recursion_error, "maximum recursion depth exceeded");
    Frame* frame = gen->frame.get();
    if (gen->state != GeneratorObject::State::Created && thrown.is_unset()) frame->stack.push_back(sent);
    return execute(frame, thrown);
}

}  // namespace loopstep
