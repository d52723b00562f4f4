// The `dataclasses` module: @dataclass (init, repr, eq, order, frozen), field(), and
// __post_init__. Generated methods are natives that read the class's __dataclass_fields__.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

struct FieldSpec {
    std::string name;
    Value default_value;  // unset = none
    Value default_factory;
    bool init = true, repr = true, compare = true;
};

struct Options {
    bool init = true, repr = true, eq = true, order = false, frozen = false;
};

Value field_class(Interp& vm) { return Value::object(runtime_class(vm, "Field")); }

Value attr_of(Interp&, const Value& obj, const char* name) {
    return obj.as<InstanceObject>()->dict.as<DictObject>()->get_str(std::string(name));
}

std::vector<FieldSpec> read_fields(Interp& vm, ClassObject* cls) {
    std::vector<FieldSpec> fields;
    Value all = cls->lookup(std::string("__dataclass_fields__"));
    auto* d = all.as<DictObject>();
    if (!d) return fields;
    for (auto& e : d->table.entries()) {
        if (!e.live()) continue;
        FieldSpec f;
        f.name = e.key.as<StrObject>()->text();
        f.default_value = attr_of(vm, e.value, "default");
        f.default_factory = attr_of(vm, e.value, "default_factory");
        f.init = vm.truthy(attr_of(vm, e.value, "init"));
        f.repr = vm.truthy(attr_of(vm, e.value, "repr"));
        f.compare = vm.truthy(attr_of(vm, e.value, "compare"));
        fields.push_back(std::move(f));
    }
    return fields;
}

void raw_set(Interp& vm, const Value& obj, const std::string& name, const Value& v) {
    obj.as<InstanceObject>()->dict.as<DictObject>()->set(vm, vm.intern(name), v);
}

Value make_native(Interp& vm, const char* name, NativeFn fn) { return vm.native(name, fn); }

// Generated methods find their class through the instance they are called on.
ClassObject* dataclass_of(Interp& vm, const Value& self) { return vm.type_of(self); }

Value dc_init(Interp& vm, const Value& self_bound, const CallArgs& args) {
    Value self = self_bound;
    CallArgs rest = args;
    if (self.is_unset()) {
        if (args.positional.empty()) vm.raise(vm.exc.type_error, "__init__() missing 1 required positional argument: 'self'");
        self = args.positional[0];
        rest.positional = args.positional.subspan(1);
    }
    ClassObject* cls = dataclass_of(vm, self);
    std::vector<FieldSpec> fields = read_fields(vm, cls);
    std::vector<const FieldSpec*> params;
    for (auto& f : fields)
        if (f.init) params.push_back(&f);
    std::string fname = cls->qualname + ".__init__";
    if (rest.positional.size() > params.size()) {
        size_t with_defaults = 0;
        for (auto* p : params)
            if (p->default_value.is_set() || p->default_factory.is_set()) ++with_defaults;
        size_t most = params.size() + 1;
        std::string expected = with_defaults ? "from " + std::to_string(most - with_defaults) + " to " + std::to_string(most)
                                             : std::to_string(most);
        vm.raise(vm.exc.type_error, fname + "() takes " + expected + " positional argument" + (most == 1 && !with_defaults ? "" : "s") +
                                        " but " + std::to_string(rest.positional.size() + 1) +
                                        (rest.positional.size() + 1 == 1 ? " was" : " were") + " given");
    }
    std::vector<Value> values(params.size());
    for (size_t i = 0; i < rest.positional.size(); ++i) values[i] = rest.positional[i];
    for (size_t k = 0; k < rest.kw_names.size(); ++k) {
        const std::string& key = rest.kw_names[k].as<StrObject>()->text();
        size_t slot = params.size();
        for (size_t i = 0; i < params.size(); ++i)
            if (params[i]->name == key) slot = i;
        if (slot == params.size()) vm.raise(vm.exc.type_error, fname + "() got an unexpected keyword argument '" + key + "'");
        if (values[slot].is_set()) vm.raise(vm.exc.type_error, fname + "() got multiple values for argument '" + key + "'");
        values[slot] = rest.kw_values[k];
    }
    std::vector<std::string> missing;
    for (size_t i = 0; i < params.size(); ++i) {
        if (values[i].is_set()) continue;
        if (params[i]->default_value.is_set()) values[i] = params[i]->default_value;
        else if (params[i]->default_factory.is_set()) values[i] = vm.call(params[i]->default_factory, {});
        else missing.push_back(params[i]->name);
    }
    if (!missing.empty()) {
        std::string names;
        for (size_t i = 0; i < missing.size(); ++i) {
            if (i) names += (i + 1 == missing.size()) ? (missing.size() > 2 ? ", and " : " and ") : ", ";
            names += "'" + missing[i] + "'";
        }
        vm.raise(vm.exc.type_error, fname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                                        (missing.size() == 1 ? "" : "s") + ": " + names);
    }
    size_t next = 0;
    for (auto& f : fields) {
        if (f.init) raw_set(vm, self, f.name, values[next++]);
        else if (f.default_value.is_set()) raw_set(vm, self, f.name, f.default_value);
        else if (f.default_factory.is_set()) raw_set(vm, self, f.name, vm.call(f.default_factory, {}));
    }
    Value post = cls->lookup(std::string("__post_init__"));
    if (post.is_set()) vm.call(vm.getattr(self, "__post_init__"), {});
    return Value::none();
}

