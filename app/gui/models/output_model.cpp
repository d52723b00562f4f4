#include "models/output_model.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <algorithm>

#include "core/run_end_text.h"
#include "core/zoom_level.h"
#include "models/task_palette.h"

namespace loopstep {

OutputModel::OutputModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<OutputModel::OutputLine> OutputModel::splitLines(const Trace& trace) {
    std::vector<OutputLine> lines;
    const std::string& out = trace.output();
    uint32_t begin = 0;
    while (begin < out.size()) {
        const size_t newline = out.find('\n', begin);
        const uint32_t end = newline == std::string::npos ? static_cast<uint32_t>(out.size()) : static_cast<uint32_t>(newline);
        lines.push_back({begin, end, trace.clock_of_output(begin)});
        begin = end + 1;
    }
    return lines;
}

int OutputModel::movedLineCount() const {
    return static_cast<int>(std::count_if(changes_.begin(), changes_.end(), [](const LineChange& c) { return c.moved(); }));
}

void OutputModel::setTrace(std::shared_ptr<const Trace> trace, std::shared_ptr<const Trace> previous) {
    beginResetModel();
    trace_ = std::move(trace);
    lines_.clear();
    changes_.clear();
    errorText_.clear();
    errorLines_.clear();
    visibleLines_ = 0;
    visibleEnd_ = 0;
    showError_ = false;
    if (trace_) {
        lines_ = splitLines(*trace_);
        if (previous && previous != trace_) {
            auto printed = [](const Trace& t, const std::vector<OutputLine>& lines) {
                std::vector<PrintedLine> out;
                out.reserve(lines.size());
                for (const OutputLine& l : lines)
                    out.push_back({QString::fromUtf8(t.output().data() + l.begin, l.end - l.begin), l.clock});
                return out;
            };
            changes_ = compareOutputLines(printed(*previous, splitLines(*previous)), printed(*trace_, lines_));
        }
        const QString report = QString::fromStdString(trace_->error_report).trimmed();
        // A limit, Stop Run or a deadlock: the engine's lines name a command-line flag and tasks by
        // name (Task-3), and a cut step reads as if the task had yielded; the app's explanation
        // says what happened by the tasks' labels. (A traceback stays CPython's.)
        const RunEnd end = runEndOf(*trace_);
        if (end == RunEnd::InstructionLimit || end == RunEnd::TickLimit || end == RunEnd::TimeLimit || end == RunEnd::Stopped ||
            end == RunEnd::Deadlock)
            errorText_ = QStringList{runEndExplanation(*trace_)};
        else if (!report.isEmpty())
            errorText_ = withAppNames(*trace_, report).split(QLatin1Char('\n'));
        wrapErrorText();
    }
    endResetModel();
}

void OutputModel::wrapErrorText() {
    errorLines_.clear();
    for (const QString& paragraph : std::as_const(errorText_)) {
        // A traceback's indentation stays, and its continuation rows are indented under it.
        const qsizetype indent = paragraph.size() - QString(paragraph).remove(QRegularExpression(QStringLiteral("^ +"))).size();
        const QStringList rows = wrapText(paragraph, std::max(20, errorColumns_ - int(indent) - 2));
        for (qsizetype i = 0; i < rows.size(); ++i)
            errorLines_ << QString(indent + (i > 0 ? 2 : 0), QLatin1Char(' ')) + rows[i];
    }
}

void OutputModel::setErrorColumns(int columns) {
    columns = std::max(20, columns);
    if (columns == errorColumns_) return;
    errorColumns_ = columns;
    if (errorText_.isEmpty()) return;
    beginResetModel();
    wrapErrorText();
    endResetModel();
}

void OutputModel::setSnapshot(const TickSnapshot& snapshot) {
    if (!trace_) return;
    beginResetModel();
    visibleEnd_ = snapshot.outputEnd;
    tickBegin_ = snapshot.tickOutputBegin;
    auto it = std::lower_bound(lines_.begin(), lines_.end(), visibleEnd_,
                               [](const OutputLine& l, uint32_t end) { return l.begin < end; });
    visibleLines_ = static_cast<int>(it - lines_.begin());
    showError_ = snapshot.lastTick;
    endResetModel();
}

int OutputModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return visibleLines_ + (showError_ ? errorLines_.size() : 0);
}

int OutputModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutputModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row();
    if (row >= visibleLines_) {
        const QString& text = errorLines_[row - visibleLines_];
        switch (role) {
            case Qt::DisplayRole: return index.column() == TextColumn ? text : QString();
            case Qt::ForegroundRole: return isDarkPalette(palette_) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
            case Qt::FontRole: return monospaceFamilyFont();  // sized by the view: follows the zoom
            case ErrorRole: return true;
            case CurrentTickRole: return false;
        }
        return {};
    }
    const OutputLine& line = lines_[static_cast<size_t>(row)];
    // The line (with its newline) overlaps what this tick printed so far.
    const bool current = visibleEnd_ > tickBegin_ && line.begin < visibleEnd_ && line.end + 1 > tickBegin_;
    const LineChange* change = static_cast<size_t>(row) < changes_.size() ? &changes_[static_cast<size_t>(row)] : nullptr;
    const bool moved = change && change->moved();
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TimeColumn) {
                QString text = QStringLiteral("t=%1").arg(QString::fromStdString(clock_text(line.clock)));
                if (!moved) return text;
                if (change->previousRow < 0) return QStringLiteral("+ ") + text;
                if (change->orderMoved) text = QStringLiteral("\u2195 ") + text;
                if (change->timeMoved) text += tr(" (was %1)").arg(QString::fromStdString(clock_text(change->previousClock)));
                return text;
            }
            return QString::fromStdString(trace_->output().substr(line.begin, std::min(line.end, visibleEnd_) - line.begin));
        case Qt::FontRole: return monospaceFamilyFont();  // sized by the view: follows the zoom
        case Qt::ForegroundRole:
            if (index.column() == TimeColumn && !moved) return palette_.color(QPalette::PlaceholderText);
            return {};
        case Qt::BackgroundRole:
            if (current) return tintOver(stateColor(TaskState::Running), palette_, 0.22);
            if (moved) return tintOver(QColor(0xe6, 0x9f, 0x00), palette_, 0.25);
            return {};
        case Qt::ToolTipRole:
            if (!moved) return {};
            if (change->previousRow < 0) return tr("New since the previous run");
            return tr("Previous run: line %1 at t=%2").arg(change->previousRow + 1).arg(QString::fromStdString(clock_text(change->previousClock)));
        case MovedRole: return moved;
        case PreviousClockRole: return change && change->previousRow >= 0 ? QVariant(change->previousClock) : QVariant();
        case CurrentTickRole: return current;
        case ErrorRole: return false;
    }
    return {};
}

QVariant OutputModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == TimeColumn ? tr("Time") : tr("Output");
}

}  // namespace loopstep
