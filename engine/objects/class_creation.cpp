// Making classes: the class statement (__build_class__: the metaclass, __prepare__, the body),
// type.__new__ (what every class statement and 3-argument type() end in), type.__call__,
// object.__new__ and object.__init_subclass__.
#include "vm/interp.h"
#include "vm/native_support.h"
#include "vm/vm_call.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

// Built-in classes a class statement may derive from: their instances are the built-in objects
// themselves, carrying a __dict__ (builtin_attrs_slot).
bool subclassable_builtin(Interp& vm, const ClassObject* base) {
    return base == vm.types.tuple.get() || base == vm.types.list.get() || base == vm.types.dict.get() ||
           base == vm.types.str.get() || base == vm.types.set.get() || base == vm.types.frozenset.get();
}

// The built-in class whose objects an instance of `cls` is (tuple, dict, ...), or null.
const ClassObject* solid_builtin(Interp& vm, const ClassObject* cls) {
    for (const ClassObject* c : cls->mro)
        if (subclassable_builtin(vm, c)) return c;
    return nullptr;
}

std::vector<Ref<ClassObject>> checked_bases(Interp& vm, const std::vector<Value>& given) {
    std::vector<Ref<ClassObject>> bases;
    const ClassObject* solid = nullptr;
    for (const Value& b : given) {
        auto* base = b.as<ClassObject>();
        if (!base) vm.raise(vm.exc.type_error, "bases must be types");
        bool allowed = base->is_user_class || base == vm.types.object.get() || base->layout == InstanceLayout::Exception ||
                       base->layout == InstanceLayout::Native || subclassable_builtin(vm, base) ||
                       base == vm.types.type.get();
        if (base == vm.types.bool_.get() || base == vm.types.none.get() || base == vm.types.range.get() ||
            base == vm.types.slice.get() || base == vm.types.function.get() || base == vm.types.generator.get() ||
            base == vm.types.coroutine.get())
            vm.raise(vm.exc.type_error, "type '" + base->name + "' is not an acceptable base type");
        if (!allowed) vm.raise(vm.exc.type_error, "subclassing '" + base->name + "' is not supported by Loopstep");
        if (const ClassObject* s = solid_builtin(vm, base)) {
            if (solid && solid != s && !s->is_subclass_of(solid) && !solid->is_subclass_of(s))
                vm.raise(vm.exc.type_error, "multiple bases have instance lay-out conflict");
            solid = s;
        }
        bases.push_back(base);
    }
    return bases;
}

// The most derived of the explicit metaclass and the bases' metaclasses.
ClassObject* winning_metaclass(Interp& vm, ClassObject* meta, const std::vector<Value>& bases) {
    for (const Value& b : bases) {
        ClassObject* bt = vm.type_of(b);
        if (meta->is_subclass_of(bt)) continue;
        if (bt->is_subclass_of(meta)) {
            meta = bt;
            continue;
        }
        vm.raise(vm.exc.type_error, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                    "subclass of the metaclasses of all its bases");
    }
    return meta;
}

Value ns_get(Interp& vm, DictObject* ns, const char* name) { return ns->get_str(vm.literal_name(name)); }

// Functions given as __new__ are static methods, __init_subclass__ and __class_getitem__ class
// methods, without a decorator (as type.__new__ does).
void wrap_implicit(Interp& vm, DictObject* ns) {
    if (Value f = ns_get(vm, ns, "__new__"); f.is(ObjKind::Function))
        ns->set(vm, vm.literal_name("__new__"),
                vm.heap.value<MethodWrapperObject>(vm.types.staticmethod.get(), MethodWrapperObject::Kind::Static, f));
    for (const char* name : {"__init_subclass__", "__class_getitem__"})
        if (Value f = ns_get(vm, ns, name); f.is(ObjKind::Function))
            ns->set(vm, vm.literal_name(name),
                    vm.heap.value<MethodWrapperObject>(vm.types.classmethod.get(), MethodWrapperObject::Kind::Class, f));
    // A class that defines __eq__ and not __hash__ is unhashable.
    if (ns_get(vm, ns, "__eq__").is_set() && ns_get(vm, ns, "__hash__").is_unset())
        ns->set(vm, vm.literal_name("__hash__"), Value::none());
}

