// What subclasses of str, tuple, list, dict, set and frozenset inherit: the base's __new__ (the
// immutable ones take their value there), __init__ (the mutable ones fill themselves there), and
// the special methods a subclass reaches through super() (`super().__getitem__(k)`), which do
// the built-in thing whatever the subclass overrides.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

// The built-in class whose __new__ a native is (its bound receiver).
ClassObject* base_of(const Value& receiver) { return receiver.as<ClassObject>(); }

bool is_mutable_base(Interp& vm, const ClassObject* base) {
    return base == vm.types.list.get() || base == vm.types.dict.get() || base == vm.types.set.get();
}

// tuple.__new__(cls, ...), list.__new__(cls), ...: a staticmethod bound to the built-in class.
Value builtin_dunder_new(Interp& vm, const Value& data, const CallArgs& args) {
    ClassObject* base = base_of(data);
    if (args.positional.empty())
        vm.raise(vm.exc.type_error, base->name + ".__new__(): not enough arguments");
    auto* cls = args.positional[0].as<ClassObject>();
    if (!cls)
        vm.raise(vm.exc.type_error, base->name + ".__new__(X): X is not a type object (" + vm.type_name(args.positional[0]) + ")");
    if (!cls->is_subclass_of(base))
        vm.raise(vm.exc.type_error, base->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + base->name);
    CallArgs rest{args.positional.subspan(1), args.kw_values, args.kw_names};
    if (is_mutable_base(vm, base)) rest = CallArgs{};  // filled by __init__
    Value made = base->constructor(vm, Value::object(cls), rest);
    if (made.obj() && made.obj()->type() != cls) {
        // A constructor that gave back its argument (str(x) of a str): a new object of the class.
        if (auto* s = made.as<StrObject>()) made = vm.heap.value<StrObject>(cls, s->text());
        else if (auto* t = made.as<TupleObject>()) made = vm.heap.value<TupleObject>(cls, t->items);
        else made.obj()->set_type(cls);
    }
    return made;
}

Value self_and_rest(Interp& vm, const Value& self, const CallArgs& args, CallArgs& rest, const char* what) {
    rest = args;
    if (self.is_set()) return self;
    if (args.positional.empty()) vm.raise(vm.exc.type_error, std::string("descriptor '") + what + "' needs an argument");
    rest.positional = args.positional.subspan(1);
    return args.positional[0];
}

// list.__init__ / dict.__init__ / set.__init__: fill the instance from the arguments.
Value builtin_dunder_init(Interp& vm, const Value& self, const CallArgs& args) {
    CallArgs rest;
    Value obj = self_and_rest(vm, self, args, rest, "__init__");
    if (auto* l = obj.as<ListObject>()) {
        Value made = vm.types.list->constructor(vm, Value::object(vm.types.list.get()), rest);
        l->items = made.as<ListObject>()->items;
    } else if (auto* d = obj.as<DictObject>()) {
        Value made = vm.types.dict->constructor(vm, Value::object(vm.types.dict.get()), rest);
        for (const auto& e : made.as<DictObject>()->table.entries())
            if (e.live()) d->set(vm, e.key, e.value);
    } else if (auto* s = obj.as<SetObject>(); s && !s->frozen) {
        Value made = vm.types.set->constructor(vm, Value::object(vm.types.set.get()), rest);
        s->table = made.as<SetObject>()->table;
    } else {
        vm.raise(vm.exc.type_error, "descriptor '__init__' requires a built-in container, not '" + vm.type_name(obj) + "'");
    }
    return Value::none();
}

Value dunder_getitem(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "__getitem__", args);
    return vm.getitem_builtin(self, args.positional[0]);
}

Value dunder_setitem(Interp& vm, const Value& self, const CallArgs& args) {
    expect_count(vm, "__setitem__", args, 2, 2);
    vm.setitem_builtin(self, args.positional[0], args.positional[1]);
    return Value::none();
}

Value dunder_delitem(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "__delitem__", args);
    vm.delitem_builtin(self, args.positional[0]);
    return Value::none();
}

Value dunder_contains(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "__contains__", args);
    return Value::boolean(vm.contains_builtin(self, args.positional[0]));
}

Value dunder_iter(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__iter__", args);
    return vm.iter_builtin(self);
}

Value dunder_repr(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__repr__", args);
    return vm.str(vm.repr_builtin(self));
}

Value dunder_len(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__len__", args);
    switch (self.obj()->kind) {
        case ObjKind::Str: return Value::integer(static_cast<int64_t>(self.as<StrObject>()->length()));
        case ObjKind::List: return Value::integer(static_cast<int64_t>(self.as<ListObject>()->items.size()));
        case ObjKind::Tuple: return Value::integer(static_cast<int64_t>(self.as<TupleObject>()->items.size()));
        case ObjKind::Dict: return Value::integer(static_cast<int64_t>(self.as<DictObject>()->size()));
        default: return Value::integer(static_cast<int64_t>(self.as<SetObject>()->size()));
    }
}

// The receiver of a special method reached through the class (`list.__len__(x)`) or bound.
template <NativeFn F>
Value special_receiver(Interp& vm, const Value& self, const CallArgs& args) {
    CallArgs rest;
    Value obj = self_and_rest(vm, self, args, rest, "special method");
    if (!builtin_attrs_slot(obj))
        vm.raise(vm.exc.type_error, "descriptor requires a built-in container, not '" + vm.type_name(obj) + "'");
    return F(vm, obj, rest);
}

}  // namespace

void install_builtin_subclassing(Interp& vm) {
    ClassObject* all[] = {vm.types.str.get(), vm.types.tuple.get(), vm.types.list.get(),
                          vm.types.dict.get(), vm.types.set.get(), vm.types.frozenset.get()};
    for (ClassObject* cls : all) {
        // A staticmethod whose native carries the built-in class as its receiver.
        vm.set_attr_raw(cls, "__new__",
                        vm.heap.value<MethodWrapperObject>(vm.types.staticmethod.get(), MethodWrapperObject::Kind::Static,
                                                           vm.native("__new__", &builtin_dunder_new, Value::object(cls))));
        if (is_mutable_base(vm, cls)) vm.add_method(cls, "__init__", &builtin_dunder_init);
        vm.add_method(cls, "__len__", &special_receiver<dunder_len>);
        vm.add_method(cls, "__iter__", &special_receiver<dunder_iter>);
        vm.add_method(cls, "__contains__", &special_receiver<dunder_contains>);
        vm.add_method(cls, "__repr__", &special_receiver<dunder_repr>);
        if (cls != vm.types.set.get() && cls != vm.types.frozenset.get())
            vm.add_method(cls, "__getitem__", &special_receiver<dunder_getitem>);
        if (cls == vm.types.list.get() || cls == vm.types.dict.get()) {
            vm.add_method(cls, "__setitem__", &special_receiver<dunder_setitem>);
            vm.add_method(cls, "__delitem__", &special_receiver<dunder_delitem>);
        }
    }
}

}  // namespace loopstep
