// A row of coloured swatches naming the task states, under the tick table.
#pragma once

#include <QWidget>

namespace loopstep {

class StateLegend : public QWidget {
    Q_OBJECT

public:
    explicit StateLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
};

}  // namespace loopstep
