// The output dock: the program's printed lines so far with their virtual times; follows the
// newest line. At the run's end, the error report or explanation, wrapped to the panel's width.
#pragma once

#include <QTableView>

namespace loopstep {

class OutputModel;

class OutputPanel : public QTableView {
    Q_OBJECT

public:
    explicit OutputPanel(OutputModel* model, QWidget* parent = nullptr);
    // Scrolls to the newest line after the model changed.
    void followEnd();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateErrorColumns();

    OutputModel* model_;
};

}  // namespace loopstep
