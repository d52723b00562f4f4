#include "models/tick_table_model.h"

#include <QFont>

#include "models/task_palette.h"
#include "core/run_end_text.h"
#include "core/tick_words.h"
#include "core/trace_text.h"

namespace loopstep {

TickTableModel::TickTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TickTableModel::setSnapshot(std::shared_ptr<const Trace> trace, const TickSnapshot& snapshot) {
    beginResetModel();
    trace_ = std::move(trace);
    snapshot_ = snapshot;
    rows_.clear();
    if (trace_) {
        const auto& tasks = trace_->tasks();
        for (size_t id = 0; id < snapshot_.state.tasks.size() && id < tasks.size(); ++id)
            if (!tasks[id].hidden) rows_.append(static_cast<int>(id));
    }
    endResetModel();
}

void TickTableModel::setPalette(const QPalette& palette) {
    palette_ = palette;
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString TickTableModel::header() const {
    if (!trace_ || trace_->tick_count() == 0) return {};
    const long tick = snapshot_.position.tick;
    if (tick < 0) return tr("Before T0 (module code)  t=%1").arg(QString::fromStdString(clock_text(snapshot_.clock)));
    const QString table = QStringLiteral("T%1  t=%2  %3")
                              .arg(tick)
                              .arg(QString::fromStdString(clock_text(trace_->tick(static_cast<size_t>(tick)).clock_start)),
                                   tickSummaryText(*trace_, static_cast<size_t>(tick)));
    if (!snapshot_.atTickEnd) return tr("%1  (in progress: at L%2)").arg(table).arg(snapshot_.activeLine);
    // At the run's end, what stopped it (a limit, Stop Run, a deadlock), in whole sentences.
    const QString end = snapshot_.lastTick ? runEndExplanation(*trace_) : QString();
    return end.isEmpty() ? table : table + QLatin1Char('\n') + end;
}

int TickTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_.size(); }

int TickTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TickTableModel::stateText(int id, const TaskStatus& status) const {
    // A step cut short by a limit or Stop Run: the engine files the task as ready (as if it had
    // yielded); it was running and had not awaited.
    if (snapshot_.lastTick && id == snapshot_.activeTask && id > 0 &&
        endedInsideStep(*trace_, static_cast<size_t>(snapshot_.position.tick)))
        return tr("running, never awaited");
    // The module's state at a stopped run carries the engine's whole reason ("busy (stopped:
    // budget exceeded: … --max-instructions)"): the header explains it, the cell says it short.
    if (status.state == TaskState::Busy && status.waits_on.starts_with("stopped: "))
        return tr("busy (%1)").arg(runEndShort(*trace_));
    return withAppNames(*trace_, QString::fromStdString(status.state_text()));
}

bool TickTableModel::changed(int id) const {
    const auto& prev = snapshot_.previous.tasks;
    return static_cast<size_t>(id) >= prev.size() || !(prev[static_cast<size_t>(id)] == snapshot_.state.tasks[static_cast<size_t>(id)]);
}

QString TickTableModel::changeText(int id) const {
    // "ran" already says the active task moved.
    if (id == snapshot_.activeTask) return snapshot_.atTickEnd ? tr("ran") : tr("running");
    const auto& prev = snapshot_.previous.tasks;
    if (static_cast<size_t>(id) >= prev.size()) return tr("new");
    if (changed(id) && snapshot_.atTickEnd)
        return tr("was %1").arg(QString::fromLatin1(task_state_name(prev[static_cast<size_t>(id)].state)));
    return {};
}

QVariant TickTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const int id = rows_[index.row()];
    const TraceTask& task = trace_->tasks()[static_cast<size_t>(id)];
    const TaskStatus& status = snapshot_.state.tasks[static_cast<size_t>(id)];
    const bool active = id == snapshot_.activeTask;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TaskColumn: return shortLabels_.of(trace_, id);
                case WhereColumn: return whereText(*trace_, status);
                case StateColumn: return stateText(id, status);
                case ChangeColumn: return changeText(id);
            }
            return {};
        case Qt::ToolTipRole: {
            QString tip = tr("%1 (%2), coroutine %3\n%4 at L%5: %6")
                              .arg(traceText(*trace_, task.label), traceText(*trace_, task.name), traceText(*trace_, task.coroutine),
                                   whereText(*trace_, status))
                              .arg(status.line)
                              .arg(withAppNames(*trace_, QString::fromStdString(status.state_text())));
            const auto& prev = snapshot_.previous.tasks;
            if (static_cast<size_t>(id) < prev.size() && changed(id))
                tip += tr("\nbefore: %1").arg(QString::fromStdString(prev[static_cast<size_t>(id)].state_text()));
            return tip;
        }
        case Qt::DecorationRole:
            if (index.column() == TaskColumn) return taskColor(id);
            return {};
        case Qt::BackgroundRole:
            if (index.column() == StateColumn) return tintOver(stateColor(status.state), palette_);
            if (active) return tintOver(stateColor(TaskState::Running), palette_, 0.14);
            return {};
        case Qt::FontRole:
            if (changed(id) || active) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case TaskIdRole: return id;
        case StateRole: return static_cast<int>(status.state);
        case StateTextRole: return stateText(id, status);
        case ActiveRole: return active;
        case ChangedRole: return changed(id);
    }
    return {};
}

QVariant TickTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TaskColumn: return tr("Task");
        case WhereColumn: return tr("Where");
        case StateColumn: return tr("State");
        case ChangeColumn: return tr("Change");
    }
    return {};
}

}  // namespace loopstep
