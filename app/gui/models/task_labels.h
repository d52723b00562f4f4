// Task labels short enough for a table cell that still tell the tasks apart. The engine labels a
// task by its call (`worker('alpha', 20000)`); when several tasks share a coroutine, what they
// have in common says nothing about which is which, so the arguments every one of them shares
// are elided and the ones that differ are kept whole: `worker('alpha', …)`, `worker('beta', …)`.
// Cutting the middle of each label instead (`worker(… 20000)`) makes them all read the same.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

#include "trace/trace.h"

namespace loopstep {

// The label of each task in `labels`, in the same order, with what all tasks of the same call
// share elided. Labels that are not calls (`task1`, `<module>`) and calls of a coroutine only
// one task runs stay as they are; two labels that differ stay different.
QStringList distinctShortLabels(const QStringList& labels);

// The top-level arguments of a call label: "f(1, 'a, b', g(2))" -> {"1", "'a, b'", "g(2)"};
// `head` gets "f". False when the label is not a call.
bool splitCallLabel(const QString& label, QString* head, QStringList* arguments);

// The short label of every task of a run (distinctShortLabels over all its shown tasks, so a
// task's label does not change as others are created), worked out once per trace.
class ShortTaskLabels {
public:
    QString of(const std::shared_ptr<const Trace>& trace, int id);

private:
    std::weak_ptr<const Trace> trace_;
    QStringList labels_;  // by task id
};

}  // namespace loopstep
