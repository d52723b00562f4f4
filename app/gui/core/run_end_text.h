// How a run that did not finish is explained to a learner: a limit reached (a task that never
// awaits, too many steps, too much virtual time), Stop Run, or a deadlock. Tasks are named by
// their labels (`t2`, not `Task-3`), the line they were at is given, and a limit is named as the
// app's own setting (Edit → Settings…), not as a command-line flag.
#pragma once

#include <QString>
#include <QStringList>

#include "trace/trace.h"

namespace loopstep {

enum class RunEnd {
    Finished,
    UncaughtException,
    Deadlock,
    InstructionLimit,
    TickLimit,
    TimeLimit,
    OtherLimit,
    Stopped
};

RunEnd runEndOf(const Trace& trace);

// A few sentences for the tick table's header and the output panel (empty for a run that
// finished or raised: the traceback says it as CPython does).
QString runEndExplanation(const Trace& trace);

// One short line for the status bar: "stopped: t2 never awaited (L13)".
QString runEndShort(const Trace& trace);

// An engine text (an error line, a state) with tasks by label and limits by their setting:
// "budget exceeded: task Task-3 ran … (--max-instructions)" ->
// "budget exceeded: t2 ran … (Edit → Settings… → Instructions between awaits)".
QString withAppNames(const Trace& trace, const QString& engineText);

// `text` cut into lines of at most `columns` characters at spaces (for the output panel's rows).
QStringList wrapText(const QString& text, int columns);

}  // namespace loopstep