// Each attribute whose class defines __set_name__ learns its owner and name, in the namespace's
// order (functools.cached_property, descriptors written in Python).
void announce_names(Interp& vm, const Value& cls, DictObject* ns) {
    std::vector<std::pair<Value, Value>> named;
    for (const auto& entry : ns->table.entries())
        if (entry.live() && entry.value.is(ObjKind::Instance) && vm.type_of(entry.value)->is_user_class)
            if (vm.type_lookup(vm.type_of(entry.value), vm.literal_name("__set_name__")).is_set())
                named.emplace_back(entry.value, entry.key);
    for (const auto& [value, key] : named)
        vm.call(vm.type_lookup(vm.type_of(value), vm.literal_name("__set_name__")), {value, cls, key});
}

// super(cls, cls).__init_subclass__(**kwargs)
void init_subclass(Interp& vm, ClassObject* cls, const CallArgs& kwargs) {
    for (size_t i = 1; i < cls->mro.size(); ++i) {
        ClassObject* c = cls->mro[i];
        if (!c->dict.is_set()) continue;
        Value hook = static_cast<DictObject*>(c->dict.obj())->get_str(vm.literal_name("__init_subclass__"));
        if (hook.is_unset()) continue;
        std::vector<Value> positional{Value::object(cls)};
        Value fn = hook.as<MethodWrapperObject>() ? hook.as<MethodWrapperObject>()->function : hook;
        vm.call(fn, CallArgs{positional, kwargs.kw_values, kwargs.kw_names});
        return;
    }
}

}  // namespace

// type.__new__(meta, name, bases, namespace, **kwargs)
Value create_class(Interp& vm, ClassObject* meta, const Value& name, const Value& bases_value, const Value& ns_value,
                   const CallArgs& kwargs) {
    auto* name_str = name.as<StrObject>();
    if (!name_str) vm.raise(vm.exc.type_error, "type.__new__() argument 1 must be str, not " + vm.type_name(name));
    if (!bases_value.as<TupleObject>())
        vm.raise(vm.exc.type_error, "type.__new__() argument 2 must be tuple, not " + vm.type_name(bases_value));
    if (!ns_value.as<DictObject>())
        vm.raise(vm.exc.type_error, "type.__new__() argument 3 must be dict, not " + vm.type_name(ns_value));
    std::vector<Ref<ClassObject>> bases = checked_bases(vm, bases_value.as<TupleObject>()->items);
    // The class keeps a copy of the namespace, in its order.
    Value ns = vm.dict();
    auto* d = ns.as<DictObject>();
    for (const auto& entry : ns_value.as<DictObject>()->table.entries())
        if (entry.live()) d->set(vm, entry.key, entry.value);
    Value cell = ns_get(vm, d, "__classcell__");
    if (cell.is_set()) d->remove(vm, vm.literal_name("__classcell__"));
    Ref<ClassObject> cls = vm.make_class(name_str->text(), std::move(bases), InstanceLayout::Plain);
    cls->is_user_class = true;
    cls->set_type(meta);
    Value module = ns_get(vm, d, "__module__");
    if (!module.is(ObjKind::Str) && vm.current_frame() && vm.current_frame()->globals.is_set())
        module = vm.current_frame()->globals.as<DictObject>()->get_str(std::string("__name__"));
    cls->module = module.is(ObjKind::Str) ? module.as<StrObject>()->text() : "__main__";
    if (ns_get(vm, d, "__module__").is_unset()) d->set(vm, vm.literal_name("__module__"), vm.str(cls->module));
    Value qualname = ns_get(vm, d, "__qualname__");
    cls->qualname = qualname.is(ObjKind::Str) ? qualname.as<StrObject>()->text() : name_str->text();
    if (qualname.is_set()) d->remove(vm, vm.literal_name("__qualname__"));
    wrap_implicit(vm, d);
    cls->dict = ns;
    if (auto* c = cell.as<CellObject>()) c->value = cls.value();
    announce_names(vm, cls.value(), d);
    init_subclass(vm, cls.get(), kwargs);
    return cls.value();
}

