#include "widgets/loop_internals_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/loop_queue_models.h"

namespace loopstep {

namespace {

QTableView* compactTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

}  // namespace

LoopInternalsPanel::LoopInternalsPanel(ReadyQueueModel* ready, TimerTableModel* timers, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    auto* readyLabel = new QLabel(tr("<b>Ready queue</b> — runs first to last"), this);
    readyLabel->setToolTip(tr("The tasks whose next step is queued, in the order the loop will run them"));
    layout->addWidget(readyLabel);
    layout->addWidget(compactTable(ready, QStringLiteral("readyQueue"), this), 1);
    auto* timersLabel = new QLabel(tr("<b>Timers</b> — by deadline"), this);
    timersLabel->setToolTip(tr("Pending timers: when nothing is ready, the clock jumps to the first deadline"));
    layout->addWidget(timersLabel);
    layout->addWidget(compactTable(timers, QStringLiteral("timerTable"), this), 1);
}

}  // namespace loopstep
