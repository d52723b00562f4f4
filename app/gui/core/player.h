// Play/pause: advances the playhead one tick at a time at a chosen speed, stopping at the end.
#pragma once

#include <QObject>
#include <QTimer>

namespace loopstep {

class Playhead;

class Player : public QObject {
    Q_OBJECT

public:
    explicit Player(Playhead* playhead, QObject* parent = nullptr);

    bool isPlaying() const { return timer_.isActive(); }
    double ticksPerSecond() const { return ticksPerSecond_; }

public slots:
    void play();
    void pause();
    void toggle();
    void setTicksPerSecond(double rate);

signals:
    void playingChanged(bool playing);

private:
    void advance();

    Playhead* playhead_;
    QTimer timer_;
    double ticksPerSecond_ = 2.0;
};

}  // namespace loopstep