namespace {

Value build_class(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() < 2) vm.raise(vm.exc.type_error, "__build_class__: not enough arguments");
    auto* body = args.positional[0].as<FunctionObject>();
    if (!body || !args.positional[1].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "__build_class__: bad arguments");
    const Value& name = args.positional[1];
    std::vector<Value> base_values(args.positional.begin() + 2, args.positional.end());
    Value bases = vm.tuple(base_values);
    // metaclass= is taken out; the other keywords go to __prepare__, the metaclass and
    // __init_subclass__.
    ClassObject* meta = vm.types.type.get();
    Value explicit_meta;
    std::vector<Value> kw_values, kw_names;
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        if (args.kw_names[i].as<StrObject>()->text() == "metaclass") explicit_meta = args.kw_values[i];
        else {
            kw_names.push_back(args.kw_names[i]);
            kw_values.push_back(args.kw_values[i]);
        }
    }
    CallArgs kwargs{{}, kw_values, kw_names};
    if (explicit_meta.is_set() && !explicit_meta.is(ObjKind::Class))
        vm.raise(vm.exc.type_error, "metaclass must be a class in Loopstep, not " + vm.type_name(explicit_meta));
    if (explicit_meta.is_set()) meta = explicit_meta.as<ClassObject>();
    meta = winning_metaclass(vm, meta, base_values);
    Value meta_value = Value::object(meta);
    Value ns;
    if (meta->is_user_class) {
        if (Value prepare = vm.lookup_attr(meta_value, vm.literal_name("__prepare__")); prepare.is_set())
            ns = vm.call(prepare, CallArgs{std::vector<Value>{name, bases}, kw_values, kw_names});
    }
    if (ns.is_unset()) ns = vm.dict();
    if (!ns.as<DictObject>())
        vm.raise(vm.exc.type_error, "__prepare__() must return a dict in Loopstep, not " + vm.type_name(ns));
    std::unique_ptr<Frame> frame = CallSupport::make_frame(vm, body, CallArgs{});
    frame->locals_dict = ns;
    ResumeResult r = vm.execute(frame.get(), Value());
    if (r.status == ResumeStatus::Raised) throw PyError{r.value};
    if (r.value.as<CellObject>()) ns.as<DictObject>()->set(vm, vm.literal_name("__classcell__"), r.value);
    if (!meta->is_user_class) return create_class(vm, meta, name, bases, ns, kwargs);
    std::vector<Value> positional{name, bases, ns};
    return vm.call(meta_value, CallArgs{positional, kw_values, kw_names});
}

// type(obj) / type(name, bases, namespace)
Value type_constructor(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() == 1 && args.kw_values.empty()) return Value::object(vm.type_of(args.positional[0]));
    if (args.positional.size() != 3) vm.raise(vm.exc.type_error, "type() takes 1 or 3 arguments");
    ClassObject* meta = winning_metaclass(vm, vm.types.type.get(),
                                          args.positional[1].as<TupleObject>() ? args.positional[1].as<TupleObject>()->items
                                                                               : std::vector<Value>{});
    return create_class(vm, meta, args.positional[0], args.positional[1], args.positional[2],
                        CallArgs{{}, args.kw_values, args.kw_names});
}

// type.__new__(meta, name, bases, namespace, **kwargs): a staticmethod.
Value type_dunder_new(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.empty() || !args.positional[0].as<ClassObject>())
        vm.raise(vm.exc.type_error, "type.__new__(X): X is not a type object");
    ClassObject* meta = args.positional[0].as<ClassObject>();
    if (args.positional.size() == 2) return Value::object(vm.type_of(args.positional[1]));
    if (args.positional.size() != 4) vm.raise(vm.exc.type_error, "type.__new__() takes exactly 3 arguments (" +
                                                                    std::to_string(args.positional.size() - 1) + " given)");
    if (!meta->is_subclass_of(vm.types.type.get()))
        vm.raise(vm.exc.type_error, "type.__new__(" + meta->name + "): " + meta->name + " is not a subtype of type");
    return create_class(vm, meta, args.positional[1], args.positional[2], args.positional[3],
                        CallArgs{{}, args.kw_values, args.kw_names});
}

