// IdTable: an open-addressing hash index over things stored elsewhere by dense id (strings in a
// vector, statuses, ...). Each slot keeps the key's hash beside its id, so a lookup compares the
// stored thing only on a hash match and growing never touches the things themselves.
#pragma once

#include <cstdint>
#include <vector>

namespace loopstep {

class IdTable {
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    // The id of the entry with this hash for which same(id) holds; else make() is called for the
    // new entry's id, which is recorded and returned.
    template <class Same, class Make>
    uint32_t find_or_add(uint64_t hash, Same&& same, Make&& make) {
        if ((count_ + 1) * 4 > slots_.size() * 3) grow();
        auto tag = static_cast<uint32_t>(hash ^ (hash >> 32));
        size_t mask = slots_.size() - 1;
        for (size_t i = mix(tag) & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.id == kNone) {
                uint32_t id = make();
                s = Slot{tag, id};
                ++count_;
                return id;
            }
            if (s.tag == tag && same(s.id)) return s.id;
        }
    }

    size_t size() const { return count_; }

private:
    struct Slot {
        uint32_t tag = 0;
        uint32_t id = kNone;
    };

    // A slot's home depends on the stored tag only, so growing needs nothing but the slots.
    static size_t mix(uint32_t tag) { return static_cast<size_t>((tag * 0x9E3779B97F4A7C15ull) >> 32); }

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.id == kNone) continue;
            size_t i = mix(s.tag) & mask;
            while (slots_[i].id != kNone) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    size_t count_ = 0;
};

}  // namespace loopstep
