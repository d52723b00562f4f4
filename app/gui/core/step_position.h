// Where the learner is in a run: at the end of a tick (the workshop's T-table), or, when stepping
// by line, just after one executed source line inside a tick or in the prologue before T0.
#pragma once

#include <cstddef>

namespace loopstep {

class Trace;

struct StepPosition {
    long tick = 0;   // -1: the prologue (module code before the first task step)
    long line = -1;  // index into Trace::lines() of the line just run; -1: a tick without lines
    bool operator==(const StepPosition&) const = default;
};

// Navigation over a trace. Positions are normalised: the end of a tick with lines is its last
// line, so "end of tick" and "last line of tick" are the same stop.
class StepNavigator {
public:
    explicit StepNavigator(const Trace& trace) : trace_(trace) {}

    StepPosition tickEnd(long tick) const;  // clamped to the ticks there are
    StepPosition first() const { return tickEnd(0); }
    // A run of a single tick with several lines (a sync program, all in `<module>`): there is no
    // other tick to step to, so stepping goes line by line, from its first line.
    bool stepsByLine() const;
    // Where a learner starts: the end of T0, or the first line of a run that steps by line.
    StepPosition start() const;
    // `p` moved into this trace (a re-run of the same program may be shorter).
    StepPosition clamp(const StepPosition& p) const;
    StepPosition last() const;
    bool atTickEnd(const StepPosition& p) const;

    StepPosition nextTick(const StepPosition& p) const;
    StepPosition previousTick(const StepPosition& p) const;
    StepPosition nextLine(const StepPosition& p) const;
    StepPosition previousLine(const StepPosition& p) const;

    // The tick whose lines include line record `line` (-1: the prologue).
    long tickOfLine(size_t line) const;

private:
    StepPosition firstStopOf(long tick) const;
    const Trace& trace_;
};

}  // namespace loopstep
