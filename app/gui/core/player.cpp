#include "core/player.h"

#include <algorithm>
#include <cmath>

#include "core/playhead.h"

namespace loopstep {

Player::Player(Playhead* playhead, QObject* parent) : QObject(parent), playhead_(playhead) {
    connect(&timer_, &QTimer::timeout, this, &Player::advance);
    // A new run stops playback: the learner starts it again on the new program.
    connect(playhead_, &Playhead::traceChanged, this, &Player::pause);
    setTicksPerSecond(ticksPerSecond_);
}

void Player::play() {
    if (isPlaying() || !playhead_->hasTrace()) return;
    if (playhead_->atEnd()) playhead_->first();  // play again from the start
    timer_.start();
    emit playingChanged(true);
}

void Player::pause() {
    if (!isPlaying()) return;
    timer_.stop();
    emit playingChanged(false);
}

void Player::toggle() { isPlaying() ? pause() : play(); }

void Player::setTicksPerSecond(double rate) {
    ticksPerSecond_ = std::clamp(rate, 0.1, 100.0);
    timer_.setInterval(static_cast<int>(std::lround(1000.0 / ticksPerSecond_)));
}

void Player::advance() {
    playhead_->forward();
    if (playhead_->atEnd()) pause();
}

}  // namespace loopstep
