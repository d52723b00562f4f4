#include "timeline_columns.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace loopstep {

namespace {

constexpr double kPureShare = 1.0 - 1e-9;  // a share this large is the column's only state

// A pixel position as a column index, kept inside [low, high] so huge zooms cannot overflow.
int columnOf(double pixel, int low, int high) {
    if (!(pixel > low)) return low;
    if (pixel >= high) return high;
    return static_cast<int>(std::floor(pixel));
}

void addSpan(std::vector<ColumnSpan>& spans, const ColumnSpan& span) {
    if (span.x1 <= span.x0) return;
    if (!spans.empty()) {
        ColumnSpan& last = spans.back();
        if (last.pure && span.pure && last.dominant == span.dominant && last.x1 == span.x0 &&
            !last.endsWideSegment) {
            last.x1 = span.x1;
            last.endsWideSegment = span.endsWideSegment;
            return;
        }
    }
    spans.push_back(span);
}

ColumnSpan pureSpan(int x0, int x1, TaskState state, bool endsWide) {
    ColumnSpan span;
    span.x0 = x0;
    span.x1 = x1;
    span.shares[static_cast<size_t>(state)] = 1.0;
    span.dominant = state;
    span.pure = true;
    span.endsWideSegment = endsWide;
    return span;
}

// Marks `column` as holding a step narrower than a pixel (once).
void addStep(std::vector<int>& steps, int column) {
    if (steps.empty() || steps.back() < column) steps.push_back(column);
}

}  // namespace

void computeLaneColumns(const TimelineModel& model, int lane, AxisMode mode, const ColumnGeometry& g,
                        LaneColumns& out) {
    out.spans.clear();
    out.steps.clear();
    out.segmentsVisited = 0;
    if (lane < 0 || lane >= model.laneCount() || g.right <= g.left || !(g.scale > 0.0)) return;
    const auto& segs = model.lane(lane).segments;
    if (segs.empty()) return;
    const LaneTotals& totals = model.totals(lane);
    const double laneStart = segs.front().start(mode);
    const double laneEnd = segs.back().end(mode);

    // In ticks every step is a column wide: only seconds need marks for steps that take no time.
    const bool marksSteps = mode == AxisMode::Seconds;
    if (laneEnd > laneStart) {
        // Only the columns the lane covers at all.
        int c = columnOf(g.pixelAt(laneStart), g.left, g.right);
        const double endPixel = g.pixelAt(laneEnd);
        const int end = std::min(g.right, static_cast<int>(std::ceil(std::min<double>(endPixel, g.right))));
        size_t i = seekSegment(segs, 0, g.keyAt(c), mode);
        if (marksSteps) {
            // Steps of no width right on the first column's left edge belong to it.
            const double edgeKey = g.keyAt(c);
            const size_t atEdge =
                gallop(segs, 0, [&](const TimelineSegment& t) { return t.end(mode) < edgeKey; });
            if (totals.runningBefore(i) > totals.runningBefore(atEdge)) addStep(out.steps, c);
        }
        // The totals at the right edge of the last shared column: the next one's left edge.
        StateTimes edge{};
        int edgeColumn = INT_MIN;
        while (c < end && i < segs.size()) {
            const TimelineSegment& s = segs[i];
            ++out.segmentsVisited;
            const double p0 = g.pixelAt(s.start(mode));
            const double p1 = g.pixelAt(s.end(mode));
            if (p0 <= c && p1 >= c + 1.0) {
                // Whole columns inside one segment: one span, then on from the segment's end.
                const int last = std::min(end, columnOf(p1, c + 1, end));
                const bool endsHere = p1 <= g.right && last == static_cast<int>(std::floor(p1));
                addSpan(out.spans, pureSpan(c, last, s.state, endsHere && p1 - p0 >= kSeparatedWidth));
                c = last;
                if (c < end) {
                    const size_t next = seekSegment(segs, i, g.keyAt(c), mode);
                    // Steps of no width right where the segment ends (on a column's edge).
                    if (marksSteps && next > i + 1 &&
                        totals.runningBefore(next) > totals.runningBefore(i + 1))
                        addStep(out.steps, c);
                    i = next;
                }
                continue;
            }
            // A column several segments share (or the lane's first or last, partly covered): the
            // time each state holds in it, from the totals at its two edges.
            const double from = std::max(g.keyAt(c), laneStart);
            const double to = std::min(g.keyAt(c + 1.0), laneEnd);
            const size_t j = seekSegment(segs, i, to, mode);
            if (marksSteps) {
                // The running segments ending in this column, less one that began in an earlier
                // column (it is wide, and shows as its share): any left are steps narrower than it.
                int32_t steps = totals.runningBefore(j) - totals.runningBefore(i);
                if (steps > 0 && segs[i].state == TaskState::Running && segs[i].start(mode) < from) --steps;
                if (steps > 0) addStep(out.steps, c);
            }
            if (j < segs.size() && segs[j].state == s.state && segs[j].start(mode) == s.end(mode) &&
                s.start(mode) <= from) {
                // Only steps of no width between two segments of one state (a task woken and
                // back to sleep at one instant): the column is that state's alone.
                addSpan(out.spans, pureSpan(c, c + 1, s.state, false));
                c += 1;
                i = j;
                continue;
            }
            const StateTimes a = edgeColumn == c ? edge : totals.before(segs, i, from, mode);
            const StateTimes b = totals.before(segs, j, to, mode);
            edge = b;
            edgeColumn = c + 1;
            ColumnSpan span;
            span.x0 = c;
            span.x1 = c + 1;
            double total = 0.0;
            for (size_t k = 0; k < span.shares.size(); ++k) {
                span.shares[k] = std::max(0.0, b[k] - a[k]);
                total += span.shares[k];
            }
            if (total > 0.0) {
                size_t best = 0;
                for (size_t k = 0; k < span.shares.size(); ++k) {
                    span.shares[k] /= total;
                    if (span.shares[k] > span.shares[best]) best = k;
                }
                span.dominant = static_cast<TaskState>(best);
                span.pure = span.shares[best] >= kPureShare;
                if (span.pure) span = pureSpan(c, c + 1, span.dominant, false);
                addSpan(out.spans, span);
            }
            c += 1;
            i = j;
        }
    } else if (marksSteps && totals.runningBefore(segs.size()) > 0) {
        // The whole lane took no time (a program that never waits): its steps share one column.
        const double pixel = g.pixelAt(laneStart);
        if (pixel >= g.left && pixel < g.right) addStep(out.steps, static_cast<int>(std::floor(pixel)));
    }
}

}  // namespace loopstep
