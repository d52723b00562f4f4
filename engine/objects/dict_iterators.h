// Iteration over dicts, sets and the dict views (dict_keys, dict_values, dict_items), with
// CPython's errors when the table changes size under the iterator.
#pragma once

#include "vm/interp.h"

namespace loopstep {

enum class DictPart : int { Keys = 0, Values = 1, Items = 2 };

// Walks the entries of a dict's or set's table, forwards or backwards.
class TableIterator final : public IteratorObject {
public:
    TableIterator(ClassObject* type, Value owner, DictPart part, bool reverse);
    void clear_references() override { owner.reset(); }
    Value next(Interp& vm) override;

    Value owner;  // DictObject or SetObject; unset once exhausted
    DictPart part;
    bool reverse;
    size_t position;  // next entry to look at (reverse: one past it)
    uint64_t version;
    size_t size;
};

// iter(d), iter(d.values()), iter(d.items()): `what` is 0 keys, 1 values, 2 items.
Value make_dict_iterator(Interp& vm, const Value& dict, int what);
Value make_dict_reverse_iterator(Interp& vm, const Value& dict, int what = 0);
Value make_set_iterator(Interp& vm, const Value& set);

// d.keys(), d.values(), d.items()
class DictViewObject final : public Object {
public:
    DictViewObject(ClassObject* type, Value dict, DictPart part)
        : Object(type, ObjKind::Other), dict(std::move(dict)), part(part) {}
    void clear_references() override { dict.reset(); }
    Value dict;
    DictPart part;
};

Value make_dict_view(Interp& vm, const Value& dict, DictPart part);

// The view and iterator classes with their methods (__iter__, __len__, __contains__, __repr__).
void install_dict_iterators(Interp& vm);

}  // namespace loopstep
