// OffsetIndex: an append-only sequence of entries, each N offsets into the trace's other arrays
// (where a tick's changes, lines, events, ... begin), every column non-decreasing. Most ticks add
// a handful of records to each array, so entries are stored in groups of 16: the group's first
// entry in full, then for each entry one byte per column, its increase over the entry before.
// Reading an entry adds at most 15 bytes to the group's base. A group in which some increase
// does not fit a byte keeps its entries in full instead. About 8 bytes an entry for N = 6
// instead of 24.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "trace/chunked_array.h"

namespace loopstep {

template <size_t N>
class OffsetIndex {
public:
    using Entry = std::array<uint32_t, N>;

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    void push_back(const Entry& e) {
        const size_t at = size_ % kGroup;
        const Entry before = last_;
        last_ = e;
        if (at == 0) {
            groups_.push_back({e, kNarrow});
            steps_.push_back({});
            ++size_;
            return;
        }
        const Group& g = groups_.back();
        if (g.wide == kNarrow) {
            Step step;
            uint32_t wide_bits = 0;  // a decrease wraps around to a large increase: wide too
            for (size_t c = 0; c < N; ++c) {
                const uint32_t d = e[c] - before[c];
                wide_bits |= d;
                step[c] = static_cast<uint8_t>(d);
            }
            if (wide_bits <= 255) {
                steps_.push_back(step);
                ++size_;
                return;
            }
            widen_last_group();
        }
        wide_.push_back(e);
        steps_.push_back({});
        ++size_;
    }

    void pop_back() {
        if (size_ == 0) return;
        const Group& g = groups_.back();
        if (g.wide != kNarrow) wide_.pop_back();
        steps_.pop_back();
        --size_;
        if (size_ % kGroup == 0) groups_.pop_back();
        last_ = size_ ? entry(size_ - 1) : Entry{};
    }

    void clear() {
        groups_.clear();
        steps_.clear();
        wide_.clear();
        size_ = 0;
        last_ = Entry{};
    }

    // Column `c` of the last entry.
    uint32_t back(size_t c) const { return last_[c]; }

    // Column `c` of entry `i`.
    uint32_t at(size_t i, size_t c) const {
        const Group& g = groups_[i / kGroup];
        const size_t first = i - i % kGroup;
        if (g.wide != kNarrow) return wide_[g.wide + (i - first)][c];
        uint32_t v = g.base[c];
        for (size_t k = first + 1; k <= i; ++k)
            v += steps_[k][c];
        return v;
    }

    // How many entries have column `c` at or below `v` (the columns never decrease): the index
    // of the last such entry, plus one.
    size_t count_at_or_below(size_t c, uint32_t v) const {
        // The last group starting at or below v, then its entries one by one.
        size_t lo = 0, hi = groups_.size();
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (groups_[mid].base[c] <= v) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return 0;
        const size_t first = (lo - 1) * kGroup;
        const size_t end = std::min(size_, first + kGroup);
        const Group& g = groups_[lo - 1];
        size_t i = first + 1;
        if (g.wide != kNarrow) {
            while (i < end && wide_[g.wide + (i - first)][c] <= v) ++i;
            return i;
        }
        uint32_t at = g.base[c];
        for (; i < end; ++i) {
            at += steps_[i][c];
            if (at > v) break;
        }
        return i;
    }

    Entry entry(size_t i) const {
        Entry e;
        for (size_t c = 0; c < N; ++c)
            e[c] = at(i, c);
        return e;
    }

    size_t memory_bytes() const {
        return groups_.capacity() * sizeof(Group) + steps_.capacity() * sizeof(Step) +
               wide_.capacity() * sizeof(Entry);
    }

private:
    static constexpr size_t kGroup = 16;
    static constexpr uint32_t kNarrow = UINT32_MAX;
    using Step = std::array<uint8_t, N>;
    struct Group {
        Entry base;
        uint32_t wide;  // kNarrow, or where the group's entries begin in wide_
    };

    // The last group's entries so far, moved to wide_ in full.
    void widen_last_group() {
        const size_t first = size_ - (size_ % kGroup);
        const auto start = static_cast<uint32_t>(wide_.size());
        for (size_t i = first; i < size_; ++i)
            wide_.push_back(entry(i));
        groups_.back().wide = start;
    }

    ChunkedArray<Group, 1024> groups_;
    ChunkedArray<Step> steps_;
    std::vector<Entry> wide_;
    size_t size_ = 0;
    Entry last_{};  // the last entry pushed (what the next one's increases are over)
};

}  // namespace loopstep
