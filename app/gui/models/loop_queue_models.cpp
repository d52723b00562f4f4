#include "models/loop_queue_models.h"

#include "models/task_palette.h"
#include "core/tick_words.h"
#include "core/trace_text.h"

namespace loopstep {

namespace {

bool isTask(const Trace& trace, int id) { return id >= 0 && static_cast<size_t>(id) < trace.tasks().size(); }

}  // namespace

ReadyQueueModel::ReadyQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReadyQueueModel::setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot) {
    beginResetModel();
    trace_ = std::move(trace);
    ready_.clear();
    for (int32_t id : snapshot.state.ready)
        if (trace_ && isTask(*trace_, id) && !trace_->tasks()[static_cast<size_t>(id)].hidden) ready_.push_back(id);
    endResetModel();
}

int ReadyQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(ready_.size());
}

int ReadyQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReadyQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int id = ready_[static_cast<size_t>(index.row())];
    const TraceTask& task = trace_->tasks()[static_cast<size_t>(id)];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case PositionColumn: return index.row() == 0 ? tr("next") : QString::number(index.row() + 1);
            case TaskColumn: return shortLabels_.of(trace_, id);
            case NameColumn: return traceText(*trace_, task.name);
        }
    }
    if (role == Qt::DecorationRole && index.column() == TaskColumn) return taskColor(id);
    if (role == Qt::ToolTipRole && index.column() == TaskColumn) return traceText(*trace_, task.label);
    if (role == TaskIdRole) return id;
    return {};
}

QVariant ReadyQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case PositionColumn: return tr("#");
        case TaskColumn: return tr("Ready task");
        case NameColumn: return tr("Name");
    }
    return {};
}

TimerTableModel::TimerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimerTableModel::setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot) {
    beginResetModel();
    trace_ = std::move(trace);
    timers_ = snapshot.state.timers;
    endResetModel();
}

int TimerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(timers_.size());
}

int TimerTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimerTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const PendingTimer& timer = timers_[static_cast<size_t>(index.row())];
    const bool hasTask = isTask(*trace_, timer.task);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case WhenColumn: return QStringLiteral("t=%1").arg(QString::fromStdString(clock_text(timer.when)));
            case WhatColumn: return withoutFloatNoise(QString::fromStdString(trace_->text(timer.what)));
            case TaskColumn:
                return hasTask ? shortLabels_.of(trace_, timer.task) : tr("(callback)");
        }
    }
    if (role == Qt::DecorationRole && index.column() == TaskColumn && hasTask) return taskColor(timer.task);
    if (role == Qt::ToolTipRole && index.column() == TaskColumn && hasTask)
        return traceText(*trace_, trace_->tasks()[static_cast<size_t>(timer.task)].label);
    return {};
}

QVariant TimerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case WhenColumn: return tr("Deadline");
        case WhatColumn: return tr("What");
        case TaskColumn: return tr("Wakes");
    }
    return {};
}

}  // namespace loopstep
