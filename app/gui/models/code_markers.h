// Where each task is in the source at the current step: the active task's line (highlighted)
// and the lines other tasks are suspended at (gutter markers in the task's colour).
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <memory>

#include "core/tick_snapshot.h"
#include "models/task_labels.h"

namespace loopstep {

struct CodeMarker {
    int line = 0;  // 1-based
    int taskId = 0;
    QString label;      // "task1"
    QString stateText;  // "busy (sleep until t=1.000)"
    QColor color;
    bool active = false;  // the task that ran (or is running) this step
};

// Labels are the short ones of the tick table (`labels`: the window's, worked out once per run).
QList<CodeMarker> codeMarkers(const std::shared_ptr<const Trace>& trace, const TickSnapshot& snapshot,
                              ShortTaskLabels& labels);

}  // namespace loopstep
