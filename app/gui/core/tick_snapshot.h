// Everything the panels show at one step position, computed once from the trace: the loop state
// (with the task that is mid-step marked running when stepping by line), the state before, the
// line being run and how much output exists.
#pragma once

#include <QString>
#include <cstdint>

#include "core/step_position.h"
#include "trace/trace.h"

namespace loopstep {

struct TickSnapshot {
    StepPosition position;
    bool atTickEnd = true;
    bool lastTick = false;     // at the end of the last tick: the run's end
    LoopState state;           // what the tick table shows
    LoopState previous;        // the state one stop earlier in tick terms (for "what changed")
    int activeTask = -1;       // the task that ran in this tick (or is running mid-tick)
    int activeLine = 0;        // its source line (0: none)
    double clock = 0.0;
    uint32_t outputEnd = 0;        // output printed so far (offset into Trace::output())
    uint32_t tickOutputBegin = 0;  // where this tick's output starts
};

TickSnapshot snapshotAt(const Trace& trace, const StepPosition& position);

// "Tick 4 of 7 · t=1.000 · task1 ran: resumed at L8, then returned"
QString positionSummary(const Trace& trace, const TickSnapshot& snapshot);

}  // namespace loopstep
