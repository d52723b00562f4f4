// The larger instructions: names, building and unpacking collections, functions, exceptions,
// context managers, f-string formatting, imports.
#include "vm/vm_support.h"

#include "asyncio/asyncio_objects.h"
#include "compiler/cpython_names.h"
#include "vm/interp.h"

namespace loopstep {

ResumeResult IteratorObject::send(Interp& vm, const Value& value) {
    (void)value;
    Value v = next(vm);
    if (v.is_unset()) return {ResumeStatus::Returned, Value::none()};
    return {ResumeStatus::Yielded, std::move(v)};
}

Value VmSupport::load_global(Interp& vm, Frame* f, const Value& name) {
    auto* globals = static_cast<DictObject*>(f->globals.obj());
    auto* builtins = static_cast<DictObject*>(vm.builtins.obj());
    // The entry found last time holds while neither dict has gained or lost a key (the index of
    // an entry changes only then); its value is read afresh.
    auto& caches = f->code->caches;
    if (caches.empty()) caches.resize(f->code->code->instructions.size());
    CodeObject::InlineCache& c = caches[f->ip - 1];
    if (c.type == globals && c.epoch == globals->table.version() && c.index >= 0) {
        if (!c.in_builtins) return globals->table.entries()[static_cast<size_t>(c.index)].value;
        if (c.builtins_epoch == builtins->table.version()) return builtins->table.entries()[static_cast<size_t>(c.index)].value;
    }
    uint64_t hash = static_cast<StrObject*>(name.obj())->hash();
    int64_t at = globals->table.find_str(name, hash);
    c.type = globals;
    c.epoch = globals->table.version();
    c.builtins_epoch = builtins->table.version();
    if (at >= 0) {
        c.in_builtins = false;
        c.index = at;
        return globals->table.entries()[static_cast<size_t>(at)].value;
    }
    at = builtins->table.find_str(name, hash);
    c.in_builtins = true;
    c.index = at;
    if (at >= 0) return builtins->table.entries()[static_cast<size_t>(at)].value;
    vm.raise(vm.exc.name_error, "name '" + name.as<StrObject>()->text() + "' is not defined");
}

Value VmSupport::load_name(Interp& vm, Frame* f, const Value& name) {
    if (f->locals_dict.is_set()) {
        Value v = static_cast<DictObject*>(f->locals_dict.obj())->get_str(name);
        if (v.is_set()) return v;
    }
    return load_global(vm, f, name);
}

void VmSupport::unbound_cell(Interp& vm, Frame* f, uint32_t index) {
    const Code& code = *f->code->code;
    if (index < code.cellvars.size())
        vm.raise(vm.exc.unbound_local_error,
                 "cannot access local variable '" + code.cellvars[index] + "' where it is not associated with a value");
    vm.raise(vm.exc.name_error, "cannot access free variable '" + code.freevars[index - code.cellvars.size()] +
                                    "' where it is not associated with a value in enclosing scope");
}

namespace {

std::vector<Value> take(Frame* f, size_t n) {
    std::vector<Value> items(std::make_move_iterator(f->stack.end() - static_cast<long>(n)),
                             std::make_move_iterator(f->stack.end()));
    f->stack.resize(f->stack.size() - n);
    return items;
}

std::vector<Value> unpack_items(Interp& vm, const Value& seq) {
    if (auto* t = seq.as<TupleObject>()) return t->items;
    if (auto* l = seq.as<ListObject>()) return l->items;
    ClassObject* cls = vm.type_of(seq);
    bool iterable = seq.is(ObjKind::Str) || seq.is(ObjKind::Dict) || seq.is(ObjKind::Set) || seq.is(ObjKind::Range) ||
                    seq.is(ObjKind::Iterator) || seq.is(ObjKind::Generator) || cls->lookup(std::string("__iter__")).is_set() ||
                    cls->lookup(std::string("__getitem__")).is_set();
    if (!iterable) vm.raise(vm.exc.type_error, "cannot unpack non-iterable " + cls->name + " object");
    return vm.to_vector(seq);
}

}  // namespace

void VmSupport::build_or_unpack(Interp& vm, Frame* f, const Instruction& in) {
    auto& stack = f->stack;
    switch (in.op) {
        case Op::BUILD_TUPLE: stack.push_back(vm.tuple(take(f, in.arg))); break;
        case Op::BUILD_LIST: stack.push_back(vm.list(take(f, in.arg))); break;
        case Op::BUILD_SET: {
            std::vector<Value> items = take(f, in.arg);
            Value s = vm.set();
            for (auto& x : items) s.as<SetObject>()->add(vm, x);
            stack.push_back(std::move(s));
            break;
        }
        case Op::BUILD_MAP: {
            std::vector<Value> items = take(f, in.arg * 2);
            Value d = vm.dict();
            for (size_t i = 0; i < items.size(); i += 2) d.as<DictObject>()->set(vm, items[i], items[i + 1]);
            stack.push_back(std::move(d));
            break;
        }
        case Op::BUILD_STRING: {
            std::vector<Value> items = take(f, in.arg);
            std::string out;
            for (auto& x : items) out += x.as<StrObject>()->text();
            stack.push_back(vm.str(std::move(out)));
            break;
        }
        case Op::LIST_APPEND: {
            Value v = std::move(stack.back());
            stack.pop_back();
            stack[stack.size() - in.arg].as<ListObject>()->items.push_back(std::move(v));
            break;
        }
        case Op::SET_ADD: {
            Value v = std::move(stack.back());
            stack.pop_back();
            stack[stack.size() - in.arg].as<SetObject>()->add(vm, v);
            break;
        }
        case Op::MAP_ADD: {
            Value v = std::move(stack.back());
            stack.pop_back();
            Value k = std::move(stack.back());
            stack.pop_back();
            stack[stack.size() - in.arg].as<DictObject>()->set(vm, k, std::move(v));
            break;
        }
        case Op::LIST_EXTEND: {
            Value it = std::move(stack.back());
            stack.pop_back();
            if (!it.is(ObjKind::List) && !it.is(ObjKind::Tuple) && !vm.type_of(it)->lookup(std::string("__iter__")).is_set() &&
                !it.is(ObjKind::Str) && !it.is(ObjKind::Dict) && !it.is(ObjKind::Set) && !it.is(ObjKind::Range) &&
                !it.is(ObjKind::Iterator) && !it.is(ObjKind::Generator))
                vm.raise(vm.exc.type_error, "Value after * must be an iterable, not " + vm.type_name(it));
            std::vector<Value> items = vm.to_vector(it);
            auto& dst = stack[stack.size() - in.arg].as<ListObject>()->items;
            dst.insert(dst.end(), items.begin(), items.end());
            break;
        }
        case Op::SET_UPDATE: {
            Value it = std::move(stack.back());
            stack.pop_back();
            std::vector<Value> items = vm.to_vector(it);
            auto* s = stack[stack.size() - in.arg].as<SetObject>();
            for (auto& x : items) s->add(vm, x);
            break;
        }
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE: {
            Value m = std::move(stack.back());
            stack.pop_back();
            auto* dst = stack[stack.size() - in.arg].as<DictObject>();
            auto* src = m.as<DictObject>();
            if (!src) {
                if (in.op == Op::DICT_MERGE)
                    vm.raise(vm.exc.type_error, "argument after ** must be a mapping, not " + vm.type_name(m));
                vm.raise(vm.exc.type_error, "'" + vm.type_name(m) + "' object is not a mapping");
            }
            for (auto& e : src->table.entries()) {
                if (!e.live()) continue;
                if (in.op == Op::DICT_MERGE && dst->contains(vm, e.key))
                    vm.raise(vm.exc.type_error, "got multiple values for keyword argument '" + vm.to_str(e.key) + "'");
                dst->set(vm, e.key, e.value);
            }
            break;
        }
        case Op::LIST_TO_TUPLE: {
            Value l = std::move(stack.back());
            stack.back() = vm.tuple(l.as<ListObject>()->items);
            break;
        }
        case Op::UNPACK_SEQUENCE: {
            Value seq = std::move(stack.back());
            stack.pop_back();
            std::vector<Value> items = unpack_items(vm, seq);
            if (items.size() < in.arg)
                vm.raise(vm.exc.value_error, "not enough values to unpack (expected " + std::to_string(in.arg) + ", got " +
                                                 std::to_string(items.size()) + ")");
            if (items.size() > in.arg)
                vm.raise(vm.exc.value_error, "too many values to unpack (expected " + std::to_string(in.arg) + ")");
            for (size_t i = items.size(); i-- > 0;) stack.push_back(std::move(items[i]));
            break;
        }
        case Op::UNPACK_EX: {
            size_t before = in.arg & 0xff, after = in.arg >> 8;
            Value seq = std::move(stack.back());
            stack.pop_back();
            std::vector<Value> items = unpack_items(vm, seq);
            if (items.size() < before + after)
                vm.raise(vm.exc.value_error, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                                 ", got " + std::to_string(items.size()) + ")");
            for (size_t i = 0; i < after; ++i) stack.push_back(items[items.size() - 1 - i]);
            std::vector<Value> middle(items.begin() + static_cast<long>(before), items.end() - static_cast<long>(after));
            stack.push_back(vm.list(std::move(middle)));
            for (size_t i = before; i-- > 0;) stack.push_back(items[i]);
            break;
        }
        default: break;
    }
}

void VmSupport::make_function(Interp& vm, Frame* f, uint32_t flags) {
    auto& stack = f->stack;
    Value code = std::move(stack.back());
    stack.pop_back();
    Value closure, kwdefaults, defaults;
    if (flags & 8) {
        closure = std::move(stack.back());
        stack.pop_back();
    }
    if (flags & 2) {
        kwdefaults = std::move(stack.back());
        stack.pop_back();
    }
    if (flags & 1) {
        defaults = std::move(stack.back());
        stack.pop_back();
    }
    auto* code_obj = code.as<CodeObject>();
    auto* fn = vm.heap.make<FunctionObject>(vm.types.function.get(), code_obj, f->globals);
    Value fv = Value::object(fn);
    fn->name = code_obj->code->name;
    fn->qualname = code_obj->code->qualname;
    if (defaults.is_set()) fn->defaults = defaults.as<TupleObject>()->items;
    if (kwdefaults.is_set()) fn->kwdefaults = kwdefaults;
    if (closure.is_set()) fn->closure = closure.as<TupleObject>()->items;
    stack.push_back(std::move(fv));
}

Value VmSupport::get_awaitable(Interp& vm, const Value& v) {
    if (auto* g = v.as<GeneratorObject>()) {
        if (g->kind == GeneratorObject::Kind::Coroutine) return v;
    }
    if (v.is(ObjKind::Iterator) && static_cast<IteratorObject*>(v.obj())->awaits_as_itself()) return v;
    // type(v).__await__(v), as CPython's am_await slot (an instance attribute does not count).
    const Value& await_name = vm.names.await_;
    const Value& next_name = vm.names.next_;
    Value m = vm.type_lookup(vm.type_of(v), await_name);
    if (m.is_set()) {
        Value it;
        if (auto* n = m.as<NativeFunctionObject>(); n && n->self.is_unset()) it = n->fn(vm, v, CallArgs{});
        else it = vm.call(vm.getattr(v, await_name), {});
        if (auto* g = it.as<GeneratorObject>(); g && g->kind == GeneratorObject::Kind::Coroutine)
            vm.raise(vm.exc.type_error, "__await__() returned a coroutine");
        if (!it.is(ObjKind::Generator) && !it.is(ObjKind::Iterator) && !vm.type_lookup(vm.type_of(it), next_name).is_set())
            vm.raise(vm.exc.type_error, "__await__() returned non-iterator of type '" + vm.type_name(it) + "'");
        return it;
    }
    vm.raise(vm.exc.type_error, "object " + vm.type_name(v) + " can't be used in 'await' expression");
}

Value VmSupport::get_aiter(Interp& vm, const Value& v) {
    Value m = vm.lookup_attr(v, vm.intern("__aiter__"));
    if (m.is_unset())
        vm.raise(vm.exc.type_error, "'async for' requires an object with __aiter__ method, got " + vm.type_name(v));
    return vm.call(m, {});
}

Value VmSupport::get_anext(Interp& vm, const Value& aiter) {
    Value m = vm.lookup_attr(aiter, vm.intern("__anext__"));
    if (m.is_unset())
        vm.raise(vm.exc.type_error, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                        vm.type_name(aiter));
    return get_awaitable(vm, vm.call(m, {}));
}

bool VmSupport::exception_matches(Interp& vm, const Value& exception, const Value& type) {
    auto check_class = [&](const Value& t) {
        auto* cls = t.as<ClassObject>();
        if (!cls || !cls->is_subclass_of(vm.exc.base_exception.get()))
            vm.raise(vm.exc.type_error, "catching classes that do not inherit from BaseException is not allowed");
        return vm.isinstance(exception, cls);
    };
    if (auto* t = type.as<TupleObject>()) {
        bool any = false;
        for (auto& item : t->items)
            if (check_class(item)) any = true;
        return any;
    }
    return check_class(type);
}

namespace {

Value instantiate_exception(Interp& vm, const Value& v, bool for_cause) {
    if (auto* cls = v.as<ClassObject>()) {
        if (cls->is_subclass_of(vm.exc.base_exception.get())) {
            Value e = vm.call(v, {});
            if (!e.is(ObjKind::Exception))
                vm.raise(vm.exc.type_error, "calling " + vm.repr(v) + " should have returned an instance of BaseException, not " +
                                                vm.type_name(e));
            return e;
        }
    }
    if (v.is(ObjKind::Exception)) return v;
    if (for_cause) vm.raise(vm.exc.type_error, "exception causes must derive from BaseException");
    vm.raise(vm.exc.type_error, "exceptions must derive from BaseException");
}

}  // namespace

void VmSupport::raise_from_stack(Interp& vm, Frame* f, uint32_t count) {
    Value cause;
    if (count == 2) {
        cause = std::move(f->stack.back());
        f->stack.pop_back();
    }
    Value raw = std::move(f->stack.back());
    f->stack.pop_back();
    Value exception = instantiate_exception(vm, raw, false);
    auto* e = exception.as<ExceptionObject>();
    if (count == 2) {
        e->cause = cause.is_none() ? Value() : instantiate_exception(vm, cause, true);
        e->suppress_context = true;
    }
    Value handled = vm.handled_exception();
    if (handled.is_set() && !handled.same(exception)) e->context = handled;
    throw PyError{exception};
}

void VmSupport::attach_context(Interp& vm, const Value& exception) {
    auto* e = exception.as<ExceptionObject>();
    if (!e || !e->traceback.empty() || e->context.is_set()) return;
    Value handled = vm.handled_exception();
    if (handled.is_set() && !handled.same(exception)) e->context = handled;
}

namespace {

// `exit` bound to asyncio's _ContextManagerMixin.__aexit__, whose coroutine only calls
// self.release() and returns None: release now, and give back an awaitable that returns None.
// Unset for any other exit.
Value mixin_aexit(Interp& vm, const Value& exit) {
    auto* bound = exit.as<BoundMethodObject>();
    if (!bound || !vm.asyncio_mixin_aexit.is_set() || bound->function.obj() != vm.asyncio_mixin_aexit.obj()) return Value();
    vm.call_method(bound->self, vm.literal_name("release"), {});
    return aio::finished_awaitable(vm, Value::none());
}

}  // namespace

void VmSupport::with_protocol(Interp& vm, Frame* f, const Instruction& in) {
    auto& stack = f->stack;
    switch (in.op) {
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH: {
            bool async = in.op == Op::BEFORE_ASYNC_WITH;
            Value mgr = std::move(stack.back());
            stack.pop_back();
            // Looked up on the type, as CPython's special-method lookup does.
            const Value& enter_name = async ? vm.names.aenter_ : vm.names.enter_;
            const Value& exit_name = async ? vm.names.aexit_ : vm.names.exit_;
            ClassObject* cls = vm.type_of(mgr);
            Value enter = vm.type_lookup(cls, enter_name);
            Value exit = vm.type_lookup(cls, exit_name);
            if (enter.is_unset() || exit.is_unset()) {
                std::string proto = async ? "asynchronous context manager" : "context manager";
                vm.raise(vm.exc.type_error, "'" + cls->name + "' object does not support the " + proto + " protocol");
            }
            if (exit.is(ObjKind::Function)) exit = vm.heap.value<BoundMethodObject>(vm.types.method.get(), exit, mgr);
            else exit = vm.getattr(mgr, exit_name);
            Value entered;
            if (async && in.arg == 1 && vm.asyncio_mixin_aenter.is_set() && enter.is_set() &&
                enter.obj() == vm.asyncio_mixin_aenter.obj()) {
                // `async with lock:` (nothing bound): __aenter__ would only `await self.acquire()`.
                const Value& acquire = vm.literal_name("acquire");
                entered = aio::awaited_without_coroutine(vm, vm.type_lookup(cls, acquire), CallArgs{std::span<const Value>(&mgr, 1)});
                if (entered.is_unset()) entered = vm.call_method(mgr, acquire, {});
            } else if (enter.is(ObjKind::Function)) entered = vm.call(enter, {mgr});
            else entered = vm.call(vm.getattr(mgr, enter_name), {});
            stack.push_back(std::move(exit));
            if (async) entered = get_awaitable(vm, entered);
            stack.push_back(std::move(entered));
            break;
        }
        case Op::WITH_EXCEPT_START: {
            Value exception = stack.back();
            Value exit = stack[stack.size() - 2];
            if (Value done = mixin_aexit(vm, exit); done.is_set()) {
                stack.push_back(std::move(done));
                break;
            }
            Value type = Value::object(vm.type_of(exception));
            stack.push_back(vm.call(exit, {type, exception, Value::none()}));
            break;
        }
        case Op::CALL_EXIT_NONE: {
            Value exit = std::move(stack.back());
            if (Value done = mixin_aexit(vm, exit); done.is_set()) {
                stack.back() = std::move(done);
                break;
            }
            stack.back() = vm.call(exit, {Value::none(), Value::none(), Value::none()});
            break;
        }
        default: break;
    }
}

void VmSupport::format_value(Interp& vm, Frame* f, uint32_t flags) {
    auto& stack = f->stack;
    std::string spec;
    if (flags & 4) {
        spec = stack.back().as<StrObject>()->text();
        stack.pop_back();
    }
    Value v = std::move(stack.back());
    stack.pop_back();
    switch (flags & 3) {
        case 1: v = vm.str(vm.to_str(v)); break;
        case 2:
        case 3: v = vm.str(vm.repr(v)); break;
        default: break;
    }
    if (spec.empty() && v.is(ObjKind::Str)) {
        stack.push_back(std::move(v));
        return;
    }
    stack.push_back(vm.format(v, spec));
}

Value VmSupport::import_own_module(Interp& vm, const std::string& name) {
    auto found = vm.own_modules.find(name);
    if (found == vm.own_modules.end()) return Value();
    const OwnModule& own = found->second;
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), name, vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("__name__"), vm.str(name));
    d->set(vm, vm.intern("__doc__"), Value::none());
    d->set(vm, vm.intern("__file__"), vm.str(own.path));
    size_t dot = name.rfind('.');
    d->set(vm, vm.intern("__package__"),
           vm.str(own.package ? name : dot == std::string::npos ? std::string() : name.substr(0, dot)));
    if (own.package) {
        std::string dir = own.path.substr(0, own.path.rfind('/'));
        d->set(vm, vm.intern("__path__"), vm.list({vm.str(dir)}));
    }
    // Registered before it runs, as CPython does: a module importing it back sees it half made.
    vm.modules[name] = module;
    vm.loaded_files.push_back(own.path);
    try {
        vm.run_code_in(own.code, module.as<ModuleObject>()->dict);
    } catch (...) {
        vm.modules.erase(name);
        throw;
    }
    return module;
}