Value self_of(Interp& vm, const Value& self, const CallArgs& args, size_t& first) {
    first = 0;
    if (self.is_set()) return self;
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "missing self");
    first = 1;
    return args.positional[0];
}

Value dc_repr(Interp& vm, const Value& self_bound, const CallArgs& args) {
    size_t first;
    Value self = self_of(vm, self_bound, args, first);
    ClassObject* cls = dataclass_of(vm, self);
    std::string out = cls->qualname + "(";
    bool any = false;
    for (auto& f : read_fields(vm, cls)) {
        if (!f.repr) continue;
        if (any) out += ", ";
        any = true;
        out += f.name + "=" + vm.repr(vm.getattr(self, f.name));
    }
    return vm.str(out + ")");
}

Value compare_tuple(Interp& vm, const Value& obj, ClassObject* cls) {
    std::vector<Value> items;
    for (auto& f : read_fields(vm, cls))
        if (f.compare) items.push_back(vm.getattr(obj, f.name));
    return vm.tuple(std::move(items));
}

Value dc_compare(Interp& vm, const Value& self_bound, const CallArgs& args, int cmp_op) {
    size_t first;
    Value self = self_of(vm, self_bound, args, first);
    const Value& other = args.positional[first];
    ClassObject* cls = dataclass_of(vm, self);
    if (vm.type_of(other) != cls) return vm.not_implemented;
    return vm.compare(cmp_op, compare_tuple(vm, self, cls), compare_tuple(vm, other, cls));
}

Value dc_eq(Interp& vm, const Value& s, const CallArgs& a) { return dc_compare(vm, s, a, 0); }
Value dc_lt(Interp& vm, const Value& s, const CallArgs& a) { return dc_compare(vm, s, a, 2); }
Value dc_le(Interp& vm, const Value& s, const CallArgs& a) { return dc_compare(vm, s, a, 3); }
Value dc_gt(Interp& vm, const Value& s, const CallArgs& a) { return dc_compare(vm, s, a, 4); }
Value dc_ge(Interp& vm, const Value& s, const CallArgs& a) { return dc_compare(vm, s, a, 5); }

Value dc_frozen_setattr(Interp& vm, const Value& self_bound, const CallArgs& args) {
    size_t first;
    self_of(vm, self_bound, args, first);
    std::string name = vm.to_str(args.positional[first]);
    Value frozen_error = vm.modules["dataclasses"].as<ModuleObject>()->namespace_dict()->get_str(std::string("FrozenInstanceError"));
    vm.raise(frozen_error.as<ClassObject>(), "cannot assign to field '" + name + "'");
}

