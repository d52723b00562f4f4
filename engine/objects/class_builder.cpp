// The natives of object, property, staticmethod, classmethod and super (class_creation.cpp
// makes classes).
#include "vm/interp.h"
#include "vm/native_support.h"
#include "vm/vm_call.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

Value object_init(Interp& vm, const Value& self, const CallArgs& args) {
    if (args.size() > 1) {
        ClassObject* cls = vm.type_of(args.positional.empty() ? self : args.positional[0]);
        (void)cls;
        vm.raise(vm.exc.type_error, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return Value::none();
}

Value receiver(Interp& vm, const Value& self, const CallArgs& args) {
    if (self.is_set()) return self;
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "descriptor needs an argument");
    return args.positional[0];
}

size_t first_arg(const Value& self) { return self.is_set() ? 0 : 1; }

Value object_repr(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = receiver(vm, self, args);
    ClassObject* cls = vm.type_of(obj);
    std::string name = cls->module == "builtins" ? cls->qualname : cls->module + "." + cls->qualname;
    auto [it, inserted] = vm.display_ids.emplace(obj.obj(), vm.display_ids.size() + 1);
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x7f%010llx", static_cast<unsigned long long>(0x1000 + it->second * 0x30));
    return vm.str("<" + name + " object at " + buf + ">");
}

Value object_str(Interp& vm, const Value& self, const CallArgs& args) { return vm.str(vm.repr(receiver(vm, self, args))); }

Value object_eq(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = receiver(vm, self, args);
    const Value& other = args.positional[first_arg(self)];
    return obj.same(other) ? Value::boolean(true) : vm.not_implemented;
}

Value object_ne(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = receiver(vm, self, args);
    const Value& other = args.positional[first_arg(self)];
    return Value::boolean(!vm.eq(obj, other));
}

Value object_hash(Interp& vm, const Value& self, const CallArgs& args) {
    return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(receiver(vm, self, args).obj()) >> 4));
}

Value object_setattr(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = receiver(vm, self, args);
    size_t i = first_arg(self);
    if (args.positional.size() < i + 2) vm.raise(vm.exc.type_error, "object.__setattr__: bad arguments");
    const Value& name = args.positional[i];
    if (!name.is(ObjKind::Str))
        vm.raise(vm.exc.type_error, "attribute name must be string, not '" + vm.type_name(name) + "'");
    if (auto* cls = obj.as<ClassObject>()) {
        // type.__setattr__ (super().__setattr__ in a metaclass): straight into the class's dict.
        if (!cls->is_user_class)
            vm.raise(vm.exc.type_error, "cannot set '" + name.as<StrObject>()->text() + "' attribute of immutable type '" + cls->name + "'");
        ++vm.class_epoch;
        cls->dict.as<DictObject>()->set(vm, name, args.positional[i + 1]);
        return Value::none();
    }
    if (Value* slot = builtin_attrs_slot(obj); slot && obj.obj()->type()->is_user_class) {
        if (slot->is_unset()) *slot = vm.dict();
        slot->as<DictObject>()->set(vm, name, args.positional[i + 1]);
        return Value::none();
    }
    auto* inst = obj.as<InstanceObject>();
    if (!inst || !inst->dict.is_set())
        vm.raise(vm.exc.attribute_error, "'" + vm.type_name(obj) + "' object has no attribute '" + name.as<StrObject>()->text() + "'");
    inst->dict.as<DictObject>()->set(vm, name, args.positional[i + 1]);
    return Value::none();
}

Value object_format(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = receiver(vm, self, args);
    const Value& spec = args.positional[first_arg(self)];
    if (spec.is(ObjKind::Str) && spec.as<StrObject>()->length() > 0)
        vm.raise(vm.exc.type_error, "unsupported format string passed to " + vm.type_name(obj) + ".__format__");
    return vm.str(vm.to_str(obj));
}

Value object_new(Interp& vm, const Value&, const CallArgs&) {
    (void)vm;
    return vm.heap.value<InstanceObject>(vm.types.object.get(), Value());
}

