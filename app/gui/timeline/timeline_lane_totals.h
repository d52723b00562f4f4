// Time per state summed over one lane's segments (prefix sums), so that how long a lane spent
// running, ready, busy and done between any two keys — a pixel column at any zoom — costs two
// binary searches, whatever the number of segments in between. This is what lets the timeline
// draw what a pixel column's time really holds at a million ticks within a frame.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopstep {

enum class AxisMode;
struct TimelineSegment;

constexpr int kTimelineStates = 4;  // running, ready, busy, done (TaskState's order)

// Time in each state, indexed by TaskState.
using StateTimes = std::array<double, kTimelineStates>;

class LaneTotals {
public:
    LaneTotals() = default;
    // `segments`: the lane's segments, contiguous and in time order (as the model builds them).
    explicit LaneTotals(const std::vector<TimelineSegment>& segments);

    // The time spent in each state from the lane's start up to `key`. `segment` must be the index
    // of the first segment ending after `key` (segments.size() when none; see seekSegment).
    StateTimes before(const std::vector<TimelineSegment>& segments, size_t segment, double key,
                      AxisMode mode) const;
    // The time spent in each state between `from` and `to` (from <= to).
    StateTimes between(const std::vector<TimelineSegment>& segments, double from, double to,
                       AxisMode mode) const;

    // How many running segments lie before segment `index` (running segments are a tick wide,
    // so this is the running ticks before it): how step marks are found without visiting steps.
    int32_t runningBefore(size_t index) const;

    size_t memoryBytes() const;

private:
    // At the start of segment i (and one entry past the last): the time spent in running, ready
    // and busy so far. Done is the rest of the elapsed time, so it needs no column of its own.
    std::vector<std::array<double, 3>> seconds_;
    std::vector<std::array<int32_t, 3>> ticks_;
};

// The first index at or after `from` where `passed(segments[i])` is false, assuming it holds for
// every index before `from` and the segments are ordered so that it holds for a prefix. Gallops
// forward from `from`, so walking a lane left to right costs the logarithm of the segments skipped,
// not their number.
template <class Segment, class Passed>
size_t gallop(const std::vector<Segment>& segments, size_t from, Passed passed) {
    const size_t size = segments.size();
    if (from >= size || !passed(segments[from])) return std::min(from, size);
    size_t low = from;  // passed
    size_t step = 1;
    size_t high = from + step;
    while (high < size && passed(segments[high])) {
        low = high;
        step *= 2;
        high = from + step;
    }
    high = std::min(high, size);
    while (low + 1 < high) {  // passed(low), and high is size or not passed
        const size_t mid = low + (high - low) / 2;
        if (passed(segments[mid]))
            low = mid;
        else
            high = mid;
    }
    return high;
}

// The first segment at or after `from` whose end lies after `key` (see gallop).
size_t seekSegment(const std::vector<TimelineSegment>& segments, size_t from, double key, AxisMode mode);

}  // namespace loopstep
