// The iterator classes of the builtins (enumerate, zip, map, filter, reversed, range_iterator,
// callable_iterator) and the range object's behaviour, for the builtins and for the VM's
// iteration, subscription and `in`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/interp.h"

namespace loopstep {

class EnumerateIterator final : public IteratorObject {
public:
    EnumerateIterator(ClassObject* type, Value source, int64_t start)
        : IteratorObject(type), source(std::move(source)), index(start) {}
    void clear_references() override { source.reset(); }
    Value next(Interp& vm) override;
    Value source;
    int64_t index;
};

class ZipIterator final : public IteratorObject {
public:
    ZipIterator(ClassObject* type, std::vector<Value> sources, bool strict)
        : IteratorObject(type), sources(std::move(sources)), strict(strict) {}
    void clear_references() override { sources.clear(); }
    Value next(Interp& vm) override;
    std::vector<Value> sources;
    bool strict;
    bool done = false;
};

class MapIterator final : public IteratorObject {
public:
    MapIterator(ClassObject* type, Value function, std::vector<Value> sources)
        : IteratorObject(type), function(std::move(function)), sources(std::move(sources)) {}
    void clear_references() override { function.reset(); sources.clear(); }
    Value next(Interp& vm) override;
    Value function;
    std::vector<Value> sources;
};

class FilterIterator final : public IteratorObject {
public:
    FilterIterator(ClassObject* type, Value function, Value source)
        : IteratorObject(type), function(std::move(function)), source(std::move(source)) {}
    void clear_references() override { function.reset(); source.reset(); }
    Value next(Interp& vm) override;
    Value function;  // None keeps the truthy items
    Value source;
};

// reversed() over a list (live: stops early if the list shrinks), a tuple, a str, or any object
// with __len__ and __getitem__.
class ReverseIterator final : public IteratorObject {
public:
    ReverseIterator(ClassObject* type, Value sequence, int64_t last)
        : IteratorObject(type), sequence(std::move(sequence)), index(last) {}
    void clear_references() override { sequence.reset(); }
    Value next(Interp& vm) override;
    Value sequence;
    int64_t index;  // next position to yield; < 0 when exhausted
};

class RangeIterator final : public IteratorObject {
public:
    RangeIterator(ClassObject* type, int64_t start, int64_t step, uint64_t length)
        : IteratorObject(type), start(start), step(step), length(length) {}
    Value next(Interp& vm) override;
    int64_t start, step;
    uint64_t length;
    uint64_t index = 0;
};

// iter(callable, sentinel)
class CallableIterator final : public IteratorObject {
public:
    CallableIterator(ClassObject* type, Value function, Value sentinel)
        : IteratorObject(type), function(std::move(function)), sentinel(std::move(sentinel)) {}
    void clear_references() override { function.reset(); sentinel.reset(); }
    Value next(Interp& vm) override;
    Value function, sentinel;  // function unset once exhausted
};

// ---- range
Value make_range(Interp& vm, int64_t start, int64_t stop, int64_t step);
// Number of items, exact even when it does not fit in int64 (range(-2**63, 2**63-1)).
uint64_t range_size(const RangeObject& r);
// len(r): OverflowError when the length does not fit.
int64_t range_len(Interp& vm, const RangeObject& r);
// r[key] for an int (IndexError "range object index out of range") or a slice (a new range).
Value range_getitem(Interp& vm, const RangeObject& r, const Value& key);
bool range_contains(Interp& vm, const RangeObject& r, const Value& item);
Value make_range_iterator(Interp& vm, const RangeObject& r);
Value make_reversed_range_iterator(Interp& vm, const RangeObject& r);

// reversed(x): "'int' object is not reversible".
Value make_reversed(Interp& vm, const Value& sequence);

// Registers enumerate, zip, map, filter, reversed, range, iter and next in the builtins, and
// __iter__/__next__ on the iterator classes.
void install_builtin_iterators(Interp& vm);
// The range and slice classes: constructors, methods, start/stop/step (range_object.cpp).
void install_range_and_slice(Interp& vm);
// __iter__ and __next__ for a built-in iterator class.
void add_iterator_protocol(Interp& vm, ClassObject* cls);

}  // namespace loopstep
