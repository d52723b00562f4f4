#include "vm/dict_object.h"

#include "vm/interp.h"

namespace loopstep {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

bool fast_equal(const Value& a, const Value& b, bool& decided) {
    decided = true;
    if (a.same(b) && !a.is_float()) return true;
    if (a.is(ObjKind::Str) && b.is(ObjKind::Str))
        return static_cast<StrObject*>(a.obj())->text() == static_cast<StrObject*>(b.obj())->text();
    if (a.is_intlike() && b.is_intlike()) return a.as_int() == b.as_int();
    decided = false;
    return false;
}

}  // namespace

int64_t HashTable::find(Interp& vm, const Value& key, uint64_t hash) const { return probe(&vm, key, hash); }

template <class Same>
int64_t HashTable::probe_for(uint64_t hash, Same&& same) const {
    if (index_.empty()) return -1;
    size_t mask = index_.size() - 1;
    size_t slot = hash & mask;
    uint64_t perturb = hash;
    for (;;) {
        int32_t at = index_[slot];
        if (at == kEmpty) return -1;
        if (at >= 0 && entries_[at].hash == hash && same(entries_[at])) return at;
        perturb >>= 5;
        slot = (slot * 5 + 1 + perturb) & mask;
    }
}

int64_t HashTable::find_str(const Value& key, uint64_t hash) const {
    // A string key never calls into Python: the same object (an interned name) first, else the text.
    const Object* k = key.obj();
    return probe_for(hash, [k](const Entry& e) {
        return e.key.obj() == k ||
               (e.key.is(ObjKind::Str) && static_cast<StrObject*>(e.key.obj())->text() == static_cast<const StrObject*>(k)->text());
    });
}

int64_t HashTable::probe(Interp* vm, const Value& key, uint64_t hash) const {
    return probe_for(hash, [&](const Entry& e) {
        bool decided;
        bool equal = fast_equal(e.key, key, decided);
        if (!decided && vm) {
            Value k = e.key;  // keep alive across a call into Python
            equal = vm->eq(k, key);
        }
        return equal;
    });
}

void HashTable::rebuild(size_t capacity) {
    std::vector<Entry> live;
    live.reserve(live_);
    for (auto& e : entries_)
        if (e.live()) live.push_back(std::move(e));
    entries_ = std::move(live);
    index_.assign(capacity, kEmpty);
    size_t mask = capacity - 1;
    for (size_t i = 0; i < entries_.size(); ++i) {
        uint64_t perturb = entries_[i].hash;
        size_t slot = perturb & mask;
        while (index_[slot] != kEmpty) {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb) & mask;
        }
        index_[slot] = static_cast<int32_t>(i);
    }
    used_slots_ = entries_.size();
}

size_t HashTable::insert(Interp& vm, const Value& key, uint64_t hash, Value value) {
    int64_t found = find(vm, key, hash);
    if (found >= 0) {
        entries_[found].value = std::move(value);
        return static_cast<size_t>(found);
    }
    if ((used_slots_ + 1) * 3 >= index_.size() * 2) {
        size_t capacity = 8;
        while (capacity * 2 <= (live_ + 1) * 3) capacity *= 2;
        rebuild(capacity * 2);
    }
    size_t mask = index_.size() - 1;
    uint64_t perturb = hash;
    size_t slot = hash & mask;
    while (index_[slot] >= 0) {
        perturb >>= 5;
        slot = (slot * 5 + 1 + perturb) & mask;
    }
    if (index_[slot] == kEmpty) ++used_slots_;
    index_[slot] = static_cast<int32_t>(entries_.size());
    entries_.push_back(Entry{key, std::move(value), hash});
    ++live_;
    ++version_;
    return entries_.size() - 1;
}

void HashTable::erase_at(size_t entry_index) {
    Entry& e = entries_[entry_index];
    if (!e.live()) return;
    size_t mask = index_.size() - 1;
    uint64_t perturb = e.hash;
    size_t slot = e.hash & mask;
    while (index_[slot] != static_cast<int32_t>(entry_index)) {
        perturb >>= 5;
        slot = (slot * 5 + 1 + perturb) & mask;
    }
    index_[slot] = kDeleted;
    Value dead_key = std::move(e.key);
    Value dead_value = std::move(e.value);
    e.key.reset();
    e.value.reset();
    --live_;
    ++version_;
    compact_if_sparse();
}

void HashTable::compact_if_sparse() {
    if (entries_.size() > 16 && live_ * 2 < entries_.size()) {
        size_t capacity = 8;
        while (capacity * 2 <= live_ * 3) capacity *= 2;
        rebuild(capacity * 2);
    }
}

int64_t HashTable::find_str_rehint(const Value& key, uint32_t& hint) const {
    int64_t at = find_str(key, static_cast<StrObject*>(key.obj())->hash());
    if (at >= 0) hint = static_cast<uint32_t>(at);
    return at;
}

int64_t HashTable::find_str_text(const std::string& key, uint64_t hash) const {
    return probe_for(hash, [&](const Entry& e) { return e.key.is(ObjKind::Str) && static_cast<StrObject*>(e.key.obj())->text() == key; });
}

bool HashTable::erase(Interp& vm, const Value& key, uint64_t hash) {
    int64_t found = find(vm, key, hash);
    if (found < 0) return false;
    erase_at(static_cast<size_t>(found));
    return true;
}

void HashTable::clear() {
    std::vector<Entry> old;
    old.swap(entries_);
    index_.clear();
    live_ = 0;
    used_slots_ = 0;
    ++version_;
}

Value DictObject::get(Interp& vm, const Value& key) const {
    uint64_t h = vm.hash(key);
    int64_t at = table.find(vm, key, h);
    return at < 0 ? Value() : table.entries()[at].value;
}

void DictObject::set(Interp& vm, const Value& key, Value value) { table.insert(vm, key, vm.hash(key), std::move(value)); }

bool DictObject::remove(Interp& vm, const Value& key) { return table.erase(vm, key, vm.hash(key)); }

Value DictObject::get_str(const Value& str_key) const {
    auto* key = static_cast<StrObject*>(str_key.obj());
    int64_t at = table.find_str(str_key, key->hash());
    return at < 0 ? Value() : table.entries()[at].value;
}

Value DictObject::get_str(const std::string& key) const {
    int64_t at = table.find_str_text(key, hash_str_text(key));
    return at < 0 ? Value() : table.entries()[at].value;
}

bool SetObject::contains(Interp& vm, const Value& key) const { return table.find(vm, key, vm.hash(key)) >= 0; }
void SetObject::add(Interp& vm, const Value& key) { table.insert(vm, key, vm.hash(key), Value()); }
bool SetObject::remove(Interp& vm, const Value& key) { return table.erase(vm, key, vm.hash(key)); }

}  // namespace loopstep
