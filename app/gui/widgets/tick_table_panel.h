// The tick table dock: the tick's header (T1  t=0.000  task1 ran: …), the T-table, and the legend.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace loopstep {

class TickTableModel;

class TickTablePanel : public QWidget {
    Q_OBJECT

public:
    explicit TickTablePanel(TickTableModel* model, QWidget* parent = nullptr);
    QTableView* view() const { return view_; }
    // Re-reads the header after the model changed.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    TickTableModel* model_;
    QLabel* header_;
    QTableView* view_;
};

}  // namespace loopstep
