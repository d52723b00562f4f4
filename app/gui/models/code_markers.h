// Where each task is in the source at the current step: the active task's line (highlighted)
// and the lines other tasks are suspended at (gutter markers in the task's colour).
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include "core/tick_snapshot.h"

namespace loopstep {

struct CodeMarker {
    int line = 0;  // 1-based
    int taskId = 0;
    QString label;      // "task1"
    QString stateText;  // "busy (sleep until t=1.000)"
    QColor color;
    bool active = false;  // the task that ran (or is running) this step
};

QList<CodeMarker> codeMarkers(const Trace& trace, const TickSnapshot& snapshot);

}  // namespace loopstep