bool is_mutable_default(const Value& v) { return v.is(ObjKind::List) || v.is(ObjKind::Dict) || (v.is(ObjKind::Set) && !v.as<SetObject>()->frozen); }

Value process(Interp& vm, const Value& cls_value, const Options& options) {
    auto* cls = cls_value.as<ClassObject>();
    if (!cls || !cls->is_user_class) vm.raise(vm.exc.type_error, "dataclass() should be called on a class");
    auto* ns = cls->dict.as<DictObject>();
    ++vm.class_epoch;  // the class's attributes change below
    Value fields = vm.dict();
    // Fields of dataclass bases come first, in their order.
    for (auto it = cls->mro.rbegin(); it != cls->mro.rend(); ++it) {
        if (*it == cls) continue;
        Value base_fields = (*it)->dict.as<DictObject>()->get_str(std::string("__dataclass_fields__"));
        if (auto* bf = base_fields.as<DictObject>())
            for (auto& e : bf->table.entries())
                if (e.live()) fields.as<DictObject>()->set(vm, e.key, e.value);
    }
    Value annotations = ns->get_str(std::string("__annotations__"));
    bool seen_default = false;
    if (auto* ann = annotations.as<DictObject>()) {
        for (auto& e : ann->table.entries()) {
            if (!e.live()) continue;
            // An annotation is a string (the future import) or the evaluated object (typing.ClassVar[int]).
            std::string type_text = e.value.is(ObjKind::Str) ? e.value.as<StrObject>()->text() : vm.repr(e.value);
            if (type_text.rfind("typing.", 0) == 0) type_text = type_text.substr(7);
            if (type_text.rfind("ClassVar", 0) == 0 || type_text.find(".ClassVar") != std::string::npos) continue;
            Value spec;
            Value existing = ns->get_str(e.key);
            if (existing.is_set() && vm.type_of(existing) == field_class(vm).as<ClassObject>()) {
                spec = existing;
            } else {
                spec = vm.make_instance(field_class(vm).as<ClassObject>());
                raw_set(vm, spec, "default", existing);
                raw_set(vm, spec, "default_factory", Value());
                raw_set(vm, spec, "init", Value::boolean(true));
                raw_set(vm, spec, "repr", Value::boolean(true));
                raw_set(vm, spec, "compare", Value::boolean(true));
            }
            raw_set(vm, spec, "name", e.key);
            Value def = attr_of(vm, spec, "default");
            if (def.is_set() && is_mutable_default(def))
                vm.raise(vm.exc.value_error, "mutable default " + vm.repr(Value::object(vm.type_of(def))) + " for field " +
                                                 e.key.as<StrObject>()->text() + " is not allowed: use default_factory");
            bool has_default = def.is_set() || attr_of(vm, spec, "default_factory").is_set();
            if (vm.truthy(attr_of(vm, spec, "init"))) {
                if (has_default) seen_default = true;
                else if (seen_default)
                    vm.raise(vm.exc.type_error, "non-default argument '" + e.key.as<StrObject>()->text() + "' follows default argument");
            }
            if (def.is_set()) ns->set(vm, e.key, def);
            else if (existing.is_set()) ns->remove(vm, e.key);
            fields.as<DictObject>()->set(vm, e.key, spec);
        }
    }
    ns->set(vm, vm.intern("__dataclass_fields__"), fields);
    auto define = [&](const char* name, NativeFn fn) {
        if (ns->get_str(std::string(name)).is_unset()) ns->set(vm, vm.intern(name), make_native(vm, name, fn));
    };
    if (options.init) define("__init__", &dc_init);
    if (options.repr) define("__repr__", &dc_repr);
    if (options.eq) {
        define("__eq__", &dc_eq);
        if (ns->get_str(std::string("__hash__")).is_unset() && !options.frozen) ns->set(vm, vm.intern("__hash__"), Value::none());
    }
    if (options.order) {
        define("__lt__", &dc_lt);
        define("__le__", &dc_le);
        define("__gt__", &dc_gt);
        define("__ge__", &dc_ge);
    }
    if (options.frozen) define("__setattr__", &dc_frozen_setattr);
    return cls_value;
}

