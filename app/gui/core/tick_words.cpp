#include "core/tick_words.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

#include "core/trace_text.h"

namespace loopstep {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TickWords", text);
}

// The net count of open brackets in `text` (quotes skipped).
int openBrackets(const QString& text) {
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            break;  // a comment ends the line's code
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        }
    }
    return depth;
}

// The code of a source line without its comment (quotes respected) and surrounding blanks.
QString codeOf(const std::string& line) {
    const QString text = QString::fromStdString(line);
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return text.left(i).trimmed();
        }
    }
    return text.trimmed();
}

// "(" + "a," + "b," + ")" joined as Python would print the call: "(a, b)".
QString joinCallPieces(const QStringList& pieces) {
    QString call;
    for (const QString& piece : pieces) {
        if (!call.isEmpty() && !call.endsWith(QLatin1Char('(')) && !call.endsWith(QLatin1Char('[')) &&
            !call.endsWith(QLatin1Char('{')) && !piece.startsWith(QLatin1Char(')')) &&
            !piece.startsWith(QLatin1Char(']')) && !piece.startsWith(QLatin1Char('}')))
            call += QLatin1Char(' ');
        call += piece;
    }
    // A trailing comma before the closing bracket is a line-break habit, not part of the call.
    static const QRegularExpression trailingComma(QStringLiteral(",\\s*([)\\]}])"));
    call.replace(trailingComma, QStringLiteral("\\1"));
    return call;
}

}  // namespace

QString pythonNumberText(double value) {
    if (!std::isfinite(value)) return QString::number(value);
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    const double tolerance = 1e-9 * std::max(1.0, std::abs(value));
    for (int digits = 1; digits <= 17; ++digits) {
        const QString text = QString::number(value, 'g', digits);
        if (std::abs(text.toDouble() - value) <= tolerance) {
            const double shown = text.toDouble();
            if (std::floor(shown) == shown && std::abs(shown) < 1e15)
                return QString::number(static_cast<qint64>(shown));
            return text;
        }
    }
    return QString::number(value, 'g', 17);
}

