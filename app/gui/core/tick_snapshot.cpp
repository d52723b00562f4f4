#include "core/tick_snapshot.h"

#include <QCoreApplication>

#include "core/tick_words.h"

namespace loopstep {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("TickSnapshot", text); }

// The last line the tick's task ran: where it stopped, or where it ended.
int lastLineOf(const Trace& trace, long index, const Tick& tick) {
    if (const int32_t stopped = trace.stopped_line(static_cast<size_t>(index)); stopped > 0) return stopped;
    const IndexRange lines = trace.lines_of(index);
    for (uint32_t i = lines.end; i > lines.begin; --i)
        if (const LineRecord line = trace.line(i - 1); line.task == tick.task) return line.line;
    return 0;
}

}  // namespace

TickSnapshot snapshotAt(const Trace& trace, const StepPosition& position) {
    TickSnapshot s;
    s.position = position;
    const StepNavigator nav(trace);
    s.atTickEnd = nav.atTickEnd(position);
    const long tickCount = static_cast<long>(trace.tick_count());
    s.lastTick = s.atTickEnd && position.tick == tickCount - 1;
    if (s.atTickEnd) {
        const Tick& tick = trace.tick(static_cast<size_t>(position.tick));
        s.state = trace.state_after(position.tick);
        s.previous = trace.state_after(position.tick - 1);
        s.activeTask = tick.task;
        s.activeLine = lastLineOf(trace, position.tick, tick);
        s.clock = tick.clock_start;
        const IndexRange output = trace.output_of(position.tick);
        s.outputEnd = output.end;
        s.tickOutputBegin = output.begin;
        return s;
    }
    // Mid-tick (or in the prologue): the state before this step, with its task running here.
    s.state = trace.state_after(position.tick - 1);
    s.previous = s.state;
    const LineRecord line = trace.line(static_cast<size_t>(position.line));
    s.activeTask = line.task;
    s.activeLine = line.line;
    s.clock = line.clock;
    s.outputEnd = trace.line_output_end(static_cast<size_t>(position.line));
    s.tickOutputBegin = position.tick >= 0 ? trace.output_of(position.tick).begin : 0;
    // A sync program's module has no state recorded before its only tick ends: it is running.
    if (line.task == 0 && s.state.tasks.empty() && trace.tasks().size() > 0) s.state.tasks.resize(1);
    if (line.task >= 0 && static_cast<size_t>(line.task) < s.state.tasks.size()) {
        TaskStatus& running = s.state.tasks[static_cast<size_t>(line.task)];
        running.state = TaskState::Running;
        running.line = line.line;
        running.where = "L" + std::to_string(line.line);
        running.waits_on.clear();
        running.sleep_until = -1.0;
        std::erase(s.state.ready, line.task);
    }
    return s;
}

QString positionSummary(const Trace& trace, const TickSnapshot& s) {
    const long tick = s.position.tick;
    const QString clock = QStringLiteral("t=%1").arg(QString::fromStdString(clock_text(s.clock)));
    const QString task = s.activeTask >= 0 ? QString::fromStdString(trace.task_label(s.activeTask))
                                           : tr("a loop callback");
    if (tick < 0)
        return tr("Before T0 · %1 · %2 running at L%3").arg(clock, task).arg(s.activeLine);
    // Ticks are counted as the workshop names them, T0…Tn, here as in the toolbar and the tables.
    const long count = static_cast<long>(trace.tick_count());
    const QString where = count > 1 ? tr("T%1 of T0–T%2").arg(tick).arg(count - 1) : tr("T%1 (the only tick)").arg(tick);
    if (s.atTickEnd)
        return QStringLiteral("%1 · %2 · %3").arg(where, clock, tickSummaryText(trace, static_cast<size_t>(tick)));
    return tr("%1 · %2 · %3 running at L%4").arg(where, clock, task).arg(s.activeLine);
}

}  // namespace loopstep
