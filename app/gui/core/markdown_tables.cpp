#include "core/markdown_tables.h"

#include "core/tick_words.h"
#include "core/trace_text.h"

namespace loopstep {

QString markdownEscaped(const QString& text) {
    static const QString special = QStringLiteral("\\`*_[]<>|#");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c)) out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownCode(const QString& text) {
    QString code = text;
    code.replace(QLatin1Char('\n'), QLatin1Char(' '));
    code.replace(QLatin1Char('|'), QStringLiteral("\\|"));  // GitHub's tables split cells at any |
    // A backtick inside needs a longer fence, and spaces so it does not touch the fence.
    if (code.contains(QLatin1Char('`'))) return QStringLiteral("`` %1 ``").arg(code);
    return QLatin1Char('`') + code + QLatin1Char('`');
}

QByteArray markdownTables(const Trace& trace, size_t first, size_t last) {
    QString out;
    if (trace.tick_count() == 0) return {};
    last = std::min(last, trace.tick_count() - 1);
    for (size_t i = first; i <= last; ++i) {
        const Tick& tick = trace.tick(i);
        out += QStringLiteral("### T%1 — t=%2 — %3\n\n")
                   .arg(i)
                   .arg(QString::fromStdString(clock_text(tick.clock_start)),
                        markdownEscaped(tickSummaryText(trace, i)));
        out += QStringLiteral("| task | name | where | state |\n|---|---|---|---|\n");
        const LoopState state = trace.state_after(static_cast<long>(i));
        for (size_t id = 0; id < state.tasks.size() && id < trace.tasks().size(); ++id) {
            const TraceTask& task = trace.tasks()[id];
            if (task.hidden) continue;
            const TaskStatus& status = state.tasks[id];
            QString label = markdownCode(traceText(trace, task.label));
            if (static_cast<int>(id) == tick.task)
                label = QStringLiteral("**%1**").arg(label);  // the task that ran
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(label, markdownCode(traceText(trace, task.name)),
                            markdownCode(whereText(trace, status)),
                            markdownEscaped(QString::fromStdString(status.state_text())));
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

}  // namespace loopstep