QString withoutFloatNoise(const QString& text) {
    // A number with ten or more digits after the point: "0.010000000000005116", "1.9999999999998".
    static const QRegularExpression noisy(
        QStringLiteral("(?<![\\w.])\\d+\\.\\d{10,}(?:[eE][+-]?\\d+)?(?![\\w.])"));
    QString out;
    qsizetype from = 0;
    auto it = noisy.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += pythonNumberText(m.captured().toDouble());
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

QString completeCall(const QString& text, const std::vector<std::string>& sourceLines, int line) {
    if (line < 1 || static_cast<size_t>(line) > sourceLines.size() || openBrackets(text) <= 0) return text;
    // The cut part is the text's end up to " at L13", if any: "awaited asyncio.gather( at L13".
    static const QRegularExpression atLine(QStringLiteral(" at L\\d+$"));
    const QRegularExpressionMatch suffix = atLine.match(text);
    const QString head = suffix.hasMatch() ? text.left(suffix.capturedStart()) : text;
    const QString tail = suffix.hasMatch() ? suffix.captured() : QString();
    // The call left open: from its name ("asyncio.gather") to the end of the text.
    qsizetype open = -1;
    for (qsizetype i = 0, depth = 0; i < head.size(); ++i) {
        if (head[i] == QLatin1Char('(')) {
            if (depth++ == 0) open = i;
        } else if (head[i] == QLatin1Char(')') && depth > 0) {
            --depth;
        }
    }
    if (open < 0) return text;
    qsizetype callStart = open;
    while (callStart > 0 &&
           (head[callStart - 1].isLetterOrNumber() || head[callStart - 1] == QLatin1Char('_') ||
            head[callStart - 1] == QLatin1Char('.')))
        --callStart;
    const QString cut = head.mid(callStart);
    const QString firstLine = codeOf(sourceLines[static_cast<size_t>(line - 1)]);
    const qsizetype at = firstLine.indexOf(cut);
    if (at < 0) return text;
    QStringList pieces{firstLine.mid(at)};
    int depth = openBrackets(pieces.first());
    for (size_t next = static_cast<size_t>(line); depth > 0 && next < sourceLines.size(); ++next) {
        const QString code = codeOf(sourceLines[next]);
        if (code.isEmpty()) continue;
        // Stop at the bracket that closes the call: what follows it is not part of it.
        qsizetype end = code.size();
        int lineDepth = depth;
        for (qsizetype i = 0; i < code.size(); ++i) {
            lineDepth += openBrackets(code.mid(i, 1));
            if (lineDepth == 0) {
                end = i + 1;
                break;
            }
        }
        pieces << code.left(end);
        depth = lineDepth;
    }
    if (depth > 0) return text;  // the source does not close it: leave the engine's words
    return head.left(callStart) + joinCallPieces(pieces) + tail;
}

bool endedInsideStep(const Trace& trace, size_t tick) {
    if (trace.result.status != RunStatus::BudgetExceeded || tick + 1 != trace.tick_count()) return false;
    const std::string& reason = trace.result.error_line;
    const int task = trace.tick(tick).task;
    // The instruction limit names whose step it stopped: "budget exceeded: task Task-3 ran …".
    static const QRegularExpression owner(
        QStringLiteral("^budget exceeded: (?:task (.+)|the module) ran \\d+ instructions"));
    const QRegularExpressionMatch m = owner.match(QString::fromStdString(reason));
    if (m.hasMatch()) {
        if (m.captured(1).isEmpty()) return task == 0;
        return task > 0 && static_cast<size_t>(task) < trace.tasks().size() &&
               traceText(trace, trace.tasks()[static_cast<size_t>(task)].name) == m.captured(1);
    }
    if (reason != "run stopped") return false;
    if (task == 0) return true;  // the module's code, before or after the loop
    // The engine closes a step cut short as if the task had yielded (ready, "yielded at L13");
    // Stop Run only lands while code runs, so that step was still running.
    const LoopState state = trace.state_after(static_cast<long>(tick));
    return static_cast<size_t>(task) < state.tasks.size() &&
           state.tasks[static_cast<size_t>(task)].state != TaskState::Busy &&
           state.tasks[static_cast<size_t>(task)].state != TaskState::Done &&
           trace.stopped_text(tick).starts_with("yielded");
}

int lineWhereStepEnded(const Trace& trace, size_t tick) {
    // The engine's reason names it ("… without awaiting (now at line 13) …").
    static const QRegularExpression nowAt(QStringLiteral("\\(now at line (\\d+)\\)"));
    const QRegularExpressionMatch m = nowAt.match(QString::fromStdString(trace.result.error_line));
    if (m.hasMatch()) return m.captured(1).toInt();
    const IndexRange lines = trace.lines_of(static_cast<long>(tick));
    const int task = trace.tick(tick).task;
    for (uint32_t i = lines.end; i > lines.begin; --i)
        if (const LineRecord record = trace.line(i - 1); record.task == task) return record.line;
    return 0;
}

QString tickSummaryText(const Trace& trace, size_t tick) {
    const Tick& t = trace.tick(tick);
    if (endedInsideStep(trace, tick)) {
        const QString label = QString::fromStdString(trace.task_label(t.task));
        const int line = lineWhereStepEnded(trace, tick);
        const QString at = line > 0 ? tr(" at L%1").arg(line) : QString();
        const bool stoppedByHand = trace.result.error_line == "run stopped";
        QString began;
        if (t.task == 0)
            began = tr("<module> ran the program");
        else if (trace.resumed_line(tick) > 0)
            began = tr("%1 ran: resumed at L%2").arg(label).arg(trace.resumed_line(tick));
        else
            began = tr("%1 ran: started").arg(label);
        if (stoppedByHand)
            return tr("%1, and was still running%2 when the run was stopped: it never awaited")
                .arg(began, at);
        return tr("%1, and never awaited: it was still running%2 when it was stopped").arg(began, at);
    }
    QString summary = withoutFloatNoise(QString::fromStdString(trace.tick_summary(tick)));
    return completeCall(summary, trace.source_lines, trace.stopped_line(tick));
}

QString whereText(const Trace& trace, const TaskStatus& status) {
    return withoutFloatNoise(
        completeCall(QString::fromStdString(status.where), trace.source_lines, status.line));
}

}  // namespace loopstep
