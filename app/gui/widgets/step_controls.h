// The toolbar's slider over all ticks, its "T3 of T0–T6" label, the "press → to step" hint and
// the playback speed box.
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
    // Where the learner is: the end of `tick`, or inside it just after `line` ran (line > 0).
    void setTick(long tick, int line = 0);
    // A hint next to the position ("Press → to step"); empty hides it.
    void setHint(const QString& hint);
    QString positionText() const;
    QString hint() const;
    bool isHintShown() const;
    void setTicksPerSecond(double rate);
    double ticksPerSecond() const;
    QSlider* slider() const { return slider_; }

signals:
    void tickRequested(long tick);
    void speedChanged(double ticksPerSecond);

private:
    QSlider* slider_;
    QLabel* label_;
    QLabel* hint_;
    QComboBox* speed_;
    long count_ = 0;
};

}  // namespace loopstep
