#include "core/run_end_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "core/run_budgets.h"
#include "core/tick_words.h"
#include "core/trace_text.h"

namespace loopstep {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("RunEndText", text);
}

QString errorLine(const Trace& trace) {
    return QString::fromStdString(trace.result.error_line);
}

QString labelOf(const Trace& trace, int id) {
    if (id == 0) return tr("the module's code");
    return QString::fromStdString(trace.task_label(id));
}

// The step the run ended in, when it ended inside one: "t2 … at L13".
struct CutStep {
    bool inside = false;
    int task = -1;
    int line = 0;
};

CutStep cutStep(const Trace& trace) {
    CutStep cut;
    if (trace.tick_count() == 0) return cut;
    const size_t last = trace.tick_count() - 1;
    cut.inside = endedInsideStep(trace, last);
    cut.task = trace.tick(last).task;
    cut.line = cut.inside ? lineWhereStepEnded(trace, last) : 0;
    return cut;
}

// The limit the run had, as the engine's reason gives it ("… ran 20000000 instructions …").
QString instructionsRun(const Trace& trace) {
    static const QRegularExpression ran(QStringLiteral("ran (\\d+) instructions"));
    const QRegularExpressionMatch m = ran.match(errorLine(trace));
    return m.hasMatch() ? QLocale().toString(m.captured(1).toLongLong()) : tr("millions of");
}

QString atLine(int line) {
    return line > 0 ? tr(" at L%1").arg(line) : QString();
}

QString deadlockExplanation(const Trace& trace) {
    const long last = static_cast<long>(trace.tick_count()) - 1;
    const LoopState state = trace.state_after(last);
    QStringList waiting;
    for (size_t id = 1; id < state.tasks.size() && id < trace.tasks().size(); ++id) {
        const TaskStatus& status = state.tasks[id];
        if (trace.tasks()[id].hidden || status.state != TaskState::Busy) continue;
        waiting << tr("%1 waits on %2%3")
                       .arg(labelOf(trace, static_cast<int>(id)), QString::fromStdString(status.waits_text()),
                            atLine(status.line));
    }
    const QString clock =
        QString::fromStdString(clock_text(last >= 0 ? trace.clock_end(static_cast<size_t>(last)) : 0.0));
    QString text =
        tr("Deadlock at t=%1: no task is ready and no timer is pending, so nothing can ever wake the "
           "waiting tasks.")
            .arg(clock);
    if (!waiting.isEmpty()) text += QLatin1Char(' ') + waiting.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

}  // namespace

RunEnd runEndOf(const Trace& trace) {
    switch (trace.result.status) {
        case RunStatus::Ok:
            return RunEnd::Finished;
        case RunStatus::UncaughtException:
            return RunEnd::UncaughtException;
        case RunStatus::Deadlock:
            return RunEnd::Deadlock;
        case RunStatus::SourceError:
            return RunEnd::OtherLimit;
        case RunStatus::BudgetExceeded:
            break;
    }
    const QString line = errorLine(trace);
    if (line == QStringLiteral("run stopped")) return RunEnd::Stopped;
    if (line.contains(QStringLiteral("--max-instructions"))) return RunEnd::InstructionLimit;
    if (line.contains(QStringLiteral("--max-ticks"))) return RunEnd::TickLimit;
    if (line.contains(QStringLiteral("--max-time"))) return RunEnd::TimeLimit;
    return RunEnd::OtherLimit;
}

