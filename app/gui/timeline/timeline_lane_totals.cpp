#include "timeline_lane_totals.h"

#include <algorithm>

#include "timeline_model.h"

namespace loopstep {

namespace {

constexpr size_t kRunning = static_cast<size_t>(TaskState::Running);
constexpr size_t kDone = static_cast<size_t>(TaskState::Done);

}  // namespace

LaneTotals::LaneTotals(const std::vector<TimelineSegment>& segments) {
    seconds_.reserve(segments.size() + 1);
    ticks_.reserve(segments.size() + 1);
    std::array<double, 3> seconds{};
    std::array<int32_t, 3> ticks{};
    seconds_.push_back(seconds);
    ticks_.push_back(ticks);
    for (const TimelineSegment& s : segments) {
        const auto state = static_cast<size_t>(s.state);
        if (state != kDone) {
            seconds[state] += s.endTime - s.startTime;
            ticks[state] += s.endTick - s.startTick;
        }
        seconds_.push_back(seconds);
        ticks_.push_back(ticks);
    }
}

StateTimes LaneTotals::before(const std::vector<TimelineSegment>& segments, size_t segment, double key,
                              AxisMode mode) const {
    StateTimes times{};
    if (segments.empty()) return times;
    const bool seconds = mode == AxisMode::Seconds;
    const size_t i = std::min(segment, segments.size());
    double counted = 0.0;
    for (size_t s = 0; s < 3; ++s) {
        times[s] = seconds ? seconds_[i][s] : ticks_[i][s];
        counted += times[s];
    }
    const double laneStart = segments.front().start(mode);
    double elapsed;  // from the lane's start to the start of segment i
    if (i < segments.size()) {
        const TimelineSegment& current = segments[i];
        elapsed = current.start(mode) - laneStart;
        // The part of segment i before `key` (none when `key` lies before it).
        const double part =
            std::clamp(key - current.start(mode), 0.0, current.end(mode) - current.start(mode));
        times[static_cast<size_t>(current.state)] += part;
    } else {
        elapsed = segments.back().end(mode) - laneStart;
    }
    // What was not running, ready or busy was done; rounding must not make it negative.
    times[kDone] += std::max(0.0, elapsed - counted);
    return times;
}

StateTimes LaneTotals::between(const std::vector<TimelineSegment>& segments, double from, double to,
                               AxisMode mode) const {
    const size_t first = seekSegment(segments, 0, from, mode);
    const size_t last = seekSegment(segments, first, to, mode);
    const StateTimes a = before(segments, first, from, mode);
    StateTimes b = before(segments, last, to, mode);
    for (size_t s = 0; s < b.size(); ++s)
        b[s] = std::max(0.0, b[s] - a[s]);
    return b;
}

int32_t LaneTotals::runningBefore(size_t index) const {
    if (ticks_.empty()) return 0;
    return ticks_[std::min(index, ticks_.size() - 1)][kRunning];
}

size_t LaneTotals::memoryBytes() const {
    return seconds_.capacity() * sizeof(seconds_[0]) + ticks_.capacity() * sizeof(ticks_[0]);
}

size_t seekSegment(const std::vector<TimelineSegment>& segments, size_t from, double key, AxisMode mode) {
    return gallop(segments, from, [&](const TimelineSegment& s) { return s.end(mode) <= key; });
}

}  // namespace loopstep
