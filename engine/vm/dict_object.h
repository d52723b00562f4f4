// DictObject and SetObject: insertion-ordered hash tables (entries in a vector, an open-addressing
// index over them), as CPython's compact dict. Sets use the same table with no values, and so
// iterate in insertion order (a documented deviation from CPython).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "vm/value.h"

namespace loopstep {

class Interp;

// The hash of a str's UTF-8 text (StrObject::hash uses the same function).
uint64_t hash_str_text(const std::string& text);

class HashTable {
public:
    struct Entry {
        Value key;
        Value value;
        uint64_t hash = 0;
        bool live() const { return key.is_set(); }
    };

    // Index of the entry whose key equals `key`, or -1. Equality and hashing may call Python code.
    int64_t find(Interp& vm, const Value& key, uint64_t hash) const;
    // For str keys: never calls Python code.
    int64_t find_str(const Value& key, uint64_t hash) const;
    int64_t find_str_text(const std::string& key, uint64_t hash) const;
    // find_str for a str key object, trying entry `hint` first (where a caller found this key
    // last time: instances of a class keep their attributes in the same order); the hint is
    // updated when a probe finds the key elsewhere.
    int64_t find_str_hinted(const Value& key, uint32_t& hint) const {
        if (hint < entries_.size() && entries_[hint].key.obj() == key.obj()) return hint;
        return find_str_rehint(key, hint);
    }
    // Inserts or overwrites; returns the entry index.
    size_t insert(Interp& vm, const Value& key, uint64_t hash, Value value);
    bool erase(Interp& vm, const Value& key, uint64_t hash);
    void erase_at(size_t entry_index);
    void clear();

    size_t size() const { return live_; }
    // Entries in insertion order; skip those that are not live().
    const std::vector<Entry>& entries() const { return entries_; }
    std::vector<Entry>& entries() { return entries_; }
    // Bumped on every insertion of a new key or removal, to detect change during iteration.
    uint64_t version() const { return version_; }

private:
    int64_t probe(Interp* vm, const Value& key, uint64_t hash) const;
    int64_t find_str_rehint(const Value& key, uint32_t& hint) const;
    // The probe sequence: the first entry with this hash for which same(entry) holds, or -1.
    template <class Same>
    int64_t probe_for(uint64_t hash, Same&& same) const;
    void rebuild(size_t capacity);
    void compact_if_sparse();

    std::vector<Entry> entries_;
    std::vector<int32_t> index_;  // -1 empty, -2 deleted, else entry index
    size_t live_ = 0;
    size_t used_slots_ = 0;       // live + deleted markers in index_
    uint64_t version_ = 0;
};

class DictObject final : public Object {
public:
    LOOPSTEP_KINDS(DictObject, ObjKind::Dict)
    explicit DictObject(ClassObject* type) : Object(type, ObjKind::Dict) {}
    void clear_references() override { table.clear(); attrs.reset(); }

    // Convenience wrappers computing the hash (which may raise TypeError for unhashable keys).
    Value get(Interp& vm, const Value& key) const;  // unset when absent
    void set(Interp& vm, const Value& key, Value value);
    bool remove(Interp& vm, const Value& key);
    bool contains(Interp& vm, const Value& key) const { return get(vm, key).is_set(); }
    size_t size() const { return table.size(); }

    // Fast paths for str keys (attribute and global names) that never call Python code.
    Value get_str(const Value& str_key) const;
    Value get_str(const std::string& key) const;

    HashTable table;
    Value attrs;  // the __dict__ of an instance of a user subclass (made on first use)
};

class SetObject final : public Object {
public:
    LOOPSTEP_KINDS(SetObject, ObjKind::Set)
    SetObject(ClassObject* type, bool frozen) : Object(type, ObjKind::Set), frozen(frozen) {}
    void clear_references() override { table.clear(); attrs.reset(); }
    bool contains(Interp& vm, const Value& key) const;
    void add(Interp& vm, const Value& key);
    bool remove(Interp& vm, const Value& key);
    size_t size() const { return table.size(); }

    HashTable table;
    bool frozen;
    Value attrs;  // the __dict__ of an instance of a user subclass (made on first use)
};

}  // namespace loopstep
