// The toolbar's slider over all ticks, its "T3 / 6" label and the playback speed box.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace loopstep {

class StepControls : public QWidget {
    Q_OBJECT

public:
    explicit StepControls(QWidget* parent = nullptr);

    void setTickCount(long count);
    void setTick(long tick, bool inTick);
    void setTicksPerSecond(double rate);
    double ticksPerSecond() const;
    QSlider* slider() const { return slider_; }

signals:
    void tickRequested(long tick);
    void speedChanged(double ticksPerSecond);

private:
    QSlider* slider_;
    QLabel* label_;
    QComboBox* speed_;
    long count_ = 0;
};

}  // namespace loopstep