Value property_new(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "property", args, {"fget", "fset", "fdel", "doc"}, 0, 4);
    auto* p = vm.heap.make<PropertyObject>(vm.types.property.get(), a[0].is_set() ? a[0] : Value::none());
    Value pv = Value::object(p);
    if (a[1].is_set()) p->setter = a[1];
    if (a[2].is_set()) p->deleter = a[2];
    return pv;
}

Value property_copy(Interp& vm, const Value& self, const CallArgs& args, int which) {
    auto* old = self.as<PropertyObject>();
    if (!old || args.positional.size() != 1) vm.raise(vm.exc.type_error, "property method takes one argument");
    auto* p = vm.heap.make<PropertyObject>(vm.types.property.get(), old->getter);
    Value pv = Value::object(p);
    p->setter = old->setter;
    p->deleter = old->deleter;
    (which == 0 ? p->getter : which == 1 ? p->setter : p->deleter) = args.positional[0];
    return pv;
}

Value property_getter(Interp& vm, const Value& self, const CallArgs& args) { return property_copy(vm, self, args, 0); }
Value property_setter(Interp& vm, const Value& self, const CallArgs& args) { return property_copy(vm, self, args, 1); }
Value property_deleter(Interp& vm, const Value& self, const CallArgs& args) { return property_copy(vm, self, args, 2); }

Value staticmethod_new(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "staticmethod", args);
    return vm.heap.value<MethodWrapperObject>(vm.types.staticmethod.get(), MethodWrapperObject::Kind::Static, args.positional[0]);
}

Value classmethod_new(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "classmethod", args);
    return vm.heap.value<MethodWrapperObject>(vm.types.classmethod.get(), MethodWrapperObject::Kind::Class, args.positional[0]);
}

Value super_new(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.empty()) vm.raise(vm.exc.runtime_error, "super(): no arguments");
    auto* start = args.positional[0].as<ClassObject>();
    if (!start) vm.raise(vm.exc.type_error, "super() argument 1 must be a type, not " + vm.type_name(args.positional[0]));
    Value self = args.positional.size() > 1 ? args.positional[1] : Value::none();
    // A class that derives from `start` is looked at as a class (classmethods); anything else
    // (a class whose metaclass derives from `start` too) as an instance.
    bool via_class = self.as<ClassObject>() && self.as<ClassObject>()->is_subclass_of(start);
    if (!via_class && !vm.type_of(self)->is_subclass_of(start))
        vm.raise(vm.exc.type_error, "super(type, obj): obj must be an instance or subtype of type");
    Value made = vm.heap.value<SuperObject>(vm.types.super.get(), start, self);
    made.as<SuperObject>()->via_class = via_class;
    return made;
}

}  // namespace

Value VmSupport::build_class_function(Interp& vm) {
    Value v = static_cast<DictObject*>(vm.builtins.obj())->get_str(std::string("__build_class__"));
    return v;
}

void install_object_type(Interp& vm) {
    ClassObject* object = vm.types.object.get();
    vm.add_method(object, "__init__", &object_init);
    vm.add_method(object, "__repr__", &object_repr);
    vm.add_method(object, "__str__", &object_str);
    vm.add_method(object, "__eq__", &object_eq);
    vm.add_method(object, "__ne__", &object_ne);
    vm.add_method(object, "__hash__", &object_hash);
    vm.add_method(object, "__setattr__", &object_setattr);
    vm.add_method(object, "__format__", &object_format);
    object->constructor = &object_new;
    vm.types.property->constructor = &property_new;
    vm.add_method(vm.types.property.get(), "getter", &property_getter);
    vm.add_method(vm.types.property.get(), "setter", &property_setter);
    vm.add_method(vm.types.property.get(), "deleter", &property_deleter);
    vm.types.staticmethod->constructor = &staticmethod_new;
    vm.types.classmethod->constructor = &classmethod_new;
    vm.types.super->constructor = &super_new;
    auto* builtins = static_cast<DictObject*>(vm.builtins.obj());
    install_class_creation(vm);
    for (ClassObject* cls : {object, vm.types.type.get(), vm.types.property.get(), vm.types.staticmethod.get(),
                             vm.types.classmethod.get(), vm.types.super.get()})
        builtins->set(vm, vm.intern(cls->name), Value::object(cls));
}

}  // namespace loopstep
