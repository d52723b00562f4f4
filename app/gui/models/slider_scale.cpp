#include "models/slider_scale.h"

#include <algorithm>
#include <cmath>

namespace loopstep {

namespace {
constexpr int kMaxLinearPositions = 2000;  // finer than this a slider cannot be moved by hand anyway
}  // namespace

double roundToSignificant(double value, int digits) {
    if (value == 0.0 || !std::isfinite(value)) return value;
    const double magnitude =
        std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::abs(value)))));
    return std::round(value * magnitude) / magnitude;
}

SliderScale SliderScale::make(double value, double min, double max, double step, bool isInt,
                              bool logarithmic) {
    SliderScale s;
    s.isInt_ = isInt;
    if (logarithmic && value > 0.0) {
        s.logarithmic_ = true;
        s.low_ = std::max(value / kSpan, min > 0.0 ? min : value / kSpan);
        s.high_ = std::max(std::min(value * kSpan, max), value);
        if (isInt) s.low_ = std::max(1.0, std::round(s.low_));
        s.zeroAtStart_ = min <= 0.0;
        const double decades = std::log10(s.high_ / s.low_);
        s.positions_ = std::max(1, static_cast<int>(std::lround(decades * kPositionsPerDecade))) +
                       (s.zeroAtStart_ ? 1 : 0);
        return s;
    }
    s.low_ = min;
    s.high_ = std::max(max, min);
    s.step_ = std::max(step > 0.0 ? step : 1.0, (s.high_ - s.low_) / kMaxLinearPositions);
    s.positions_ = std::max(1, static_cast<int>(std::ceil((s.high_ - s.low_) / s.step_)));
    return s;
}

int SliderScale::positionOf(double value) const {
    if (!logarithmic_)
        return std::clamp(static_cast<int>(std::lround((value - low_) / step_)), 0, positions_);
    if (zeroAtStart_ && value <= 0.0) return 0;
    const int offset = zeroAtStart_ ? 1 : 0;
    const double fraction = std::log10(std::clamp(value, low_, high_) / low_) / std::log10(high_ / low_);
    return std::clamp(offset + static_cast<int>(std::lround(fraction * (positions_ - offset))), offset,
                      positions_);
}

double SliderScale::valueAt(int position) const {
    position = std::clamp(position, 0, positions_);
    if (!logarithmic_) {
        const double v = std::min(high_, low_ + position * step_);
        return isInt_ ? std::round(v) : v;
    }
    if (zeroAtStart_ && position == 0) return 0.0;
    const int offset = zeroAtStart_ ? 1 : 0;
    const double fraction = static_cast<double>(position - offset) / std::max(1, positions_ - offset);
    const double v = roundToSignificant(low_ * std::pow(high_ / low_, fraction), 2);
    return isInt_ ? std::max(1.0, std::round(v)) : v;
}

}  // namespace loopstep