Value VmSupport::import_from(Interp& vm, const Value& module, const std::string& name) {
    Value v = vm.lookup_attr(module, vm.intern(name));
    if (v.is_set()) return v;
    std::string from = vm.to_str(vm.getattr(module, "__name__"));
    std::string message = "cannot import name '" + name + "' from '" + from + "'";
    if (auto* m = module.as<ModuleObject>()) {
        // CPython's fallback: `from pkg import helpers` imports the submodule pkg.helpers.
        if (vm.own_modules.count(m->name + "." + name)) return import_module(vm, m->name + "." + name);
        if (vm.is_loopstep_gap(m->name, name))
            message += " (" + m->name + "." + name + std::string(kNotSupportedByLoopstep) + ")";
        else if (auto own = vm.own_modules.find(m->name); own != vm.own_modules.end())
            message += " (" + own->second.path + ")";
    }
    vm.raise(vm.exc.import_error, message);
}

Value VmSupport::import_relative(Interp& vm, Frame* f, const std::string& name) {
    size_t level = name.find_first_not_of('.');
    if (level == std::string::npos) level = name.size();
    std::string package;
    if (auto* globals = f->globals.as<DictObject>()) {
        Value p = globals->get_str(vm.intern("__package__"));
        if (auto* text = p.as<StrObject>()) package = text->text();
    }
    if (package.empty()) vm.raise(vm.exc.import_error, "attempted relative import with no known parent package");
    // Each dot past the first climbs one package up.
    for (size_t up = 1; up < level; ++up) {
        size_t dot = package.rfind('.');
        if (dot == std::string::npos) vm.raise(vm.exc.import_error, "attempted relative import beyond top-level package");
        package.resize(dot);
    }
    std::string rest = name.substr(level);
    return import_module(vm, rest.empty() ? package : package + "." + rest);
}