Options read_options(Interp& vm, const CallArgs& args) {
    Options o;
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        const std::string& k = args.kw_names[i].as<StrObject>()->text();
        bool v = vm.truthy(args.kw_values[i]);
        if (k == "init") o.init = v;
        else if (k == "repr") o.repr = v;
        else if (k == "eq") o.eq = v;
        else if (k == "order") o.order = v;
        else if (k == "frozen") o.frozen = v;
        else if (k == "unsafe_hash" || k == "match_args" || k == "kw_only" || k == "slots") {
            if (v && k != "match_args") vm.raise(vm.exc.type_error, "dataclass(" + k + "=True) is not supported by Loopstep");
        } else vm.raise(vm.exc.type_error, "dataclass() got an unexpected keyword argument '" + k + "'");
    }
    return o;
}

Value decorator_with_options(Interp& vm, const Value&, const CallArgs& args);

Value dataclass(Interp& vm, const Value&, const CallArgs& args) {
    Options options = read_options(vm, args);
    if (args.positional.size() == 1) return process(vm, args.positional[0], options);
    if (!args.positional.empty()) vm.raise(vm.exc.type_error, "dataclass() takes 0 or 1 positional arguments");
    // @dataclass(...) returns a decorator remembering the options.
    std::vector<Value> flags{Value::boolean(options.init), Value::boolean(options.repr), Value::boolean(options.eq),
                             Value::boolean(options.order), Value::boolean(options.frozen)};
    // The decorator carries the options as its bound `self`.
    return vm.native("dataclass", &decorator_with_options, vm.tuple(std::move(flags)));
}

Value decorator_with_options(Interp& vm, const Value& self, const CallArgs& args) {
    const auto& flags = self.as<TupleObject>()->items;
    Options o{flags[0].as_bool(), flags[1].as_bool(), flags[2].as_bool(), flags[3].as_bool(), flags[4].as_bool()};
    if (args.positional.size() != 1) vm.raise(vm.exc.type_error, "dataclass decorator takes one class");
    return process(vm, args.positional[0], o);
}

Value field(Interp& vm, const Value&, const CallArgs& args) {
    if (!args.positional.empty()) vm.raise(vm.exc.type_error, "field() takes 0 positional arguments but " +
                                                                  std::to_string(args.positional.size()) + " were given");
    Value spec = vm.make_instance(field_class(vm).as<ClassObject>());
    raw_set(vm, spec, "default", Value());
    raw_set(vm, spec, "default_factory", Value());
    raw_set(vm, spec, "init", Value::boolean(true));
    raw_set(vm, spec, "repr", Value::boolean(true));
    raw_set(vm, spec, "compare", Value::boolean(true));
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        const std::string& k = args.kw_names[i].as<StrObject>()->text();
        if (k != "default" && k != "default_factory" && k != "init" && k != "repr" && k != "compare" && k != "hash" &&
            k != "metadata" && k != "kw_only")
            vm.raise(vm.exc.type_error, "field() got an unexpected keyword argument '" + k + "'");
        raw_set(vm, spec, k, args.kw_values[i]);
    }
    if (attr_of(vm, spec, "default").is_set() && attr_of(vm, spec, "default_factory").is_set())
        vm.raise(vm.exc.value_error, "cannot specify both default and default_factory");
    return spec;
}

}  // namespace

void install_module_dataclasses(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "dataclasses", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("dataclass"), vm.native("dataclass", &dataclass, module));
    d->set(vm, vm.intern("field"), vm.native("field", &field, module));
    Ref<ClassObject> frozen = vm.make_class("FrozenInstanceError", {vm.exc.attribute_error}, InstanceLayout::Exception);
    frozen->module = "dataclasses";
    d->set(vm, vm.intern("FrozenInstanceError"), frozen.value());
    d->set(vm, vm.intern("Field"), field_class(vm));
    vm.modules["dataclasses"] = module;
}

}  // namespace loopstep
