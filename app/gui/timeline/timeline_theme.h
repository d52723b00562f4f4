// The timeline's colours for light and dark backgrounds. State colours follow the Okabe–Ito
// palette (distinguishable with the common colour-vision deficiencies), and the states also differ
// in bar height, so the timeline reads without colour too.
#pragma once

#include <QColor>
#include <QPalette>

#include "trace/trace.h"

namespace loopstep {

struct TimelineTheme {
    bool dark = false;
    QColor background;   // the whole plot
    QColor text;         // axis labels, legend
    QColor subtleText;   // axis titles
    QColor axis;         // axis lines and tick marks
    QColor grid;         // vertical grid lines
    QColor laneStripe;   // every other lane's background
    QColor cursor;       // the current tick
    QColor cursorBand;   // translucent fill of the current tick's column
    QColor running, ready, busy, done;

    QColor state(TaskState s) const;
    // Bar height as a fraction of the lane: running and ready stand tall, busy is lower, done is a
    // thin line, so finished tasks recede.
    static double barFraction(TaskState s);

    static TimelineTheme light();
    static TimelineTheme darkTheme();
    // Dark when the palette's window colour is dark (the system follows a dark scheme).
    static TimelineTheme forPalette(const QPalette& palette);
};

}  // namespace loopstep