void VmSupport::import_star(Interp& vm, Frame* f) {
    Value module = std::move(f->stack.back());
    f->stack.pop_back();
    auto* target = f->locals_dict.as<DictObject>();
    auto* m = module.as<ModuleObject>();
    if (!target || !m) return;
    DictObject* source = m->namespace_dict();
    Value all = source->get_str(vm.intern("__all__"));
    if (all.is_set()) {
        for (const Value& name : vm.to_vector(all)) {
            if (!name.as<StrObject>())
                vm.raise(vm.exc.type_error, "Item in " + m->name + ".__all__ must be str, not " + vm.type_name(name));
            target->set(vm, name, vm.getattr(module, name));
        }
        return;
    }
    std::vector<std::pair<Value, Value>> items;
    for (const auto& entry : source->table.entries())
        if (auto* text = entry.key.is_set() ? entry.key.as<StrObject>() : nullptr; text && !text->text().empty() && text->text()[0] != '_')
            items.emplace_back(entry.key, entry.value);
    for (auto& [key, value] : items) target->set(vm, key, value);
}

Value VmSupport::import_module(Interp& vm, const std::string& name) {
    auto it = vm.modules.find(name);
    if (it != vm.modules.end()) return it->second;
    // A dotted name imports its parents first and becomes their attribute, as in CPython.
    size_t dot = name.rfind('.');
    Value parent = dot == std::string::npos ? Value() : import_module(vm, name.substr(0, dot));
    if (it = vm.modules.find(name); it != vm.modules.end()) return it->second;  // the parent made it
    // The program's directory comes first, as sys.path[0] does for `python3 prog.py`: a helpers.py
    // beside it is found, and a random.py there hides the standard one, as in CPython.
    Value module = import_own_module(vm, name);
    if (module.is_unset())
        module = name == "asyncio" ? load_asyncio_module(vm) : import_stdlib_python_module(vm, name);
    if (module.is_unset()) {
        Value error = vm.new_exception(vm.exc.module_not_found_error.get(), {vm.str("No module named '" + name + "'")});
        vm.setattr(error, vm.intern("name"), vm.str(name));
        vm.raise_value(error);
    }
    if (parent.is_set()) vm.setattr(parent, vm.intern(name.substr(dot + 1)), module);
    if (auto* sys_modules = vm.sys_modules.as<DictObject>()) sys_modules->set(vm, vm.str(name), module);
    return module;
}

void VmSupport::setup_annotations(Interp& vm, Frame* f) {
    auto* locals = f->locals_dict.as<DictObject>();
    if (!locals) return;
    Value key = vm.intern("__annotations__");
    if (locals->get_str(key).is_unset()) locals->set(vm, key, vm.dict());
}

}  // namespace loopstep
