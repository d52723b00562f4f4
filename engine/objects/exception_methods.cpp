// Natives of BaseException and its subclasses.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

void install_exception_group_methods(Interp& vm);  // exception_groups.cpp

namespace {

ExceptionObject& exception_receiver(Interp& vm, const Value& self) {
    auto* e = self.as<ExceptionObject>();
    if (!e) vm.raise(vm.exc.type_error, "descriptor requires a 'BaseException' object but received '" + vm.type_name(self) + "'");
    return *e;
}

Value exception_init(Interp& vm, const Value& self, const CallArgs& args) {
    ExceptionObject& e = exception_receiver(vm, self);
    reject_kwargs(vm, vm.type_name(self).c_str(), args);
    e.args.assign(args.positional.begin(), args.positional.end());
    return Value::none();
}

Value exception_str(Interp& vm, const Value& self, const CallArgs&) {
    ExceptionObject& e = exception_receiver(vm, self);
    if (e.args.empty()) return vm.str("");
    if (e.args.size() == 1) {
        if (vm.isinstance(self, vm.exc.key_error.get())) return vm.str(vm.repr(e.args[0]));
        return vm.str(vm.to_str(e.args[0]));
    }
    return vm.str(vm.repr(vm.tuple(e.args)));
}

Value exception_repr(Interp& vm, const Value& self, const CallArgs&) {
    ExceptionObject& e = exception_receiver(vm, self);
    std::string out = e.type()->name + "(";
    if (e.args.size() == 1) {
        out += vm.repr(e.args[0]);
    } else {
        for (size_t i = 0; i < e.args.size(); ++i) out += (i ? ", " : "") + vm.repr(e.args[i]);
    }
    return vm.str(out + ")");
}

Value exception_with_traceback(Interp&, const Value& self, const CallArgs&) { return self; }

// add_note(note): notes live in the instance's `__notes__` list, as in CPython 3.11.
Value exception_add_note(Interp& vm, const Value& self, const CallArgs& args) {
    exception_receiver(vm, self);
    reject_kwargs(vm, "BaseException.add_note", args);
    if (args.positional.size() != 1)
        vm.raise(vm.exc.type_error, "BaseException.add_note() takes exactly one argument (" +
                                        std::to_string(args.positional.size()) + " given)");
    const Value& note = args.positional[0];
    if (!note.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "note must be a str, not '" + vm.type_name(note) + "'");
    Value name = vm.intern("__notes__");
    Value notes = vm.lookup_attr(self, name);
    if (notes.is_unset()) {
        notes = vm.list({});
        vm.setattr(self, name, notes);
    }
    auto* list = notes.as<ListObject>();
    if (!list) vm.raise(vm.exc.type_error, "Cannot add note: __notes__ is not a list");
    list->items.push_back(note);
    return Value::none();
}

// BaseExceptionGroup(message, exceptions): the exceptions are kept in `payload` as a tuple.
Value group_new(Interp& vm, const Value& cls_value, const CallArgs& args) {
    auto* cls = cls_value.as<ClassObject>();
    std::string name = cls->name;
    reject_kwargs(vm, name.c_str(), args);
    if (args.positional.size() != 2)
        vm.raise(vm.exc.type_error, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                        std::to_string(args.positional.size()) + " given)");
    if (!args.positional[0].is(ObjKind::Str))
        vm.raise(vm.exc.type_error,
                 "BaseExceptionGroup.__new__() argument 1 must be str, not " + vm.type_name(args.positional[0]));
    const Value& seq = args.positional[1];
    if (!seq.is(ObjKind::List) && !seq.is(ObjKind::Tuple))
        vm.raise(vm.exc.type_error, "second argument (exceptions) must be a sequence");
    std::vector<Value> members = vm.to_vector(seq);
    if (members.empty()) vm.raise(vm.exc.value_error, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (auto& m : members) {
        if (!m.is(ObjKind::Exception))
            vm.raise(vm.exc.value_error, "Item " + std::to_string(&m - members.data()) + " of second argument (exceptions) is not an exception");
        if (!vm.isinstance(m, vm.exc.exception.get())) all_exceptions = false;
    }
    ClassObject* made = cls;
    if (cls == vm.exc.base_exception_group.get() && all_exceptions) made = vm.exc.exception_group.get();
    if (cls->is_subclass_of(vm.exc.exception.get()) && !all_exceptions)
        vm.raise(vm.exc.type_error, "Cannot nest BaseExceptions in an ExceptionGroup");
    Value group = vm.make_instance(made);
    auto* e = group.as<ExceptionObject>();
    e->args.assign(args.positional.begin(), args.positional.end());
    e->payload = vm.tuple(std::move(members));
    return group;
}

Value group_str(Interp& vm, const Value& self, const CallArgs&) {
    ExceptionObject& e = exception_receiver(vm, self);
    size_t n = e.payload.is(ObjKind::Tuple) ? e.payload.as<TupleObject>()->items.size() : 0;
    std::string message = e.args.empty() ? "" : vm.to_str(e.args[0]);
    return vm.str(message + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value group_exceptions(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = self.is_set() ? self : args.positional[0];
    return exception_receiver(vm, obj).payload;
}

Value group_message(Interp& vm, const Value& self, const CallArgs& args) {
    Value obj = self.is_set() ? self : args.positional[0];
    ExceptionObject& e = exception_receiver(vm, obj);
    return e.args.empty() ? vm.str("") : e.args[0];
}

// ImportError(*args, name=None, path=None): the module it concerns and its file, as attributes
// (CPython's `e.name` of a ModuleNotFoundError is the missing module's name).
Value import_error_init(Interp& vm, const Value& self, const CallArgs& args) {
    ExceptionObject& e = exception_receiver(vm, self);
    e.args.assign(args.positional.begin(), args.positional.end());
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        const std::string& key = args.kw_names[i].as<StrObject>()->text();
        if (key != "name" && key != "path")
            vm.raise(vm.exc.type_error, "'" + key + "' is an invalid keyword argument for " + vm.type_name(self) + "()");
        vm.setattr(self, vm.intern(key), args.kw_values[i]);
    }
    vm.setattr(self, vm.intern("msg"), e.args.size() == 1 ? e.args[0] : Value::none());
    return Value::none();
}

}  // namespace

void install_exception_methods(Interp& vm) {
    ClassObject* base = vm.exc.base_exception.get();
    vm.add_method(base, "__init__", &receiver_first<exception_init>);
    vm.add_method(base, "__str__", &receiver_first<exception_str>);
    vm.add_method(base, "__repr__", &receiver_first<exception_repr>);
    vm.add_method(base, "with_traceback", &receiver_first<exception_with_traceback>);
    vm.add_method(base, "add_note", &receiver_first<exception_add_note>);
    ClassObject* import_error = vm.exc.import_error.get();
    vm.add_method(import_error, "__init__", &receiver_first<import_error_init>);
    vm.set_attr_raw(import_error, "name", Value::none());
    vm.set_attr_raw(import_error, "path", Value::none());
    vm.set_attr_raw(import_error, "msg", Value::none());
    ClassObject* group = vm.exc.base_exception_group.get();
    group->constructor = &group_new;
    vm.add_method(group, "__str__", &receiver_first<group_str>);
    add_getter(vm, group, "exceptions", &group_exceptions);
    add_getter(vm, group, "message", &group_message);
    install_exception_group_methods(vm);
}

}  // namespace loopstep
