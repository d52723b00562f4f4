#include "models/task_labels.h"

#include <QHash>

#include "core/trace_text.h"

namespace loopstep {

namespace {

const QString kElided = QStringLiteral("…");

struct CallLabel {
    bool isCall = false;
    QString head;
    QStringList arguments;
};

// Where each label's argument list is shared by every label of its group.
QString shortened(const CallLabel& call, const QList<bool>& common) {
    QStringList kept;
    for (qsizetype i = 0; i < call.arguments.size(); ++i) {
        if (!common[i])
            kept << call.arguments[i];
        else if (kept.isEmpty() || kept.last() != kElided)
            kept << kElided;  // one … for a run of them
    }
    return call.head + QLatin1Char('(') + kept.join(QStringLiteral(", ")) + QLatin1Char(')');
}

}  // namespace

bool splitCallLabel(const QString& label, QString* head, QStringList* arguments) {
    const qsizetype open = label.indexOf(QLatin1Char('('));
    if (open <= 0 || !label.endsWith(QLatin1Char(')'))) return false;
    arguments->clear();
    int depth = 0;
    QChar quote;
    qsizetype start = open + 1;
    for (qsizetype i = open + 1; i < label.size() - 1; ++i) {
        const QChar c = label[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            *arguments << label.mid(start, i - start).trimmed();
            start = i + 1;
        }
        if (depth < 0) return false;  // "f(a)(b)": not one call
    }
    if (depth != 0 || !quote.isNull()) return false;
    const QString last = label.mid(start, label.size() - 1 - start).trimmed();
    if (!last.isEmpty() || !arguments->isEmpty()) *arguments << last;
    *head = label.left(open);
    return true;
}

QStringList distinctShortLabels(const QStringList& labels) {
    QList<CallLabel> calls(labels.size());
    // Groups: the same coroutine with the same number of arguments.
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        CallLabel& call = calls[i];
        call.isCall = splitCallLabel(labels[i], &call.head, &call.arguments) && !call.arguments.isEmpty();
        if (call.isCall) groups[call.head + QLatin1Char('/') + QString::number(call.arguments.size())] << i;
    }
    QStringList out = labels;
    for (const QList<qsizetype>& members : std::as_const(groups)) {
        if (members.size() < 2) continue;  // a coroutine only one task runs: nothing to compare
        const CallLabel& first = calls[members.first()];
        QList<bool> common(first.arguments.size(), true);
        bool anyDiffers = false;
        for (qsizetype a = 0; a < first.arguments.size(); ++a) {
            for (qsizetype m : members)
                if (calls[m].arguments[a] != first.arguments[a]) common[a] = false;
            anyDiffers = anyDiffers || !common[a];
        }
        // Tasks of the very same call cannot be told apart by it: keep it whole.
        if (!anyDiffers) continue;
        for (qsizetype m : members)
            out[m] = shortened(calls[m], common);
    }
    return out;
}

QString ShortTaskLabels::of(const std::shared_ptr<const Trace>& trace, int id) {
    if (!trace) return {};
    if (trace_.lock() != trace) {
        QStringList labels;
        labels.reserve(static_cast<qsizetype>(trace->tasks().size()));
        for (const TraceTask& task : trace->tasks())
            labels << traceText(*trace, task.label);
        // Hidden tasks (asyncio.run's own) are not compared with the program's.
        QList<qsizetype> shown;
        QStringList shownLabels;
        for (qsizetype i = 0; i < labels.size(); ++i)
            if (!trace->tasks()[static_cast<size_t>(i)].hidden) {
                shown << i;
                shownLabels << labels[i];
            }
        shownLabels = distinctShortLabels(shownLabels);
        for (qsizetype i = 0; i < shown.size(); ++i)
            labels[shown[i]] = shownLabels[i];
        labels_ = std::move(labels);
        trace_ = trace;
    }
    return labels_.value(id);
}

}  // namespace loopstep
