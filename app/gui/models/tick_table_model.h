// The workshop's T-table for the current step: one row per task created so far (hidden tasks
// left out), with where it is, its state and what changed since the previous tick.
#pragma once

#include <QAbstractTableModel>
#include <QPalette>
#include <memory>

#include "core/tick_snapshot.h"
#include "models/task_labels.h"

namespace loopstep {

class TickTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TaskColumn, WhereColumn, StateColumn, ChangeColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StateRole,      // TaskState as int
        StateTextRole,  // "busy (task1)"
        ActiveRole,     // bool: the task that ran in (or is running) this tick
        ChangedRole,    // bool: its status differs from the previous tick's
    };

    explicit TickTableModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot);
    void setPalette(const QPalette& palette);
    // "T1  t=0.000  task1 ran: started, then awaited asyncio.sleep(1) at L8"
    QString header() const;
    int taskIdAt(int row) const { return rows_.value(row, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString changeText(int id) const;
    QString stateText(int id, const TaskStatus& status) const;
    bool changed(int id) const;

    std::shared_ptr<const Trace> trace_;
    TickSnapshot snapshot_;
    QList<int> rows_;  // task ids
    QPalette palette_;
    mutable ShortTaskLabels shortLabels_;  // worked out once per run, on first display
};

}  // namespace loopstep
