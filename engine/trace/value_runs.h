// ValueRuns: a value that changes rarely along an append-only sequence (the task and clock of
// recorded lines, the clock of events), stored once per change instead of once per element.
// Reading element i's value is a binary search over the runs.
#pragma once

#include <algorithm>
#include <cstdint>

#include "trace/chunked_array.h"

namespace loopstep {

template <class V>
class ValueRuns {
public:
    // Element `index` (appended in increasing order) has `value`.
    [[gnu::always_inline]] void note(uint32_t index, const V& value) {
        if (!(has_last_ && last_ == value)) add_run(index, value);
    }
    // The value of element `index`: that of the last run starting at or before it (a default
    // value before the first run).
    V at(uint32_t index) const {
        const size_t run = runs_through(index);
        return run == 0 ? V{} : values_[run - 1];
    }
    // The first element of the run after the one holding `index` (UINT32_MAX: none).
    uint32_t next_change(uint32_t index) const {
        const size_t run = runs_through(index);
        return run == firsts_.size() ? UINT32_MAX : firsts_[run];
    }
    // The last run whose value is at or before `value` (values must be non-decreasing): the
    // first element of that run, or UINT32_MAX when every value is greater.
    uint32_t last_run_at_or_below(const V& value) const {
        auto it = std::upper_bound(values_.begin(), values_.end(), value);
        return it == values_.begin() ? UINT32_MAX : firsts_[static_cast<size_t>(it - values_.begin()) - 1];
    }
    size_t run_count() const { return firsts_.size(); }
    size_t memory_bytes() const { return firsts_.capacity() * sizeof(uint32_t) + values_.capacity() * sizeof(V); }

private:
    [[gnu::noinline]] void add_run(uint32_t index, const V& value) {
        firsts_.push_back(index);
        values_.push_back(value);
        last_ = value;
        has_last_ = true;
    }
    // How many runs start at or before `index`.
    size_t runs_through(uint32_t index) const {
        return static_cast<size_t>(std::upper_bound(firsts_.begin(), firsts_.end(), index) - firsts_.begin());
    }
    // Run i begins at element firsts_[i] with values_[i] (two arrays: no padding between them).
    ChunkedArray<uint32_t> firsts_;
    ChunkedArray<V> values_;
    V last_{};  // the last run's value (what note() compares with)
    bool has_last_ = false;
};

}  // namespace loopstep
