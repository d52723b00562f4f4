// The event loop's insides at the current step: the ready queue in order (whose step runs next)
// and the pending timers by deadline (which task each one wakes).
#pragma once

#include <QAbstractTableModel>
#include <memory>

#include "core/tick_snapshot.h"
#include "models/task_labels.h"

namespace loopstep {

class ReadyQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PositionColumn, TaskColumn, NameColumn, ColumnCount };
    static constexpr int TaskIdRole = Qt::UserRole + 1;

    explicit ReadyQueueModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Trace> trace_;
    mutable ShortTaskLabels shortLabels_;
    std::vector<int32_t> ready_;
};

class TimerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, TaskColumn, ColumnCount };

    explicit TimerTableModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Trace> trace_;
    mutable ShortTaskLabels shortLabels_;
    std::vector<PendingTimer> timers_;
};

}  // namespace loopstep
