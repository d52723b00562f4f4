// The builtins that ask about types and attributes: isinstance, issubclass, getattr, hasattr,
// setattr and delattr, with CPython's checks and messages.
#include "vm/native_support.h"

namespace loopstep {

namespace {

// isinstance/issubclass against a class or a (nested) tuple of classes; false when not a class.
// `subject` is the instance (isinstance) or the class (issubclass). A metaclass's
// __instancecheck__ / __subclasscheck__ (abc.ABCMeta's) decides for its classes.
bool matches_classinfo(Interp& vm, const Value& subject, bool instance, const Value& info, bool& valid) {
    if (auto* c = info.as<ClassObject>()) {
        ClassObject* cls = instance ? vm.type_of(subject) : subject.as<ClassObject>();
        if (cls == c) return true;
        ClassObject* meta = c->type();
        if (meta != vm.types.type.get() && meta->is_user_class) {
            Value hook = vm.type_lookup(meta, vm.literal_name(instance ? "__instancecheck__" : "__subclasscheck__"));
            if (hook.is(ObjKind::Function)) return vm.truthy(vm.call(hook, {info, subject}));
        }
        return cls->is_subclass_of(c);
    }
    if (auto* t = info.as<TupleObject>()) {
        for (const Value& item : t->items) {
            if (matches_classinfo(vm, subject, instance, item, valid)) return true;
            if (!valid) return false;
        }
        return false;
    }
    valid = false;
    return false;
}

bool check_classinfo(Interp& vm, const Value& subject, bool instance, const Value& info, const char* error) {
    bool valid = true;
    bool result = matches_classinfo(vm, subject, instance, info, valid);
    if (!valid) vm.raise(vm.exc.type_error, error);
    return result;
}

Value builtin_isinstance(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "isinstance", args, 2, 2);
    return Value::boolean(check_classinfo(vm, args.positional[0], true, args.positional[1],
                                          "isinstance() arg 2 must be a type, a tuple of types, or a union"));
}

Value builtin_issubclass(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "issubclass", args, 2, 2);
    if (!args.positional[0].as<ClassObject>()) vm.raise(vm.exc.type_error, "issubclass() arg 1 must be a class");
    return Value::boolean(check_classinfo(vm, args.positional[0], false, args.positional[1],
                                          "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
}

const Value& attribute_name(Interp& vm, const Value& name) {
    if (!name.is(ObjKind::Str))
        vm.raise(vm.exc.type_error, "attribute name must be string, not '" + vm.type_name(name) + "'");
    return name;
}

bool is_attribute_error(Interp& vm, const PyError& e) {
    return vm.isinstance(e.exception, vm.exc.attribute_error.get());
}

Value builtin_getattr(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "getattr", args, 2, 3);
    const Value& name = attribute_name(vm, args.positional[1]);
    if (args.positional.size() == 2) return vm.getattr(args.positional[0], name);
    try {
        return vm.getattr(args.positional[0], name);
    } catch (const PyError& e) {
        if (!is_attribute_error(vm, e)) throw;
        return args.positional[2];
    }
}

Value builtin_hasattr(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "hasattr", args, 2, 2);
    const Value& name = attribute_name(vm, args.positional[1]);
    try {
        vm.getattr(args.positional[0], name);
        return Value::boolean(true);
    } catch (const PyError& e) {
        if (!is_attribute_error(vm, e)) throw;
        return Value::boolean(false);
    }
}

Value builtin_setattr(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "setattr", args, 3, 3);
    vm.setattr(args.positional[0], attribute_name(vm, args.positional[1]), args.positional[2]);
    return Value::none();
}

Value builtin_delattr(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "delattr", args, 2, 2);
    vm.delattr(args.positional[0], attribute_name(vm, args.positional[1]));
    return Value::none();
}

// globals(): the namespace of the module whose code is running.
Value builtin_globals(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "globals", args);
    Frame* f = vm.current_frame();
    if (!f || f->globals.is_unset()) vm.raise(vm.exc.runtime_error, "globals(): no frame");
    return f->globals;
}

// vars(obj): obj.__dict__; vars() in a module or class body: its namespace.
Value builtin_vars(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "vars", args, 0, 1);
    if (args.positional.empty()) {
        Frame* f = vm.current_frame();
        if (f && f->locals_dict.is_set()) return f->locals_dict;
        vm.raise(vm.exc.type_error, "vars() without an argument inside a function is not supported by Loopstep");
    }
    Value d = vm.lookup_attr(args.positional[0], vm.literal_name("__dict__"));
    if (d.is_unset()) vm.raise(vm.exc.type_error, "vars() argument must have __dict__ attribute");
    return d;
}

}  // namespace

void install_builtin_introspection(Interp& vm) {
    set_builtin(vm, "globals", &builtin_globals);
    set_builtin(vm, "vars", &builtin_vars);
    set_builtin(vm, "isinstance", &builtin_isinstance);
    set_builtin(vm, "issubclass", &builtin_issubclass);
    set_builtin(vm, "getattr", &builtin_getattr);
    set_builtin(vm, "hasattr", &builtin_hasattr);
    set_builtin(vm, "setattr", &builtin_setattr);
    set_builtin(vm, "delattr", &builtin_delattr);
}

}  // namespace loopstep
