// One pass over the trace's status changes (prologue, then tick by tick), keeping an open segment
// per lane and closing it when the lane's status changes.
#include "timeline_model.h"
#include "core/trace_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace loopstep {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("loopstep::TimelineModel", text); }

QString clockString(double t) { return QString::fromStdString(clock_text(t)); }

// Collects one lane's segments; merges a change that repeats the open status.
class LaneBuilder {
public:
    explicit LaneBuilder(std::vector<TimelineSegment>& out) : out_(out) {}

    bool isOpen() const { return open_; }
    TaskState openState() const { return current_.state; }

    void change(const TaskStatus* status, int32_t x, double t, bool forceNew) {
        if (open_ && !forceNew && status == current_.status) return;
        close(x, t);
        current_ = TimelineSegment{x, x, t, t, status, status->state};
        open_ = true;
    }

    void close(int32_t x, double t) {
        if (!open_) return;
        open_ = false;
        current_.endTick = x;
        current_.endTime = t;
        // A state that lasted no time in either coordinate never showed anywhere.
        if (current_.endTick > current_.startTick || current_.endTime > current_.startTime) out_.push_back(current_);
    }

private:
    std::vector<TimelineSegment>& out_;
    TimelineSegment current_;
    bool open_ = false;
};

}  // namespace

QString timelineStateName(TaskState state) {
    switch (state) {
        case TaskState::Running: return tr("running");
        case TaskState::Ready: return tr("ready");
        case TaskState::Busy: return tr("busy");
        case TaskState::Done: return tr("done");
    }
    return {};
}

QString TimelineLane::title() const {
    if (name.isEmpty() || name == label) return label;
    return label + QStringLiteral(" \u00b7 ") + name;
}

TimelineModel::TimelineModel(std::shared_ptr<const Trace> trace) : trace_(std::move(trace)) {
    if (!trace_) return;
    const Trace& tr = *trace_;
    const auto& tasks = tr.tasks();
    laneOfTask_.assign(tasks.size(), -1);
    for (const TraceTask& task : tasks) {
        if (task.hidden) continue;
        laneOfTask_[static_cast<size_t>(task.id)] = static_cast<int>(lanes_.size());
        TimelineLane lane;
        lane.taskId = task.id;
        lane.label = traceText(tr, task.label);
        if (task.id != 0) lane.name = traceText(tr, task.name);
        lanes_.push_back(std::move(lane));
    }
    tickCount_ = static_cast<int>(tr.tick_count());
    endTime_ = tickCount_ > 0 ? tr.clock_end(static_cast<size_t>(tickCount_ - 1)) : 0.0;

    std::vector<LaneBuilder> builders;
    builders.reserve(lanes_.size());
    for (TimelineLane& lane : lanes_) builders.emplace_back(lane.segments);

    for (long i = -1; i < tickCount_; ++i) {
        const bool prologue = i < 0;
        const Tick* tick = prologue ? nullptr : &tr.tick(static_cast<size_t>(i));
        const int runner = prologue ? -1 : tick->task;
        const int runnerLane = laneOfTask(runner);
        const double before = prologue ? 0.0 : tick->clock_start;
        const double after = prologue ? 0.0 : tr.clock_end(static_cast<size_t>(i));
        const int32_t column = prologue ? 0 : static_cast<int32_t>(i);
        // The module runs the only tick of a program without task steps, still running from the
        // prologue: its step is under way from the tick's start.
        bool stepBegun = runnerLane >= 0 && builders[static_cast<size_t>(runnerLane)].isOpen() &&
                         builders[static_cast<size_t>(runnerLane)].openState() == TaskState::Running;
        tr.for_each_change(i, [&](const Trace::Change& change) {
            const int laneIndex = laneOfTask(change.task);
            if (laneIndex < 0) return;
            LaneBuilder& lane = builders[static_cast<size_t>(laneIndex)];
            if (change.task == runner && change.status->state == TaskState::Running) {
                lane.change(change.status, column, before, true);
                stepBegun = true;
            } else if (change.task == runner && stepBegun) {
                // What the step ended in holds from the next column on.
                lane.change(change.status, column + 1, after, false);
            } else {
                lane.change(change.status, column, stepBegun ? after : before, false);
            }
        });
    }
    for (LaneBuilder& lane : builders) lane.close(tickCount_, endTime_);
    totals_.reserve(lanes_.size());
    for (const TimelineLane& lane : lanes_) {
        segmentCount_ += lane.segments.size();
        totals_.emplace_back(lane.segments);
    }
}

StateTimes TimelineModel::timeInStates(int lane, double from, double to, AxisMode mode) const {
    if (lane < 0 || lane >= laneCount() || !(from < to)) return {};
    return totals_[static_cast<size_t>(lane)].between(lanes_[static_cast<size_t>(lane)].segments, from, to, mode);
}

size_t TimelineModel::memoryBytes() const {
    size_t bytes = lanes_.capacity() * sizeof(TimelineLane) + totals_.capacity() * sizeof(LaneTotals);
    for (const TimelineLane& lane : lanes_) bytes += lane.segments.capacity() * sizeof(TimelineSegment);
    for (const LaneTotals& totals : totals_) bytes += totals.memoryBytes();
    return bytes;
}

int TimelineModel::laneOfTask(int taskId) const {
    if (taskId < 0 || static_cast<size_t>(taskId) >= laneOfTask_.size()) return -1;
    return laneOfTask_[static_cast<size_t>(taskId)];
}

