// The current run and the learner's position in it. Every panel follows the playhead; stepping
// (by tick or by line, forward or back, or jumping) only moves it.
#pragma once

#include <QObject>
#include <memory>

#include "core/step_position.h"
#include "core/tick_snapshot.h"
#include "trace/trace.h"

namespace loopstep {

class Playhead : public QObject {
    Q_OBJECT

public:
    explicit Playhead(QObject* parent = nullptr);

    // A new run; the position moves to tick `tick` (clamped), the first tick by default.
    void setTrace(std::shared_ptr<const Trace> trace, long tick = 0);
    // A new run, at `position` (clamped; StepNavigator::start() for a program just opened).
    void setTraceAt(std::shared_ptr<const Trace> trace, const StepPosition& position);
    // A run of one tick steps by line: → and ← move a line, and it starts at its first line.
    bool stepsByLine() const { return hasTrace() && StepNavigator(*trace_).stepsByLine(); }
    // At the start position: nothing stepped yet (the "press → to step" hint shows).
    bool atStartPosition() const { return hasTrace() && position_ == StepNavigator(*trace_).start(); }
    const std::shared_ptr<const Trace>& trace() const { return trace_; }
    bool hasTrace() const { return trace_ && trace_->tick_count() > 0; }

    long tickCount() const { return trace_ ? static_cast<long>(trace_->tick_count()) : 0; }
    const StepPosition& position() const { return position_; }
    long tick() const { return position_.tick; }
    const TickSnapshot& snapshot() const { return snapshot_; }
    bool atStart() const;
    bool atEnd() const;

public slots:
    void first();
    void back();
    void forward();
    void last();
    void lineBack();
    void lineForward();
    void goToTick(long tick);
    void goTo(const loopstep::StepPosition& position);

signals:
    void traceChanged();
    void positionChanged();

private:
    std::shared_ptr<const Trace> trace_;
    StepPosition position_;
    TickSnapshot snapshot_;
};

}  // namespace loopstep
