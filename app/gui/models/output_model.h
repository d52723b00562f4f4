// What the program printed up to the current step, one row per output line stamped with the
// virtual time it was printed at; this tick's lines are marked, and at the end of the run the
// traceback or deadlock report follows.
#pragma once

#include <QAbstractTableModel>
#include <QPalette>
#include <QStringList>
#include <memory>

#include "core/tick_snapshot.h"
#include "models/output_changes.h"

namespace loopstep {

class OutputModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, TextColumn, ColumnCount };
    enum Role {
        CurrentTickRole = Qt::UserRole + 1,  // bool: printed during the current tick
        ErrorRole,                           // bool: a line of the error report
        MovedRole,                           // bool: its time or order changed since the previous run
        PreviousClockRole,                   // double: its time in the previous run (when matched)
    };

    explicit OutputModel(QObject* parent = nullptr);

    // `previous`: the run to mark changes against (the one shown before an edit), or none.
    void setTrace(std::shared_ptr<const Trace> trace, std::shared_ptr<const Trace> previous = nullptr);
    int movedLineCount() const;
    void setSnapshot(const TickSnapshot& snapshot);
    void setPalette(const QPalette& palette) { palette_ = palette; }
    // How many characters an error row may hold: the report and explanations wrap to it (the
    // panel says so as it is resized), so a message is never cut at the panel's edge.
    void setErrorColumns(int columns);

    int printedRows() const { return visibleLines_; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct OutputLine {
        uint32_t begin = 0;
        uint32_t end = 0;  // excluding the newline
        double clock = 0.0;
    };
    static std::vector<OutputLine> splitLines(const Trace& trace);
    void wrapErrorText();

    std::shared_ptr<const Trace> trace_;
    std::vector<OutputLine> lines_;
    std::vector<LineChange> changes_;  // empty when there is no previous run
    QStringList errorText_;   // the report or explanation, by paragraph
    QStringList errorLines_;  // errorText_ wrapped to errorColumns_
    int errorColumns_ = 72;
    int visibleLines_ = 0;
    uint32_t visibleEnd_ = 0;
    uint32_t tickBegin_ = 0;
    bool showError_ = false;
    QPalette palette_;
};

}  // namespace loopstep
