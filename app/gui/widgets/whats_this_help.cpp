#include "widgets/whats_this_help.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMainWindow>
#include <QTableView>
#include <QWhatsThis>

#include "models/tick_table_model.h"
#include "widgets/state_legend.h"

namespace loopstep {

namespace {

QString states() {
    return QObject::tr("<p>The four states:</p><ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
        .arg(taskStateHelp(TaskState::Running), taskStateHelp(TaskState::Ready),
             taskStateHelp(TaskState::Busy), taskStateHelp(TaskState::Done));
}

void setHelp(QMainWindow* window, const char* objectName, const QString& text) {
    if (auto* widget = window->findChild<QWidget*>(QLatin1String(objectName))) widget->setWhatsThis(text);
}

}  // namespace

QString tickTableColumnHelp(int column) {
    switch (column) {
        case TickTableModel::TaskColumn:
            return QObject::tr(
                "<b>Task</b>: the task, by the variable it was assigned to (<code>task1</code>) or "
                "its call (<code>worker(1, 'order milk')</code>). <code>&lt;module&gt;</code> is "
                "the module's own code. The colour is the task's lane in the timeline.");
        case TickTableModel::WhereColumn:
            return QObject::tr(
                "<b>Where</b>: where the task stands in its code at the end of the tick: "
                "<code>start</code> (not begun), the <code>await</code> it stopped at, or "
                "<code>end</code>.");
        case TickTableModel::StateColumn:
            return QObject::tr("<b>State</b>: running, ready, busy (and on what) or done.") + states();
        case TickTableModel::ChangeColumn:
            return QObject::tr(
                "<b>Change</b>: what changed since the previous tick: <code>ran</code> (this "
                "tick's task), <code>new</code> (created in this tick) or the state it had "
                "before (<code>was busy</code>). Changed rows are bold.");
    }
    return {};
}

QString taskStateHelp(TaskState state) {
    switch (state) {
        case TaskState::Running:
            return QObject::tr(
                "<b>running</b>: this tick's task — it resumed and runs until its next "
                "<code>await</code> that has to wait, or its end. Only one task runs at a time.");
        case TaskState::Ready:
            return QObject::tr(
                "<b>ready</b>: its next step is in the ready queue; it runs when its turn comes "
                "(first in, first out).");
        case TaskState::Busy:
            return QObject::tr(
                "<b>busy</b>: waiting — on a sleep until a time, another task, a queue, a lock, "
                "an event, a gather or a TaskGroup, or blocked in <code>time.sleep</code>. It "
                "becomes ready when that is done.");
        case TaskState::Done:
            return QObject::tr("<b>done</b>: finished — returned, raised an exception, or was cancelled.");
    }
    return {};
}

TickTableWhatsThis::TickTableWhatsThis(QTableView* view) : QObject(view), view_(view) {
    view->viewport()->installEventFilter(this);
    view->horizontalHeader()->viewport()->installEventFilter(this);
}

QString TickTableWhatsThis::textAt(const QPoint& pos, bool inHeader) const {
    if (inHeader) return tickTableColumnHelp(view_->horizontalHeader()->logicalIndexAt(pos));
    const QModelIndex index = view_->indexAt(pos);
    if (!index.isValid()) return view_->whatsThis();
    if (index.column() != TickTableModel::StateColumn) return tickTableColumnHelp(index.column());
    const auto state = static_cast<TaskState>(index.data(TickTableModel::StateRole).toInt());
    return QObject::tr("<p>%1</p><p>This task: <b>%2</b></p>")
        .arg(taskStateHelp(state), index.data(Qt::DisplayRole).toString().toHtmlEscaped());
}

bool TickTableWhatsThis::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::WhatsThis && event->type() != QEvent::QueryWhatsThis)
        return QObject::eventFilter(watched, event);
    const bool inHeader = watched == view_->horizontalHeader()->viewport();
    const QString text = textAt(static_cast<QHelpEvent*>(event)->pos(), inHeader);
    if (text.isEmpty()) return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::WhatsThis)
        QWhatsThis::showText(static_cast<QHelpEvent*>(event)->globalPos(), text,
                             static_cast<QWidget*>(watched));
    event->accept();
    return true;
}

void installWhatsThisHelp(QMainWindow* window) {
    setHelp(
        window, "codeView",
        QObject::tr("<b>Code</b>: the program. At each tick, the line that runs is marked and each waiting "
                    "task's label stands at the line it stopped at. Errors are shown at their line. "
                    "Edit → Edit Code (Ctrl+E) makes it editable."));
    setHelp(
        window, "tickTable",
        QObject::tr("<b>Tick Table</b>: the workshop's table for the current tick — one row per task with "
                    "where it is, its state and what changed. Click a column's title or a state for more."));
    setHelp(window, "tickHeader",
            QObject::tr("The tick (T0, T1, …), the virtual clock when it began, and what happened in it."));
    setHelp(window, "timeline",
            QObject::tr("<b>Timeline</b>: one lane per task over virtual time (or over ticks). Tall bars are "
                        "running and ready, lower bars busy, a thin line done; the colours are those of the "
                        "tick table. The cursor marks the current tick; click to go to a tick. Wheel: zoom; "
                        "Ctrl+wheel: zoom the lanes; Shift+wheel: scroll them; drag: pan; Fit: everything."));
    const QString parameters = QObject::tr(
        "<b>Parameters</b>: the numbers you can change without typing — the lesson's parameters, "
        "every delay found in the code (what reaches <code>asyncio.sleep</code>, "
        "<code>time.sleep</code>, <code>wait_for</code>, timeouts, <code>call_later</code>, and "
        "UPPER_CASE constants) and the random seed. A change rewrites that number in the code and "
        "runs the program again at once; the timeline shows the previous run faintly behind. "
        "Undo with Ctrl+Z. The Variant box runs the lesson's variants.");
    setHelp(window, "parametersPanel", parameters);
    setHelp(window, "parametersDock", parameters);
    setHelp(
        window, "outputView",
        QObject::tr("<b>Output</b>: what the program printed up to this tick, with the virtual time of each "
                    "line. After an edit, lines whose time or order moved are marked."));
    setHelp(window, "readyQueue",
            QObject::tr("<b>Ready queue</b>: the tasks whose next step is queued, in the order the loop will "
                        "run them (first in, first out)."));
    setHelp(
        window, "timerTable",
        QObject::tr("<b>Timers</b>: the pending timers by deadline. When nothing is ready, the virtual clock "
                    "jumps straight to the first one."));
    setHelp(
        window, "notesView",
        QObject::tr("<b>Lesson Notes</b>: the lesson's goal, what happens in this tick, and questions with a "
                    "<i>try it</i> link that changes the program for you."));
    setHelp(window, "lessonList",
            QObject::tr("<b>Lessons</b>: the built-in lessons. Click one, or choose with the arrow keys and "
                        "press Enter."));
    if (auto* legend = window->findChild<StateLegend*>()) legend->setWhatsThis(states());
    if (auto* table = window->findChild<QTableView*>(QStringLiteral("tickTable")))
        new TickTableWhatsThis(table);
}

}  // namespace loopstep
