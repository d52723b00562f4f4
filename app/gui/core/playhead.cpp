#include "core/playhead.h"

namespace loopstep {

Playhead::Playhead(QObject* parent) : QObject(parent) {}

void Playhead::setTrace(std::shared_ptr<const Trace> trace, long tick) { setTraceAt(std::move(trace), {tick, -1}); }

void Playhead::setTraceAt(std::shared_ptr<const Trace> trace, const StepPosition& position) {
    trace_ = std::move(trace);
    if (!hasTrace()) {
        position_ = {};
        snapshot_ = {};
        emit traceChanged();
        emit positionChanged();
        return;
    }
    position_ = StepNavigator(*trace_).clamp(position);
    snapshot_ = snapshotAt(*trace_, position_);
    emit traceChanged();
    emit positionChanged();
}

bool Playhead::atStart() const {
    if (!hasTrace()) return true;
    const StepNavigator nav(*trace_);
    return nav.previousLine(position_) == position_;
}

bool Playhead::atEnd() const { return !hasTrace() || position_ == StepNavigator(*trace_).last(); }

void Playhead::goTo(const StepPosition& position) {
    if (!hasTrace() || position == position_) return;
    position_ = position;
    snapshot_ = snapshotAt(*trace_, position_);
    emit positionChanged();
}

void Playhead::first() {
    if (hasTrace()) goTo(StepNavigator(*trace_).start());
}

void Playhead::back() {
    if (!hasTrace()) return;
    const StepNavigator nav(*trace_);
    goTo(nav.stepsByLine() ? nav.previousLine(position_) : nav.previousTick(position_));
}

void Playhead::forward() {
    if (!hasTrace()) return;
    const StepNavigator nav(*trace_);
    goTo(nav.stepsByLine() ? nav.nextLine(position_) : nav.nextTick(position_));
}

void Playhead::last() {
    if (hasTrace()) goTo(StepNavigator(*trace_).last());
}

void Playhead::lineBack() {
    if (hasTrace()) goTo(StepNavigator(*trace_).previousLine(position_));
}

void Playhead::lineForward() {
    if (hasTrace()) goTo(StepNavigator(*trace_).nextLine(position_));
}

void Playhead::goToTick(long tick) {
    if (hasTrace()) goTo(StepNavigator(*trace_).tickEnd(tick));
}

}  // namespace loopstep
