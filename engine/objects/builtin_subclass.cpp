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

// list.__init__ / dict.__init__ / set.__init__: fill the instance from the arguments.
Value builtin_dunder_init(Interp& vm, const Value& obj, const CallArgs& rest) {
    if (auto* l = obj.as<ListObject>()) {
        Value made = vm.types.list->constructor(vm, Value::object(vm.types.list.get()), rest);
        l->items = made.as<ListObject>()->items;
    } else if (auto* d = obj.as<DictObject>()) {
        Value made = vm.types.dict->constructor(vm, Value::object(vm.types.dict.get()), rest);
        for (const auto& e : made.as<DictObject>()->table.entries())
            if (e.live()) d->set(vm, e.key, e.value);
    } else if (auto* s = obj.as<SetObject>()) {
        Value made = vm.types.set->constructor(vm, Value::object(vm.types.set.get()), rest);
        s->table = made.as<SetObject>()->table;
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

constexpr const char* kClassNames[] = {"str", "tuple", "list", "dict", "set", "frozenset"};
constexpr const char* kMethodNames[] = {"__len__", "__iter__", "__contains__", "__repr__", "__getitem__",
                                        "__setitem__", "__delitem__", "__init__"};

bool receiver_fits(const Value& obj, int cls) {
    switch (cls) {
        case 0: return obj.is(ObjKind::Str);
        case 1: return obj.is(ObjKind::Tuple);
        case 2: return obj.is(ObjKind::List);
        case 3: return obj.is(ObjKind::Dict);
        default: return obj.is(ObjKind::Set) && obj.as<SetObject>()->frozen == (cls == 5);
    }
}

// The receiver of a special method reached through the class (`list.__len__(x)`) or bound:
// CPython's slot wrappers' messages when it is missing or of another type.
template <NativeFn F, int Cls, int Method>
Value special_receiver(Interp& vm, const Value& self, const CallArgs& args) {
    CallArgs rest = args;
    Value obj = self;
    if (obj.is_unset()) {
        if (args.positional.empty())
            vm.raise(vm.exc.type_error, std::string("descriptor '") + kMethodNames[Method] + "' of '" + kClassNames[Cls] +
                                            "' object needs an argument");
        obj = args.positional[0];
        rest.positional = args.positional.subspan(1);
    }
    // dict's __getitem__ and __contains__ are methods in CPython (the others slot wrappers).
    if (!receiver_fits(obj, Cls) && Cls == 3 && (Method == 2 || Method == 4))
        raise_bad_receiver(vm, kClassNames[Cls], kMethodNames[Method], obj);
    if (!receiver_fits(obj, Cls))
        vm.raise(vm.exc.type_error, std::string("descriptor '") + kMethodNames[Method] + "' requires a '" + kClassNames[Cls] +
                                        "' object but received a '" + vm.type_name(obj) + "'");
    return F(vm, obj, rest);
}

template <int Cls>
void add_dunders(Interp& vm, ClassObject* cls) {
    if constexpr (Cls == 2 || Cls == 3 || Cls == 4) vm.add_method(cls, "__init__", &special_receiver<builtin_dunder_init, Cls, 7>);
    vm.add_method(cls, "__len__", &special_receiver<dunder_len, Cls, 0>);
    vm.add_method(cls, "__iter__", &special_receiver<dunder_iter, Cls, 1>);
    vm.add_method(cls, "__contains__", &special_receiver<dunder_contains, Cls, 2>);
    vm.add_method(cls, "__repr__", &special_receiver<dunder_repr, Cls, 3>);
    if constexpr (Cls <= 3) vm.add_method(cls, "__getitem__", &special_receiver<dunder_getitem, Cls, 4>);
    if constexpr (Cls == 2 || Cls == 3) {
        vm.add_method(cls, "__setitem__", &special_receiver<dunder_setitem, Cls, 5>);
        vm.add_method(cls, "__delitem__", &special_receiver<dunder_delitem, Cls, 6>);
    }
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
    }
    add_dunders<0>(vm, vm.types.str.get());
    add_dunders<1>(vm, vm.types.tuple.get());
    add_dunders<2>(vm, vm.types.list.get());
    add_dunders<3>(vm, vm.types.dict.get());
    add_dunders<4>(vm, vm.types.set.get());
    add_dunders<5>(vm, vm.types.frozenset.get());
}

}  // namespace loopstep
