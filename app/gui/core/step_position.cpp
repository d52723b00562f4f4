#include "core/step_position.h"

#include <algorithm>

#include "trace/trace.h"

namespace loopstep {

StepPosition StepNavigator::tickEnd(long tick) const {
    const long count = static_cast<long>(trace_.tick_count());
    if (count == 0) return {-1, trace_.prologue_lines_end() ? long(trace_.prologue_lines_end()) - 1 : -1};
    tick = std::clamp(tick, 0L, count - 1);
    const IndexRange t = trace_.lines_of(tick);
    return {tick, t.end > t.begin ? long(t.end) - 1 : -1};
}

StepPosition StepNavigator::last() const { return tickEnd(static_cast<long>(trace_.tick_count()) - 1); }

bool StepNavigator::stepsByLine() const {
    if (trace_.tick_count() != 1) return false;
    const IndexRange lines = trace_.lines_of(0);
    return lines.end > lines.begin + 1;
}

StepPosition StepNavigator::start() const { return stepsByLine() ? firstStopOf(0) : first(); }

StepPosition StepNavigator::clamp(const StepPosition& p) const {
    if (!stepsByLine() || p.tick != 0 || p.line < 0) return tickEnd(p.tick);
    const IndexRange lines = trace_.lines_of(0);
    return {0, std::clamp(p.line, long(lines.begin), long(lines.end) - 1)};
}

bool StepNavigator::atTickEnd(const StepPosition& p) const { return p.tick >= 0 && p == tickEnd(p.tick); }

StepPosition StepNavigator::firstStopOf(long tick) const {
    const IndexRange t = trace_.lines_of(tick);
    return {tick, t.end > t.begin ? long(t.begin) : -1};
}

StepPosition StepNavigator::nextTick(const StepPosition& p) const {
    if (p.tick < 0 || !atTickEnd(p)) return tickEnd(std::max(p.tick, 0L));
    return tickEnd(p.tick + 1);
}

StepPosition StepNavigator::previousTick(const StepPosition& p) const {
    if (p.tick <= 0) return p.tick < 0 ? p : tickEnd(0);
    return tickEnd(p.tick - 1);
}

StepPosition StepNavigator::nextLine(const StepPosition& p) const {
    const long count = static_cast<long>(trace_.tick_count());
    if (p.tick < 0) {
        if (p.line + 1 < long(trace_.prologue_lines_end())) return {-1, p.line + 1};
        return count ? firstStopOf(0) : p;
    }
    const IndexRange t = trace_.lines_of(p.tick);
    if (p.line >= 0 && p.line + 1 < long(t.end)) return {p.tick, p.line + 1};
    return p.tick + 1 < count ? firstStopOf(p.tick + 1) : p;
}

StepPosition StepNavigator::previousLine(const StepPosition& p) const {
    if (p.tick < 0) return p.line > 0 ? StepPosition{-1, p.line - 1} : p;
    const IndexRange t = trace_.lines_of(p.tick);
    if (p.line > long(t.begin)) return {p.tick, p.line - 1};
    if (p.tick > 0) return tickEnd(p.tick - 1);
    const long prologue = long(trace_.prologue_lines_end());
    return prologue ? StepPosition{-1, prologue - 1} : p;
}

long StepNavigator::tickOfLine(size_t line) const {
    if (line < trace_.prologue_lines_end()) return -1;
    long lo = 0, hi = static_cast<long>(trace_.tick_count()) - 1;
    while (lo < hi) {  // the last tick whose lines begin at or before `line`
        const long mid = (lo + hi + 1) / 2;
        if (trace_.lines_of(mid).begin <= line) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

}  // namespace loopstep
