#include "core/playhead.h"

namespace loopstep {

Playhead::Playhead(QObject* parent) : QObject(parent) {}

void Playhead::setTrace(std::shared_ptr<const Trace> trace, long tick) {
    trace_ = std::move(trace);
    if (!hasTrace()) {
        position_ = {};
        snapshot_ = {};
        emit traceChanged();
        emit positionChanged();
        return;
    }
    position_ = StepNavigator(*trace_).tickEnd(tick);
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
    if (hasTrace()) goTo(StepNavigator(*trace_).first());
}

void Playhead::back() {
    if (hasTrace()) goTo(StepNavigator(*trace_).previousTick(position_));
}

void Playhead::forward() {
    if (hasTrace()) goTo(StepNavigator(*trace_).nextTick(position_));
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