QString runEndExplanation(const Trace& trace) {
    const RunEnd end = runEndOf(trace);
    const CutStep cut = cutStep(trace);
    const QString who = cut.task >= 0 ? labelOf(trace, cut.task) : tr("the program");
    const long ticks = static_cast<long>(trace.tick_count());
    const QString clock =
        QString::fromStdString(clock_text(ticks > 0 ? trace.clock_end(static_cast<size_t>(ticks - 1)) : 0.0));
    const QLocale locale;
    switch (end) {
        case RunEnd::Finished:
        case RunEnd::UncaughtException:
            return {};
        case RunEnd::Deadlock:
            return deadlockExplanation(trace);
        case RunEnd::InstructionLimit:
            return tr("%1 ran %2 Python instructions without reaching an await%3. While a task runs without "
                      "awaiting, the event loop cannot run anything else, so the run was stopped. If the "
                      "work is "
                      "meant to be that long, raise %4.")
                .arg(who, instructionsRun(trace),
                     cut.line > 0 ? tr(" (it was at L%1)").arg(cut.line) : QString(),
                     settingsPath(instructionsBudgetName()));
        case RunEnd::TickLimit:
            return tr("Stopped after %1 task steps at t=%2: does a task loop forever? A longer run needs a "
                      "higher "
                      "%3.")
                .arg(locale.toString(ticks), clock, settingsPath(ticksBudgetName()));
        case RunEnd::TimeLimit:
            return tr("Stopped at t=%1: the next wait would pass the virtual-time limit. A longer run needs "
                      "a "
                      "higher %2.")
                .arg(clock, settingsPath(virtualTimeBudgetName()));
        case RunEnd::Stopped:
            if (cut.inside)
                return tr("You stopped the run at t=%1 after %2 ticks, while %3 was running%4: it had not "
                          "awaited "
                          "in this step, and a task that never awaits keeps the event loop from running "
                          "anything "
                          "else.")
                    .arg(clock, locale.toString(ticks), who, atLine(cut.line));
            return tr("You stopped the run at t=%1 after %2 ticks; it shows what the program did until then.")
                .arg(clock, locale.toString(ticks));
        case RunEnd::OtherLimit:
            break;
    }
    return withAppNames(trace, errorLine(trace));
}

QString runEndShort(const Trace& trace) {
    const CutStep cut = cutStep(trace);
    const QString who = cut.task >= 0 ? labelOf(trace, cut.task) : QString();
    switch (runEndOf(trace)) {
        case RunEnd::Finished:
            return {};
        case RunEnd::UncaughtException:
            return errorLine(trace);
        case RunEnd::Deadlock:
            return tr("deadlock: nothing can wake the waiting tasks");
        case RunEnd::InstructionLimit:
            return tr("stopped: %1 never awaited%2").arg(who, atLine(cut.line));
        case RunEnd::TickLimit:
            return tr("stopped: the task-step limit was reached");
        case RunEnd::TimeLimit:
            return tr("stopped: the virtual-time limit was reached");
        case RunEnd::Stopped:
            return cut.inside ? tr("stopped by you while %1 was running%2").arg(who, atLine(cut.line))
                              : tr("stopped by you");
        case RunEnd::OtherLimit:
            break;
    }
    return withAppNames(trace, errorLine(trace));
}

QString withAppNames(const Trace& trace, const QString& engineText) {
    QString text = engineText;
    text.replace(QStringLiteral("(--max-instructions)"),
                 QLatin1Char('(') + settingsPath(instructionsBudgetName()) + QLatin1Char(')'));
    text.replace(QStringLiteral("(--max-ticks)"),
                 QLatin1Char('(') + settingsPath(ticksBudgetName()) + QLatin1Char(')'));
    text.replace(QStringLiteral("(--max-time)"),
                 QLatin1Char('(') + settingsPath(virtualTimeBudgetName()) + QLatin1Char(')'));
    // "task Task-3" -> "t2": the names the learner gave, as everywhere else in the app.
    static const QRegularExpression taskName(QStringLiteral("\\btask (Task-\\d+)\\b"));
    QString out;
    qsizetype from = 0;
    auto it = taskName.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString label = m.captured(1);
        for (const TraceTask& task : trace.tasks())
            if (traceText(trace, task.name) == m.captured(1)) {
                label = traceText(trace, task.label);
                break;
            }
        out += text.mid(from, m.capturedStart() - from) + label;
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

QStringList wrapText(const QString& text, int columns) {
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines;
}

}  // namespace loopstep
