// ValueRuns: a value that changes rarely along an append-only sequence (the task and clock of
// recorded lines, the clock of events), stored once per change instead of once per element.
// Reading element i's value is a binary search over the runs.
#pragma once

#include <algorithm>
#include <cstdint>

#include "chunked_array.h"

namespace loopstep {

template <class V>
class ValueRuns {
public:
    // Element `index` (appended in increasing order) has `value`.
    void note(uint32_t index, const V& value) {
        if (runs_.empty() || !(runs_.back().value == value)) runs_.push_back({index, value});
    }
    // The value of element `index`: that of the last run starting at or before it (a default
    // value before the first run).
    V at(uint32_t index) const {
        auto it = std::upper_bound(runs_.begin(), runs_.end(), index,
                                   [](uint32_t i, const Run& r) { return i < r.first; });
        return it == runs_.begin() ? V{} : std::prev(it)->value;
    }
    // The first element of the run after the one holding `index` (UINT32_MAX: none).
    uint32_t next_change(uint32_t index) const {
        auto it = std::upper_bound(runs_.begin(), runs_.end(), index,
                                   [](uint32_t i, const Run& r) { return i < r.first; });
        return it == runs_.end() ? UINT32_MAX : it->first;
    }
    // The last run whose value is at or before `value` (values must be non-decreasing): the
    // first element of that run, or UINT32_MAX when every value is greater.
    uint32_t last_run_at_or_below(const V& value) const {
        auto it = std::upper_bound(runs_.begin(), runs_.end(), value,
                                   [](const V& v, const Run& r) { return v < r.value; });
        return it == runs_.begin() ? UINT32_MAX : std::prev(it)->first;
    }
    size_t run_count() const { return runs_.size(); }
    size_t memory_bytes() const { return runs_.capacity() * sizeof(Run); }

private:
    struct Run {
        uint32_t first;
        V value;
    };
    ChunkedArray<Run> runs_;
};

}  // namespace loopstep
