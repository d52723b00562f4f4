#include "objects/dict_iterators.h"

#include "objects/builtin_iterators.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

HashTable& table_of(const Value& owner) {
    if (auto* d = owner.as<DictObject>()) return d->table;
    return owner.as<SetObject>()->table;
}

const char* iterator_class_name(const Value& owner, DictPart part, bool reverse) {
    if (owner.is(ObjKind::Set)) return "set_iterator";
    switch (part) {
        case DictPart::Keys: return reverse ? "dict_reversekeyiterator" : "dict_keyiterator";
        case DictPart::Values: return reverse ? "dict_reversevalueiterator" : "dict_valueiterator";
        case DictPart::Items: return reverse ? "dict_reverseitemiterator" : "dict_itemiterator";
    }
    return "dict_keyiterator";
}

Value make_table_iterator(Interp& vm, const Value& owner, DictPart part, bool reverse) {
    ClassObject* cls = runtime_class(vm, iterator_class_name(owner, part, reverse));
    return vm.heap.value<TableIterator>(cls, owner, part, reverse);
}

}  // namespace

TableIterator::TableIterator(ClassObject* type, Value owner_, DictPart part, bool reverse)
    : IteratorObject(type), owner(std::move(owner_)), part(part), reverse(reverse) {
    HashTable& table = table_of(owner);
    position = reverse ? table.entries().size() : 0;
    version = table.version();
    size = table.size();
}

Value TableIterator::next(Interp& vm) {
    if (owner.is_unset()) return Value();
    HashTable& table = table_of(owner);
    bool is_set = owner.is(ObjKind::Set);
    if (table.size() != size) {
        size = SIZE_MAX;  // stays broken, as CPython's iterator does
        vm.raise(vm.exc.runtime_error,
                 is_set ? "Set changed size during iteration" : "dictionary changed size during iteration");
    }
    if (table.version() != version && !is_set) {
        version = table.version() - 1;
        vm.raise(vm.exc.runtime_error, "dictionary keys changed during iteration");
    }
    const auto& entries = table.entries();
    const HashTable::Entry* found = nullptr;
    if (reverse) {
        if (position > entries.size()) position = entries.size();
        while (position > 0 && !found) {
            --position;
            if (entries[position].live()) found = &entries[position];
        }
    } else {
        while (position < entries.size() && !found) {
            if (entries[position].live()) found = &entries[position];
            ++position;
        }
    }
    if (!found) {
        owner.reset();
        return Value();
    }
    switch (part) {
        case DictPart::Keys: return found->key;
        case DictPart::Values: return found->value;
        case DictPart::Items: return vm.tuple({found->key, found->value});
    }
    return found->key;
}

Value make_dict_iterator(Interp& vm, const Value& dict, int what) {
    return make_table_iterator(vm, dict, static_cast<DictPart>(what), false);
}

Value make_dict_reverse_iterator(Interp& vm, const Value& dict, int what) {
    return make_table_iterator(vm, dict, static_cast<DictPart>(what), true);
}

Value make_set_iterator(Interp& vm, const Value& set) { return make_table_iterator(vm, set, DictPart::Keys, false); }

namespace {

const char* view_class_name(DictPart part) {
    switch (part) {
        case DictPart::Keys: return "dict_keys";
        case DictPart::Values: return "dict_values";
        case DictPart::Items: return "dict_items";
    }
    return "dict_keys";
}

DictViewObject& view_receiver(Interp& vm, const Value& self, const char* method) {
    auto* view = self.as<DictViewObject>();
    if (!view) raise_bad_receiver(vm, "dict_keys", method, self);
    return *view;
}

Value view_iter(Interp& vm, const Value& self, const CallArgs&) {
    DictViewObject& view = view_receiver(vm, self, "__iter__");
    return make_dict_iterator(vm, view.dict, static_cast<int>(view.part));
}

Value view_reversed(Interp& vm, const Value& self, const CallArgs&) {
    DictViewObject& view = view_receiver(vm, self, "__reversed__");
    return make_dict_reverse_iterator(vm, view.dict, static_cast<int>(view.part));
}

Value view_len(Interp& vm, const Value& self, const CallArgs&) {
    return Value::integer(static_cast<int64_t>(view_receiver(vm, self, "__len__").dict.as<DictObject>()->size()));
}

Value view_contains(Interp& vm, const Value& self, const CallArgs& args) {
    DictViewObject& view = view_receiver(vm, self, "__contains__");
    expect_one_arg(vm, "__contains__", args);
    const Value& item = args.positional[0];
    auto* dict = view.dict.as<DictObject>();
    switch (view.part) {
        case DictPart::Keys: return Value::boolean(dict->contains(vm, item));
        case DictPart::Items: {
            auto* pair = item.as<TupleObject>();
            if (!pair || pair->items.size() != 2) return Value::boolean(false);
            Value key = pair->items[0], value = pair->items[1];
            Value found = dict->get(vm, key);
            return Value::boolean(found.is_set() && (found.same(value) || vm.eq(found, value)));
        }
        case DictPart::Values: {
            Value it = make_dict_iterator(vm, view.dict, 1);
            for (Value v = vm.next(it); v.is_set(); v = vm.next(it))
                if (v.same(item) || vm.eq(v, item)) return Value::boolean(true);
            return Value::boolean(false);
        }
    }
    return Value::boolean(false);
}

Value view_repr(Interp& vm, const Value& self, const CallArgs&) {
    DictViewObject& view = view_receiver(vm, self, "__repr__");
    std::string out = std::string(view_class_name(view.part)) + "([";
    Value it = make_dict_iterator(vm, view.dict, static_cast<int>(view.part));
    bool first = true;
    for (Value v = vm.next(it); v.is_set(); v = vm.next(it)) {
        if (!first) out += ", ";
        first = false;
        out += vm.repr(v);
    }
    return vm.str(out + "])");
}

}  // namespace

Value make_dict_view(Interp& vm, const Value& dict, DictPart part) {
    return vm.heap.value<DictViewObject>(runtime_class(vm, view_class_name(part)), dict, part);
}

void install_dict_iterators(Interp& vm) {
    for (const char* name : {"set_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
                             "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"})
        add_iterator_protocol(vm, runtime_class(vm, name));
    for (DictPart part : {DictPart::Keys, DictPart::Values, DictPart::Items}) {
        ClassObject* cls = runtime_class(vm, view_class_name(part));
        vm.add_method(cls, "__iter__", &receiver_first<view_iter>);
        vm.add_method(cls, "__reversed__", &receiver_first<view_reversed>);
        vm.add_method(cls, "__len__", &receiver_first<view_len>);
        vm.add_method(cls, "__contains__", &receiver_first<view_contains>);
        vm.add_method(cls, "__repr__", &receiver_first<view_repr>);
    }
}

}  // namespace loopstep
