// dict: the constructor and the methods; also installs the set methods and the view classes.
#include "objects/dict_iterators.h"
#include "objects/set_ops.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

[[noreturn]] void raise_key_error(Interp& vm, const Value& key) {
    vm.raise_value(vm.new_exception(vm.exc.key_error.get(), {key}));
}

void positional_at_most_one(Interp& vm, const char* name, const CallArgs& args) {
    if (args.positional.size() > 1)
        vm.raise(vm.exc.type_error, std::string(name) + " expected at most 1 argument, got " +
                                        std::to_string(args.positional.size()));
}

bool is_type_error(Interp& vm, const PyError& e) { return vm.isinstance(e.exception, vm.exc.type_error.get()); }

// dict.update(source): a dict, a mapping with keys(), or an iterable of key/value pairs.
void update_from(Interp& vm, DictObject& target, const Value& source) {
    if (auto* d = source.as<DictObject>()) {
        std::vector<HashTable::Entry> entries = d->table.entries();
        for (auto& e : entries)
            if (e.live()) target.set(vm, e.key, e.value);
        return;
    }
    Value keys = vm.lookup_attr(source, vm.intern("keys"));
    if (keys.is_set()) {
        for (const Value& key : vm.to_vector(vm.call(keys, {}))) target.set(vm, key, vm.getitem(source, key));
        return;
    }
    Value it = vm.iter(source);
    int64_t index = 0;
    for (Value element = vm.next(it); element.is_set(); element = vm.next(it), ++index) {
        std::vector<Value> pair;
        try {
            pair = vm.to_vector(element);
        } catch (const PyError& e) {
            if (!is_type_error(vm, e)) throw;
            vm.raise(vm.exc.type_error,
                     "cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
        }
        if (pair.size() != 2)
            vm.raise(vm.exc.value_error, "dictionary update sequence element #" + std::to_string(index) +
                                             " has length " + std::to_string(pair.size()) + "; 2 is required");
        target.set(vm, pair[0], pair[1]);
    }
}

void update_from_kwargs(Interp& vm, DictObject& target, const CallArgs& args) {
    for (size_t k = 0; k < args.kw_values.size(); ++k) target.set(vm, args.kw_names[k], args.kw_values[k]);
}

Value dict_new(Interp& vm, const Value& self, const CallArgs& args) {
    positional_at_most_one(vm, "dict", args);
    Value result = vm.dict();
    auto* cls = self.as<ClassObject>();
    if (cls && cls != vm.types.dict.get()) result.obj()->set_type(cls);
    DictObject& d = *result.as<DictObject>();
    if (!args.positional.empty()) update_from(vm, d, args.positional[0]);
    update_from_kwargs(vm, d, args);
    return result;
}

Value dict_get(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "get");
    expect_count(vm, "get", args, 1, 2);
    Value found = d.get(vm, args.positional[0]);
    if (found.is_set()) return found;
    return args.positional.size() == 2 ? args.positional[1] : Value::none();
}

Value dict_setdefault(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "setdefault");
    expect_count(vm, "setdefault", args, 1, 2);
    Value found = d.get(vm, args.positional[0]);
    if (found.is_set()) return found;
    Value value = args.positional.size() == 2 ? args.positional[1] : Value::none();
    d.set(vm, args.positional[0], value);
    return value;
}

Value dict_pop(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "pop");
    expect_count(vm, "pop", args, 1, 2);
    Value found = d.get(vm, args.positional[0]);
    if (found.is_unset()) {
        if (args.positional.size() == 2) return args.positional[1];
        raise_key_error(vm, args.positional[0]);
    }
    d.remove(vm, args.positional[0]);
    return found;
}

Value dict_popitem(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "popitem");
    expect_no_args(vm, "dict.popitem", args);
    auto& entries = d.table.entries();
    for (size_t i = entries.size(); i-- > 0;) {
        if (!entries[i].live()) continue;
        Value pair = vm.tuple({entries[i].key, entries[i].value});
        d.table.erase_at(i);
        return pair;
    }
    raise_key_error(vm, vm.str("popitem(): dictionary is empty"));
}

Value dict_keys(Interp& vm, const Value& self, const CallArgs& args) {
    dict_receiver(vm, self, "keys");
    expect_no_args(vm, "dict.keys", args);
    return make_dict_view(vm, self, DictPart::Keys);
}

Value dict_values(Interp& vm, const Value& self, const CallArgs& args) {
    dict_receiver(vm, self, "values");
    expect_no_args(vm, "dict.values", args);
    return make_dict_view(vm, self, DictPart::Values);
}

Value dict_items(Interp& vm, const Value& self, const CallArgs& args) {
    dict_receiver(vm, self, "items");
    expect_no_args(vm, "dict.items", args);
    return make_dict_view(vm, self, DictPart::Items);
}

Value dict_update(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "update");
    positional_at_most_one(vm, "update", args);
    if (!args.positional.empty()) update_from(vm, d, args.positional[0]);
    update_from_kwargs(vm, d, args);
    return Value::none();
}

Value dict_copy(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "copy");
    expect_no_args(vm, "dict.copy", args);
    Value result = vm.dict();
    update_from(vm, *result.as<DictObject>(), Value::object(&d));
    return result;
}

Value dict_clear(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "clear");
    expect_no_args(vm, "dict.clear", args);
    d.table.clear();
    return Value::none();
}

// Reached through the class (`dict.fromkeys(keys)`) or an instance; either way it makes a dict.
Value dict_fromkeys(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "fromkeys", args, 1, 2);
    Value value = args.positional.size() == 2 ? args.positional[1] : Value::none();
    Value result = vm.dict();
    DictObject& d = *result.as<DictObject>();
    for (const Value& key : vm.to_vector(args.positional[0])) d.set(vm, key, value);
    return result;
}

Value dict_dunder_getitem(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "__getitem__");
    expect_one_arg(vm, "dict.__getitem__", args);
    Value found = d.get(vm, args.positional[0]);
    if (found.is_unset()) raise_key_error(vm, args.positional[0]);
    return found;
}

Value dict_dunder_contains(Interp& vm, const Value& self, const CallArgs& args) {
    DictObject& d = dict_receiver(vm, self, "__contains__");
    expect_one_arg(vm, "dict.__contains__", args);
    return Value::boolean(d.contains(vm, args.positional[0]));
}

}  // namespace

void install_dict_methods(Interp& vm) {
    ClassObject* dict = vm.types.dict.get();
    dict->constructor = &dict_new;
    vm.add_method(dict, "get", &receiver_first<dict_get>);
    vm.add_method(dict, "setdefault", &receiver_first<dict_setdefault>);
    vm.add_method(dict, "pop", &receiver_first<dict_pop>);
    vm.add_method(dict, "popitem", &receiver_first<dict_popitem>);
    vm.add_method(dict, "keys", &receiver_first<dict_keys>);
    vm.add_method(dict, "values", &receiver_first<dict_values>);
    vm.add_method(dict, "items", &receiver_first<dict_items>);
    vm.add_method(dict, "update", &receiver_first<dict_update>);
    vm.add_method(dict, "copy", &receiver_first<dict_copy>);
    vm.add_method(dict, "clear", &receiver_first<dict_clear>);
    vm.add_method(dict, "fromkeys", &dict_fromkeys);
    vm.add_method(dict, "__getitem__", &receiver_first<dict_dunder_getitem>);
    vm.add_method(dict, "__contains__", &receiver_first<dict_dunder_contains>);
    install_set_methods(vm);
    install_dict_iterators(vm);
}

}  // namespace loopstep
