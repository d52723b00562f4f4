// Attribute access: class lookup along the MRO, instance dictionaries, descriptors (functions
// become bound methods, property, staticmethod, classmethod), super(), and special attributes.
#include "vm/interp.h"

#include "compiler/cpython_names.h"

namespace loopstep {

Value ClassObject::lookup(const Value& key) const {
    for (ClassObject* cls : mro) {
        if (!cls->dict.is_set()) continue;
        Value v = static_cast<DictObject*>(cls->dict.obj())->get_str(key);
        if (v.is_set()) return v;
    }
    return Value();
}

Value ClassObject::lookup(const std::string& key) const {
    for (ClassObject* cls : mro) {
        if (!cls->dict.is_set()) continue;
        Value v = static_cast<DictObject*>(cls->dict.obj())->get_str(key);
        if (v.is_set()) return v;
    }
    return Value();
}

bool ClassObject::is_subclass_of(const ClassObject* base) const {
    for (ClassObject* cls : mro)
        if (cls == base) return true;
    return false;
}

void ClassObject::clear_references() {
    dict.reset();
    bases.clear();
    mro.clear();
}

void FunctionObject::clear_references() {
    code.reset();
    globals.reset();
    defaults.clear();
    kwdefaults.reset();
    closure.clear();
    dict.reset();
}

void ExceptionObject::clear_references() {
    InstanceObject::clear_references();
    args.clear();
    cause.reset();
    context.reset();
    payload.reset();
}

DictObject* ModuleObject::namespace_dict() const { return static_cast<DictObject*>(dict.obj()); }

namespace {

// The protocol method `method` (__get__, __set__, __delete__) of a class attribute that is an
// instance of a user class: a descriptor written in Python (functools.cached_property, ...).
Value descriptor_method(Interp& vm, const Value& attr, const char* method) {
    if (!attr.is(ObjKind::Instance)) return Value();
    ClassObject* type = vm.type_of(attr);
    if (!type->is_user_class) return Value();
    return vm.type_lookup(type, vm.literal_name(method));
}

// A data descriptor (a property, or a class defining __set__ or __delete__) comes before the
// instance's own dict; any other class attribute after it.
bool is_data_descriptor(Interp& vm, const Value& attr) {
    if (attr.is(ObjKind::Property)) return true;
    return descriptor_method(vm, attr, "__set__").is_set() || descriptor_method(vm, attr, "__delete__").is_set();
}

// Binds a class attribute found for `self` (an instance or, with is_class, a class).
Value bind(Interp& vm, const Value& attr, const Value& self, ClassObject* owner_type, bool via_class) {
    if (attr.is(ObjKind::Function)) {
        if (via_class) return attr;
        return vm.heap.value<BoundMethodObject>(vm.types.method.get(), attr, self);
    }
    if (auto* n = attr.as<NativeFunctionObject>()) {
        if (via_class || n->self.is_set()) return attr;
        return vm.bind_native(*n, self);
    }
    if (auto* w = attr.as<MethodWrapperObject>()) {
        if (w->wrapper_kind == MethodWrapperObject::Kind::Static) return w->function;
        Value cls = via_class ? self : Value::object(owner_type);
        return vm.heap.value<BoundMethodObject>(vm.types.method.get(), w->function, cls);
    }
    if (auto* p = attr.as<PropertyObject>()) {
        if (via_class) return attr;
        if (p->getter.is_unset() || p->getter.is_none()) vm.raise(vm.exc.attribute_error, "property has no getter");
        return vm.call(p->getter, {self});
    }
    if (Value get = descriptor_method(vm, attr, "__get__"); get.is_set())
        return vm.call(get, {attr, via_class ? Value::none() : self, via_class ? self : Value::object(owner_type)});
    return attr;
}

// Every name special_attribute answers is a dunder, or an exception's `args` / `value` / `code`.
bool may_be_special(const std::string& name) {
    bool dunder = name.size() > 4 && name[0] == '_' && name[1] == '_';
    return dunder || name == "args" || name == "value" || name == "code" || name == "fget" || name == "fset" ||
           name == "fdel";
}

Value special_attribute(Interp& vm, const Value& obj, const std::string& name) {
    if (!may_be_special(name)) return Value();
    if (name == "__class__") return Value::object(vm.type_of(obj));
    if (auto* cls = obj.as<ClassObject>()) {
        if (name == "__name__") return vm.str(cls->name);
        if (name == "__qualname__") return vm.str(cls->qualname);
        if (name == "__module__") return vm.str(cls->module);
        if (name == "__dict__") return cls->dict;
        if (name == "__bases__") {
            std::vector<Value> bases;
            for (auto& b : cls->bases) bases.push_back(b.value());
            return vm.tuple(std::move(bases));
        }
        if (name == "__mro__") {
            std::vector<Value> mro;
            for (auto* c : cls->mro) mro.push_back(Value::object(c));
            return vm.tuple(std::move(mro));
        }
        if (name == "__doc__") return Value::none();
    }
    if (auto* f = obj.as<FunctionObject>()) {
        if (name == "__name__") return vm.str(f->name);
        if (name == "__qualname__") return vm.str(f->qualname);
        if (name == "__module__") {
            Value module = f->globals.is_set() ? f->globals.as<DictObject>()->get_str(std::string("__name__")) : Value();
            return module.is(ObjKind::Str) ? module : vm.str("__main__");
        }
        if (name == "__doc__") {
            const auto& doc = f->code->code->docstring;
            if (doc) return vm.str(*doc);
            return Value::none();
        }
        if (name == "__globals__") return f->globals;
        if (name == "__defaults__")
            return f->defaults.empty() ? Value::none() : vm.tuple(f->defaults);
        if (name == "__dict__") {
            if (f->dict.is_unset()) f->dict = vm.dict();
            return f->dict;
        }
    }
    if (auto* n = obj.as<NativeFunctionObject>()) {
        if (name == "__name__" || name == "__qualname__") return vm.str(n->name);
        if (name == "__self__") return n->self.is_set() ? n->self : Value::none();
    }
    if (auto* p = obj.as<PropertyObject>()) {
        if (name == "fget") return p->getter.is_set() ? p->getter : Value::none();
        if (name == "fset") return p->setter.is_set() ? p->setter : Value::none();
        if (name == "fdel") return p->deleter.is_set() ? p->deleter : Value::none();
    }
    if (auto* w = obj.as<MethodWrapperObject>()) {
        if (name == "__func__" || name == "__wrapped__") return w->function;
    }
    if (auto* m = obj.as<BoundMethodObject>()) {
        if (name == "__self__") return m->self;
        if (name == "__func__") return m->function;
        if (name == "__name__" || name == "__qualname__") return vm.getattr(m->function, name);
    }
    if (auto* e = obj.as<ExceptionObject>()) {
        if (name == "args") return vm.tuple(e->args);
        if (name == "__cause__") return e->cause.is_set() ? e->cause : Value::none();
        if (name == "__context__") return e->context.is_set() ? e->context : Value::none();
        if (name == "__suppress_context__") return Value::boolean(e->suppress_context);
        if (name == "__traceback__") return Value::none();
        if (name == "code" && vm.isinstance(obj, vm.exc.system_exit.get())) {
            // SystemExit.code: its one argument, None without one, the args tuple with several
            // (CPython sets it in __init__; an assigned one is found in the instance dict first).
            if (e->args.empty()) return Value::none();
            return e->args.size() == 1 ? e->args[0] : vm.tuple(e->args);
        }
        if (name == "value" && vm.isinstance(obj, vm.exc.stop_iteration.get()))
            return e->payload.is_set() ? e->payload : (e->args.empty() ? Value::none() : e->args[0]);
    }
    if (auto* g = obj.as<GeneratorObject>()) {
        if (name == "__name__") return vm.str(g->name());
        if (name == "__qualname__") return vm.str(g->qualname());
    }
    if (auto* m = obj.as<ModuleObject>()) {
        if (name == "__name__") return vm.str(m->name);
        if (name == "__dict__") return m->dict;
    }
    if (auto* i = obj.as<InstanceObject>()) {
        if (name == "__dict__" && i->dict.is_set()) return i->dict;
    }
    if (name == "__dict__" && is_builtin_subclass_instance(obj)) {
        Value* slot = builtin_attrs_slot(obj);
        if (slot->is_unset()) *slot = vm.dict();
        return *slot;
    }
    return Value();
}

}  // namespace

Value Interp::lookup_attr(const Value& obj, const Value& name) {
    const std::string& key = name.as<StrObject>()->text();
    if (auto* m = obj.as<ModuleObject>()) {
        Value v = m->namespace_dict()->get_str(name);
        if (v.is_set()) return v;
        return special_attribute(*this, obj, key);
    }
    if (auto* s = obj.as<SuperObject>()) {
        bool via_class = s->via_class;
        ClassObject* self_type = via_class ? s->self.as<ClassObject>() : type_of(s->self);
        const auto& mro = self_type->mro;
        size_t i = 0;
        while (i < mro.size() && mro[i] != s->start.get()) ++i;
        for (++i; i < mro.size(); ++i) {
            Value v = static_cast<DictObject*>(mro[i]->dict.obj())->get_str(name);
            if (v.is_set()) return bind(*this, v, s->self, self_type, via_class);
        }
        return Value();
    }
    if (auto* cls = obj.as<ClassObject>()) {
        Value v = type_lookup(cls, name);
        if (v.is_set()) return bind(*this, v, obj, cls, true);
        Value special = special_attribute(*this, obj, key);
        if (special.is_set()) return special;
        Value meta = type_lookup(type_of(obj), name);
        if (meta.is_set()) return bind(*this, meta, obj, type_of(obj), false);
        return Value();
    }
    ClassObject* type = type_of(obj);
    Value descriptor = type_lookup(type, name);
    if (descriptor.is_set() && is_data_descriptor(*this, descriptor)) return bind(*this, descriptor, obj, type, false);
    if (auto* inst = obj.as<InstanceObject>()) {
        if (inst->dict.is_set()) {
            Value v = static_cast<DictObject*>(inst->dict.obj())->get_str(name);
            if (v.is_set()) return v;
        }
    } else if (auto* f = obj.as<FunctionObject>(); f && f->dict.is_set()) {
        Value v = static_cast<DictObject*>(f->dict.obj())->get_str(name);
        if (v.is_set()) return v;
    } else if (Value* slot = builtin_attrs_slot(obj); slot && slot->is_set()) {
        Value v = static_cast<DictObject*>(slot->obj())->get_str(name);
        if (v.is_set()) return v;
    }
    Value special = special_attribute(*this, obj, key);
    if (special.is_set()) return special;
    if (descriptor.is_set()) return bind(*this, descriptor, obj, type, false);
    if (type->is_user_class) {
        Value hook = type_lookup(type, literal_name("__getattr__"));
        if (hook.is_set()) {
            try {
                return call(hook, {obj, name});
            } catch (PyError& e) {
                if (isinstance(e.exception, exc.attribute_error.get())) return Value();
                throw;
            }
        }
    }
    return Value();
}

bool Interp::is_loopstep_gap(const std::string& module, const std::string& name) const {
    return !own_modules.count(module) && cpython_module_has(module, name);
}

Value Interp::getattr(const Value& obj, const Value& name) {
    Value v = lookup_attr(obj, name);
    if (v.is_set()) return v;
    const std::string& key = name.as<StrObject>()->text();
    if (auto* m = obj.as<ModuleObject>()) {
        std::string message = "module '" + m->name + "' has no attribute '" + key + "'";
        if (is_loopstep_gap(m->name, key)) message += " (" + m->name + "." + key + std::string(kNotSupportedByLoopstep) + ")";
        raise(exc.attribute_error, message);
    }
    if (auto* cls = obj.as<ClassObject>())
        raise(exc.attribute_error, "type object '" + cls->name + "' has no attribute '" + key + "'");
    if (obj.as<SuperObject>()) raise(exc.attribute_error, "'super' object has no attribute '" + key + "'");
    raise(exc.attribute_error, "'" + type_name(obj) + "' object has no attribute '" + key + "'");
}

Value Interp::call_method(const Value& obj, const Value& name, std::initializer_list<Value> positional) {
    std::span<const Value> rest(positional.begin(), positional.size());
    if (auto* inst = obj.as<InstanceObject>(); inst && !may_be_special(name.as<StrObject>()->text())) {
        // A function or native on the class is a non-data descriptor: the instance's own dict
        // comes first (no property or special attribute can take precedence), then the method is called with `obj` as self, as binding it would.
        Value found = type_lookup(inst->type(), name);
        auto* native = found.as<NativeFunctionObject>();
        if ((native && native->self.is_unset()) || found.is(ObjKind::Function)) {
            if (inst->dict.is_set())
                if (Value own = static_cast<DictObject*>(inst->dict.obj())->get_str(name); own.is_set())
                    return call(own, CallArgs{rest});
            if (native) return native->fn(*this, obj, CallArgs{rest});
            std::vector<Value> with_self;
            with_self.reserve(rest.size() + 1);
            with_self.push_back(obj);
            with_self.insert(with_self.end(), rest.begin(), rest.end());
            return call(found, CallArgs{with_self});
        }
    }
    return call(getattr(obj, name), CallArgs{rest});
}

// What the class decides when an attribute of its instance is set: a property's setter, a data
// descriptor's __set__, or (when `use_hook`) the class's own __setattr__. False: nothing on the
// class took it, the instance's dict gets the value.
bool Interp::set_through_class(const Value& obj, ClassObject* type, const Value& name, const Value& value,
                               bool use_hook) {
    Value descriptor = type_lookup(type, name);
    if (auto* p = descriptor.as<PropertyObject>()) {
        if (p->setter.is_unset() || p->setter.is_none())
            raise(exc.attribute_error, "property '" + name.as<StrObject>()->text() + "' of '" + type->name +
                                           "' object has no setter");
        call(p->setter, {obj, value});
        return true;
    }
    if (Value set = descriptor_method(*this, descriptor, "__set__"); set.is_set()) {
        call(set, {descriptor, obj, value});
        return true;
    }
    if (use_hook) {
        if (Value hook = type_lookup(type, literal_name("__setattr__")); hook.is(ObjKind::Function)) {
            call(hook, {obj, name, value});
            return true;
        }
    }
    return false;
}

void Interp::setattr(const Value& obj, const Value& name, const Value& value) {
    const std::string& key = name.as<StrObject>()->text();
    ClassObject* type = type_of(obj);
    if (auto* inst = obj.as<InstanceObject>()) {
        if (set_through_class(obj, type, name, value, type->is_user_class)) return;
        if (auto* e = obj.as<ExceptionObject>()) {
            if (key == "__cause__") {
                e->cause = value;
                e->suppress_context = true;
                return;
            }
            if (key == "__context__") {
                e->context = value;
                return;
            }
            if (key == "args") {
                e->args = to_vector(value);
                return;
            }
        }
        if (inst->dict.is_set()) {
            static_cast<DictObject*>(inst->dict.obj())->set(*this, name, value);
            return;
        }
    }
    if (auto* cls = obj.as<ClassObject>()) {
        // A metaclass's own __setattr__ (enum's refuses to reassign a member).
        if (ClassObject* meta = cls->type(); meta != types.type.get() && meta->is_user_class) {
            Value hook = type_lookup(meta, literal_name("__setattr__"));
            if (hook.is(ObjKind::Function)) {
                call(hook, {obj, name, value});
                return;
            }
        }
        if (!cls->is_user_class)
            raise(exc.type_error, "cannot set '" + key + "' attribute of immutable type '" + cls->name + "'");
        ++class_epoch;
        static_cast<DictObject*>(cls->dict.obj())->set(*this, name, value);
        return;
    }
    if (auto* m = obj.as<ModuleObject>()) {
        m->namespace_dict()->set(*this, name, value);
        return;
    }
    if (is_builtin_subclass_instance(obj)) {
        if (set_through_class(obj, type, name, value, true)) return;
        Value* slot = builtin_attrs_slot(obj);
        if (slot->is_unset()) *slot = dict();
        static_cast<DictObject*>(slot->obj())->set(*this, name, value);
        return;
    }
    if (auto* f = obj.as<FunctionObject>()) {
        if (key == "__name__") {
            f->name = to_str(value);
            return;
        }
        if (key == "__qualname__") {
            f->qualname = to_str(value);
            return;
        }
        if (f->dict.is_unset()) f->dict = dict();
        static_cast<DictObject*>(f->dict.obj())->set(*this, name, value);
        return;
    }
    if (type->lookup(name).is_set())
        raise(exc.attribute_error, "attribute '" + key + "' of '" + type->name + "' objects is not writable");
    raise(exc.attribute_error, "'" + type->name + "' object has no attribute '" + key + "'");
}

void Interp::delattr(const Value& obj, const Value& name) {
    const std::string& key = name.as<StrObject>()->text();
    DictObject* d = nullptr;
    if (auto* inst = obj.as<InstanceObject>()) {
        Value descriptor = type_lookup(inst->type(), name);
        if (Value del = descriptor_method(*this, descriptor, "__delete__"); del.is_set()) {
            call(del, {descriptor, obj});
            return;
        }
        d = static_cast<DictObject*>(inst->dict.obj());
    }
    else if (auto* cls = obj.as<ClassObject>(); cls && cls->is_user_class) {
        d = static_cast<DictObject*>(cls->dict.obj());
        ++class_epoch;
    }
    else if (auto* m = obj.as<ModuleObject>()) d = m->namespace_dict();
    else if (is_builtin_subclass_instance(obj) && builtin_attrs_slot(obj)->is_set())
        d = static_cast<DictObject*>(builtin_attrs_slot(obj)->obj());
    if (d && d->remove(*this, name)) return;
    if (obj.as<ClassObject>())
        raise(exc.attribute_error, "type object '" + obj.as<ClassObject>()->name + "' has no attribute '" + key + "'");
    raise(exc.attribute_error, "'" + type_name(obj) + "' object has no attribute '" + key + "'");
}

}  // namespace loopstep
