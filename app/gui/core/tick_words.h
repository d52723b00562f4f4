// The words the app shows about a tick, taken from the trace and put the way a Python learner
// reads them: numbers as Python writes them (no float noise from subtracting clock readings), a
// call that spans several lines shown whole on one line, and a step cut short by a limit or by
// Stop Run told as what it was: a task that was still running and never awaited.
#pragma once

#include <QString>
#include <string>
#include <vector>

#include "trace/trace.h"

namespace loopstep {

// The shortest text of `value` a Python user would have written: 0.010000000000005116 -> "0.01",
// 2.0 -> "2", 0.5 -> "0.5". Digits below a billionth of the value are noise here: a delay is the
// difference of two clock readings.
QString pythonNumberText(double value);

// `text` with every number carrying float noise written as pythonNumberText does
// ("awaited asyncio.sleep(0.010000000000005116) at L8" -> "awaited asyncio.sleep(0.01) at L8").
QString withoutFloatNoise(const QString& text);

// A call cut at the end of its source line ("asyncio.gather(", "await asyncio.gather(") completed
// from the lines that follow `line` in `sourceLines` (1-based) and collapsed to one line:
// "asyncio.gather(worker(1), worker(2))". Texts without an open call come back unchanged.
QString completeCall(const QString& text, const std::vector<std::string>& sourceLines, int line);

// The tick's one-line story for the header and the status bar:
// "task1 ran: started, then awaited asyncio.sleep(1) at L8".
QString tickSummaryText(const Trace& trace, size_t tick);

// What a task's row says about where it is ("await asyncio.gather(t1, t2)", "L13").
QString whereText(const Trace& trace, const TaskStatus& status);

// Whether the run ended inside tick `tick`'s step (a limit reached, or Stop Run): the task was
// still running there, it never got to an await.
bool endedInsideStep(const Trace& trace, size_t tick);

// The source line where the step of `tick` was when the run ended inside it (0: unknown).
int lineWhereStepEnded(const Trace& trace, size_t tick);

}  // namespace loopstep
