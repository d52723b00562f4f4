// How a parameter's slider maps its positions to values. A delay found in the code may range
// from 0 to 1000 s: a linear slider over that moves 2 s to 104 s in a few pixels. So a found
// number gets a logarithmic scale around its value (a tenth to ten times it, the engine's range
// permitting; a value typed beyond that in the box centres the scale anew), with values rounded to two
// significant digits, as a person would type them; a lesson's own parameter keeps the lesson's linear range
// and step.
#pragma once

namespace loopstep {

class SliderScale {
public:
    // The scale for a value `value` that may range over [min, max] in `step`s. `logarithmic` asks
    // for the scale around the value (ignored when the value is 0: nothing to be "around").
    static SliderScale make(double value, double min, double max, double step, bool isInt, bool logarithmic);

    int positions() const { return positions_; }  // the slider's range is 0 .. positions()
    int positionOf(double value) const;
    double valueAt(int position) const;
    bool isLogarithmic() const { return logarithmic_; }
    double low() const { return low_; }
    double high() const { return high_; }

    // A tenth to ten times the value: two decades, 100 positions each (a slider of 200 px moves
    // the value by a factor of 1.02 a pixel, where a linear 0–1000 s one moved it by 5 s).
    static constexpr double kSpan = 10.0;
    static constexpr int kPositionsPerDecade = 100;

private:
    double low_ = 0.0, high_ = 1.0, step_ = 1.0;
    int positions_ = 1;
    bool logarithmic_ = false;
    bool isInt_ = false;
    bool zeroAtStart_ = false;  // position 0 is the value 0 (a sleep(0) is worth reaching)
};

// `value` rounded to `digits` significant digits: 2.4871 -> 2.5, 103.6 -> 100.
double roundToSignificant(double value, int digits);

}  // namespace loopstep
