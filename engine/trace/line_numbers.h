// LineNumbers: the line number of every recorded line, two bytes each. Source files have fewer
// than 65,535 lines nearly always; a number that does not fit (or is negative) is stored aside,
// by its index, and the two bytes say so.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "trace/chunked_array.h"

namespace loopstep {

class LineNumbers {
public:
    [[gnu::always_inline]] void push_back(int32_t line) {
        if (line >= 0 && line < kAside) {
            small_.push_back(static_cast<uint16_t>(line));
            return;
        }
        aside_.push_back({static_cast<uint32_t>(small_.size()), line});
        small_.push_back(kAside);
    }

    int32_t operator[](size_t i) const {
        const uint16_t v = small_[i];
        if (v != kAside) return v;
        auto it =
            std::lower_bound(aside_.begin(), aside_.end(), i,
                             [](const std::pair<uint32_t, int32_t>& a, size_t at) { return a.first < at; });
        return it->second;
    }

    size_t size() const { return small_.size(); }
    size_t memory_bytes() const {
        return small_.capacity() * sizeof(uint16_t) + aside_.capacity() * sizeof(aside_[0]);
    }

private:
    static constexpr uint16_t kAside = UINT16_MAX;
    ChunkedArray<uint16_t, 8192> small_;
    std::vector<std::pair<uint32_t, int32_t>> aside_;  // (index, line), in index order
};

}  // namespace loopstep
