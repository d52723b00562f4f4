// "What's This?" help (Help → What's This?, Shift+F1, then a click): what each panel shows, and
// in the tick table what each column and each state means, under the pointer.
#pragma once

#include <QObject>
#include <QString>

#include "trace/trace.h"

class QMainWindow;
class QPoint;
class QTableView;

namespace loopstep {

// Sets the help texts on the window's panels and makes the tick table answer per column and state.
void installWhatsThisHelp(QMainWindow* window);

QString tickTableColumnHelp(int column);
QString taskStateHelp(TaskState state);

// Answers What's This? over a tick table: the column's meaning, and over a state cell that state's.
class TickTableWhatsThis : public QObject {
    Q_OBJECT

public:
    explicit TickTableWhatsThis(QTableView* view);
    // The text for a point of the table's viewport, or of its header's when `inHeader`.
    QString textAt(const QPoint& pos, bool inHeader) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* view_;
};

}  // namespace loopstep