double TimelineModel::keyEnd(AxisMode mode) const { return mode == AxisMode::Ticks ? tickCount_ : endTime_; }

double TimelineModel::tickStart(int tick, AxisMode mode) const {
    if (mode == AxisMode::Ticks) return tick;
    if (tick < 0 || tick >= tickCount_) return tick < 0 ? 0.0 : endTime_;
    return trace_->tick(static_cast<size_t>(tick)).clock_start;
}

double TimelineModel::tickEnd(int tick, AxisMode mode) const {
    if (mode == AxisMode::Ticks) return tick + 1;
    if (tick < 0 || tick >= tickCount_) return tick < 0 ? 0.0 : endTime_;
    return trace_->clock_end(static_cast<size_t>(tick));
}

size_t TimelineModel::firstSegmentEndingAfter(int lane, double key, AxisMode mode) const {
    const auto& segs = lanes_[static_cast<size_t>(lane)].segments;
    auto it = std::partition_point(segs.begin(), segs.end(),
                                   [&](const TimelineSegment& s) { return s.end(mode) <= key; });
    return static_cast<size_t>(it - segs.begin());
}

int TimelineModel::segmentAt(int lane, double key, AxisMode mode, double tolerance) const {
    if (lane < 0 || lane >= laneCount()) return -1;
    const auto& segs = lanes_[static_cast<size_t>(lane)].segments;
    int containing = -1;
    int marker = -1;
    double markerDistance = tolerance;
    // Zero-wide segments end where they start: begin at the first one ending inside the window.
    size_t i = std::partition_point(segs.begin(), segs.end(),
                                    [&](const TimelineSegment& s) { return s.end(mode) < key - tolerance; }) -
               segs.begin();
    for (; i < segs.size() && segs[i].start(mode) <= key + tolerance; ++i) {
        const TimelineSegment& s = segs[i];
        const double width = s.end(mode) - s.start(mode);
        if (width <= 0.0 || (s.state == TaskState::Running && mode == AxisMode::Seconds && width < tolerance)) {
            const double distance = std::abs(key - s.start(mode));
            if (distance <= markerDistance) {
                markerDistance = distance;
                marker = static_cast<int>(i);
            }
        } else if (s.start(mode) <= key && key < s.end(mode)) {
            containing = static_cast<int>(i);
        }
    }
    return marker >= 0 ? marker : containing;
}

int TimelineModel::tickAt(double key, AxisMode mode) const {
    if (tickCount_ == 0) return -1;
    long tick;
    if (mode == AxisMode::Ticks) {
        tick = static_cast<long>(std::floor(key));
    } else {
        long lo = 0, hi = tickCount_;  // first tick beginning after key
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            if (trace_->tick(static_cast<size_t>(mid)).clock_start <= key) lo = mid + 1;
            else hi = mid;
        }
        tick = lo - 1;
    }
    return static_cast<int>(std::clamp<long>(tick, 0, tickCount_ - 1));
}

int TimelineModel::tickOfSegment(const TimelineSegment& segment) const {
    if (tickCount_ == 0) return -1;
    return std::clamp(segment.startTick, 0, tickCount_ - 1);
}

QString TimelineModel::describe(int laneIndex, int segmentIndex) const {
    if (laneIndex < 0 || laneIndex >= laneCount()) return {};
    const TimelineLane& lane = lanes_[static_cast<size_t>(laneIndex)];
    if (segmentIndex < 0 || static_cast<size_t>(segmentIndex) >= lane.segments.size()) return {};
    const TimelineSegment& s = lane.segments[static_cast<size_t>(segmentIndex)];
    const TaskStatus& status = *s.status;

    QStringList lines;
    lines << lane.title();
    QString state = timelineStateName(s.state);
    switch (s.state) {
        case TaskState::Running:
            break;
        case TaskState::Ready:
            state += tr(": its step is queued");
            break;
        case TaskState::Busy:
            if (std::string waits = status.waits_text(); !waits.empty()) state += QStringLiteral(": ") + QString::fromStdString(waits);
            break;
        case TaskState::Done:
            state += QStringLiteral(": ") + QString::fromLatin1(done_how_name(status.done_how));
            if (status.done_how == DoneHow::Raised && !status.waits_on.empty())
                state += QLatin1Char(' ') + QString::fromStdString(status.waits_on);
            break;
    }
    lines << state;

    const int first = std::clamp(s.startTick, 0, std::max(tickCount_ - 1, 0));
    const int last = std::clamp(s.endTick - 1, first, std::max(tickCount_ - 1, 0));
    QString span = last > first ? QStringLiteral("T%1\u2013T%2").arg(first).arg(last) : QStringLiteral("T%1").arg(first);
    if (s.endTime > s.startTime)
        span += QStringLiteral("   t=%1 \u2192 %2").arg(clockString(s.startTime), clockString(s.endTime));
    else
        span += QStringLiteral("   t=%1").arg(clockString(s.startTime));
    lines << span;

    if (s.state == TaskState::Running && first < tickCount_ && s.endTick == s.startTick + 1) {
        lines << QString::fromStdString(trace_->tick_summary(static_cast<size_t>(first)));
    } else if (status.line > 0 && !status.where.empty()) {
        lines << tr("at line %1: %2").arg(status.line).arg(QString::fromStdString(status.where));
    } else if (s.state == TaskState::Ready && status.where == "start") {
        lines << tr("not started yet");
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace loopstep
