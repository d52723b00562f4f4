// Classes: __build_class__ (running a class body into a namespace), and the natives of object,
// type, property, staticmethod, classmethod and super.
#include "vm/interp.h"
#include "vm/native_support.h"
#include "vm/vm_call.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

Value build_class(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() < 2) vm.raise(vm.exc.type_error, "__build_class__: not enough arguments");
    auto* body = args.positional[0].as<FunctionObject>();
    auto* name = args.positional[1].as<StrObject>();
    if (!body || !name) vm.raise(vm.exc.type_error, "__build_class__: bad arguments");
    for (size_t i = 0; i < args.kw_names.size(); ++i)
        vm.raise(vm.exc.type_error, "class keyword argument '" + args.kw_names[i].as<StrObject>()->text() + "' is not supported");
    std::vector<Ref<ClassObject>> bases;
    for (size_t i = 2; i < args.positional.size(); ++i) {
        auto* base = args.positional[i].as<ClassObject>();
        if (!base) vm.raise(vm.exc.type_error, "bases must be types");
        bool allowed = base->is_user_class || base == vm.types.object.get() || base->layout == InstanceLayout::Exception ||
                       base->layout == InstanceLayout::Native;
        if (!allowed) vm.raise(vm.exc.type_error, "subclassing '" + base->name + "' is not supported");
        bases.push_back(base);
    }
    Value ns = vm.dict();
    std::unique_ptr<Frame> frame = CallSupport::make_frame(vm, body, CallArgs{});
    frame->locals_dict = ns;
    ResumeResult r = vm.execute(frame.get(), Value());
    if (r.status == ResumeStatus::Raised) throw PyError{r.value};
    Ref<ClassObject> cls = vm.make_class(name->text(), std::move(bases), InstanceLayout::Plain);
    cls->is_user_class = true;
    // The module whose code made the class: "__main__", or a standard-library module's name.
    Value module = body->globals.is_set() ? body->globals.as<DictObject>()->get_str(std::string("__name__")) : Value();
    cls->module = module.is(ObjKind::Str) ? module.as<StrObject>()->text() : "__main__";
    cls->dict = ns;
    Value qualname = ns.as<DictObject>()->get_str(std::string("__qualname__"));
    cls->qualname = qualname.is(ObjKind::Str) ? qualname.as<StrObject>()->text() : name->text();
    if (auto* cell = r.value.as<CellObject>()) cell->value = cls.value();
    // Each attribute whose class defines __set_name__ learns its owner and name, in the
    // namespace's order, as type.__new__ does (functools.cached_property needs it).
    std::vector<std::pair<Value, Value>> named;
    for (const auto& entry : ns.as<DictObject>()->table.entries())
        if (entry.live() && entry.value.is(ObjKind::Instance) && vm.type_of(entry.value)->is_user_class)
            if (Value hook = vm.type_lookup(vm.type_of(entry.value), vm.literal_name("__set_name__")); hook.is_set())
                named.emplace_back(entry.value, entry.key);
    for (const auto& [value, key] : named)
        vm.call(vm.type_lookup(vm.type_of(value), vm.literal_name("__set_name__")), {value, cls.value(), key});
    return cls.value();
}

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
    auto* inst = obj.as<InstanceObject>();
    if (!inst || args.positional.size() < i + 2) vm.raise(vm.exc.type_error, "object.__setattr__: bad arguments");
    inst->dict.as<DictObject>()->set(vm, args.positional[i], args.positional[i + 1]);
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
    ClassObject* self_type = self.as<ClassObject>() ? self.as<ClassObject>() : vm.type_of(self);
    if (!self_type->is_subclass_of(start))
        vm.raise(vm.exc.type_error, "super(type, obj): obj must be an instance or subtype of type");
    return vm.heap.value<SuperObject>(vm.types.super.get(), start, self);
}

Value type_new(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() == 1 && args.kw_values.empty()) return Value::object(vm.type_of(args.positional[0]));
    vm.raise(vm.exc.type_error, "type() takes 1 argument");
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
    vm.types.type->constructor = &type_new;
    vm.types.property->constructor = &property_new;
    vm.add_method(vm.types.property.get(), "getter", &property_getter);
    vm.add_method(vm.types.property.get(), "setter", &property_setter);
    vm.add_method(vm.types.property.get(), "deleter", &property_deleter);
    vm.types.staticmethod->constructor = &staticmethod_new;
    vm.types.classmethod->constructor = &classmethod_new;
    vm.types.super->constructor = &super_new;
    auto* builtins = static_cast<DictObject*>(vm.builtins.obj());
    builtins->set(vm, vm.intern("__build_class__"), vm.native("__build_class__", &build_class));
    for (ClassObject* cls : {object, vm.types.type.get(), vm.types.property.get(), vm.types.staticmethod.get(),
                             vm.types.classmethod.get(), vm.types.super.get()})
        builtins->set(vm, vm.intern(cls->name), Value::object(cls));
}

}  // namespace loopstep
