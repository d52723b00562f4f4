#include "models/code_markers.h"

#include "models/task_palette.h"
#include "core/trace_text.h"

namespace loopstep {

QList<CodeMarker> codeMarkers(const std::shared_ptr<const Trace>& tracePointer, const TickSnapshot& snapshot,
                              ShortTaskLabels& labels) {
    const Trace& trace = *tracePointer;
    QList<CodeMarker> markers;
    const auto& tasks = trace.tasks();
    for (size_t id = 0; id < snapshot.state.tasks.size() && id < tasks.size(); ++id) {
        if (tasks[id].hidden) continue;
        const TaskStatus& status = snapshot.state.tasks[id];
        const bool active = static_cast<int>(id) == snapshot.activeTask;
        const int line = active ? snapshot.activeLine : status.line;
        // Done tasks are nowhere; the module's line is only interesting while it runs.
        if (line <= 0 || (status.state == TaskState::Done && !active)) continue;
        markers.append({line, static_cast<int>(id), labels.of(tracePointer, static_cast<int>(id)),
                        QString::fromStdString(status.state_text()), taskColor(static_cast<int>(id)), active});
    }
    return markers;
}

}  // namespace loopstep
