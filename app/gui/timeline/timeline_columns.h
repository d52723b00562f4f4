// One lane of the timeline cut into pixel columns, the way profilers' timelines (Tracy, Perfetto)
// draw more events than pixels: a column wholly inside one segment shows that segment's state;
// a column that several segments share shows the share of its time each state holds, so a lane
// 99 % busy reads 99 % busy at any zoom. Steps that take less than a pixel of time (a task step
// takes no virtual time unless it blocks) are listed apart as step marks, one per column at most:
// they show where steps happen without claiming time they did not take.
//
// Cost per lane: the segments that end inside the view (galloping over the rest), plus two
// prefix-sum look-ups per shared column (LaneTotals) — never a walk over the events in a column.
#pragma once

#include <vector>

#include "timeline_model.h"

namespace loopstep {

struct ColumnSpan {
    int x0 = 0;  // pixel columns [x0, x1)
    int x1 = 0;
    // The share of the span's time in each state (they sum to 1). A span of whole columns inside
    // one segment has one share of 1; a shared column is always a span of its own.
    StateTimes shares{};
    TaskState dominant = TaskState::Busy;  // the state with the largest share
    bool pure = true;                      // one state only
    // The span is the end of a segment wide enough (kSeparatedWidth) that a one-pixel gap may
    // part it from the next, so two steps of a task in a row read as two.
    bool endsWideSegment = false;
};

struct LaneColumns {
    std::vector<ColumnSpan> spans;  // left to right, never overlapping
    std::vector<int> steps;         // columns holding a step narrower than a pixel, ascending
    size_t segmentsVisited = 0;     // for the benchmark
};

// The pixel geometry of the key axis: pixel = origin + key × scale (scale > 0).
struct ColumnGeometry {
    double origin = 0.0;
    double scale = 1.0;
    int left = 0;   // the first column drawn
    int right = 0;  // one past the last
    double keyAt(double pixel) const { return (pixel - origin) / scale; }
    double pixelAt(double key) const { return origin + key * scale; }
};

constexpr double kSeparatedWidth = 6.0;  // pixels: segments this wide may end with a gap

// Fills `out` with `lane` of `model` cut into the columns of `geometry` on the axis `mode`.
// Step marks are listed in seconds only: in ticks every step is a column wide.
void computeLaneColumns(const TimelineModel& model, int lane, AxisMode mode, const ColumnGeometry& geometry,
                        LaneColumns& out);

}  // namespace loopstep
