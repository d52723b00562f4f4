// The loop internals dock: the ready queue (in order) above the pending timers (by deadline).
#pragma once

#include <QWidget>

class QTableView;

namespace loopstep {

class ReadyQueueModel;
class TimerTableModel;

class LoopInternalsPanel : public QWidget {
    Q_OBJECT

public:
    LoopInternalsPanel(ReadyQueueModel* ready, TimerTableModel* timers, QWidget* parent = nullptr);
};

}  // namespace loopstep
