// The timeline's data: a trace turned into one lane per visible task, each a run of segments
// (running / ready / busy / done) in both x coordinates the plot offers — ticks and virtual seconds.
//
// Built in one pass over the trace's status changes, so the cost follows what changed, never
// ticks × tasks. Tick i occupies [i, i+1) in tick coordinates: the column shows the state at the
// end of tick i (what the tick table shows), except that the tick's own task is running there.
// In seconds, a change before the step happens at the tick's clock_start, one during or after the
// step at its clock_end, so running segments are zero-wide unless time.sleep blocked.
#pragma once

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "timeline_lane_totals.h"
#include "trace/trace.h"

namespace loopstep {

enum class AxisMode : int { Seconds, Ticks };

struct TimelineSegment {
    int32_t startTick = 0;  // x in tick coordinates: [startTick, endTick)
    int32_t endTick = 0;
    double startTime = 0.0;  // x in virtual seconds
    double endTime = 0.0;
    const TaskStatus* status = nullptr;  // the status shown (owned by the trace)
    TaskState state = TaskState::Ready;

    double start(AxisMode mode) const { return mode == AxisMode::Ticks ? startTick : startTime; }
    double end(AxisMode mode) const { return mode == AxisMode::Ticks ? endTick : endTime; }
};

struct TimelineLane {
    int taskId = 0;
    QString label;  // "task1", "worker(1, 'order milk')", "<module>"
    QString name;   // "Task-2"; empty for the module
    std::vector<TimelineSegment> segments;  // in time order, contiguous, never overlapping

    // "task1 · Task-2", or the label alone for the module.
    QString title() const;
};

class TimelineModel {
public:
    TimelineModel() = default;
    explicit TimelineModel(std::shared_ptr<const Trace> trace);

    const Trace* trace() const { return trace_.get(); }
    int laneCount() const { return static_cast<int>(lanes_.size()); }
    const TimelineLane& lane(int i) const { return lanes_[static_cast<size_t>(i)]; }
    int laneOfTask(int taskId) const;  // -1: hidden or unknown
    size_t segmentCount() const { return segmentCount_; }
    int tickCount() const { return tickCount_; }
    // Time per state summed over the lane's segments: a span's state shares in O(log n).
    const LaneTotals& totals(int lane) const { return totals_[static_cast<size_t>(lane)]; }
    // The time `lane` spent in each state between `from` and `to` on the axis `mode`.
    StateTimes timeInStates(int lane, double from, double to, AxisMode mode) const;
    // The model's own memory: segments and their totals (not the trace).
    size_t memoryBytes() const;

    // The extent of the x axis: [0, tickCount] in ticks, [0, end of the last tick] in seconds.
    double keyEnd(AxisMode mode) const;
    // Where tick i lies on the x axis ([i, i+1) in ticks; clock_start..clock_end in seconds).
    double tickStart(int tick, AxisMode mode) const;
    double tickEnd(int tick, AxisMode mode) const;

    // The segment of `lane` covering `key`, or -1. Zero-wide segments (running in seconds) are
    // found within `tolerance` axis units of their position, the closest one winning.
    int segmentAt(int lane, double key, AxisMode mode, double tolerance = 0.0) const;
    // The first segment of `lane` whose end lies after `key` (the first one visible from `key`).
    size_t firstSegmentEndingAfter(int lane, double key, AxisMode mode) const;
    // The tick a click at `key` means: the column under it in ticks; in seconds, the last tick
    // that began at or before `key` (the loop's state at that time). Clamped to the trace.
    int tickAt(double key, AxisMode mode) const;
    // The tick a segment stands for when clicked: a running segment's own tick, else its first.
    int tickOfSegment(const TimelineSegment& segment) const;

    // Hover text: task, state, from–to (ticks and times) and why.
    QString describe(int lane, int segment) const;

private:
    std::shared_ptr<const Trace> trace_;
    std::vector<TimelineLane> lanes_;
    std::vector<LaneTotals> totals_;  // one per lane
    std::vector<int> laneOfTask_;
    size_t segmentCount_ = 0;
    int tickCount_ = 0;
    double endTime_ = 0.0;
};

// The state's name as the legend and the tooltips say it.
QString timelineStateName(TaskState state);

}  // namespace loopstep