Value type_dunder_init(Interp&, const Value&, const CallArgs&) { return Value::none(); }

// type.__call__(cls, *args, **kwargs): what `super().__call__(...)` in a metaclass reaches.
Value type_dunder_call(Interp& vm, const Value& self, const CallArgs& args) {
    Value cls = self;
    CallArgs rest = args;
    if (cls.is_unset()) {
        if (args.positional.empty()) vm.raise(vm.exc.type_error, "descriptor '__call__' of 'type' object needs an argument");
        cls = args.positional[0];
        rest.positional = args.positional.subspan(1);
    }
    auto* c = cls.as<ClassObject>();
    if (!c) vm.raise(vm.exc.type_error, "descriptor '__call__' requires a 'type' object but received a '" + vm.type_name(cls) + "'");
    return CallSupport::construct(vm, c, rest);
}

// object.__new__(cls, *args): a staticmethod.
Value object_dunder_new(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "object.__new__(): not enough arguments");
    auto* cls = args.positional[0].as<ClassObject>();
    if (!cls) vm.raise(vm.exc.type_error, "object.__new__(X): X is not a type object (" + vm.type_name(args.positional[0]) + ")");
    if (const ClassObject* solid = solid_builtin(vm, cls))
        vm.raise(vm.exc.type_error, "object.__new__(" + cls->name + ") is not safe, use " + solid->name + ".__new__()");
    if (!cls->is_user_class && cls != vm.types.object.get() && cls->layout != InstanceLayout::Exception)
        vm.raise(vm.exc.type_error, "object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
    CallSupport::raise_if_abstract(vm, cls);
    return vm.make_instance(cls);
}

// object.__init_subclass__(cls): a classmethod taking no keywords.
Value object_init_subclass(Interp& vm, const Value&, const CallArgs& args) {
    if (!args.kw_names.empty() || args.positional.size() > 1) {
        std::string who = args.positional.empty() ? "object" : vm.repr(args.positional[0]);
        if (auto* c = args.positional.empty() ? nullptr : args.positional[0].as<ClassObject>()) who = c->qualname;
        vm.raise(vm.exc.type_error, who + ".__init_subclass__() takes no keyword arguments");
    }
    return Value::none();
}

}  // namespace

void install_class_creation(Interp& vm) {
    ClassObject* object = vm.types.object.get();
    ClassObject* type = vm.types.type.get();
    auto statically = [&](ClassObject* cls, const char* name, NativeFn fn) {
        Value w = vm.heap.value<MethodWrapperObject>(vm.types.staticmethod.get(), MethodWrapperObject::Kind::Static,
                                                     vm.native(name, fn));
        vm.set_attr_raw(cls, name, w);
        return w;
    };
    vm.object_new = statically(object, "__new__", &object_dunder_new);
    vm.set_attr_raw(object, "__init_subclass__",
                    vm.heap.value<MethodWrapperObject>(vm.types.classmethod.get(), MethodWrapperObject::Kind::Class,
                                                       vm.native("__init_subclass__", &object_init_subclass)));
    vm.object_init = static_cast<DictObject*>(object->dict.obj())->get_str(std::string("__init__"));
    type->constructor = &type_constructor;
    statically(type, "__new__", &type_dunder_new);
    vm.add_method(type, "__init__", &type_dunder_init);
    vm.add_method(type, "__call__", &type_dunder_call);
    auto* builtins = static_cast<DictObject*>(vm.builtins.obj());
    builtins->set(vm, vm.intern("__build_class__"), vm.native("__build_class__", &build_class));
}

}  // namespace loopstep
