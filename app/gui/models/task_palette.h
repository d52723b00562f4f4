// The colours that tie the panels together: one per task (code markers, table, timeline lanes)
// and one per state (running / ready / busy / done), blended into the current palette so they
// read on light and dark themes alike.
#pragma once

#include <QColor>
#include <QPalette>

#include "trace/trace.h"

namespace loopstep {

QColor taskColor(int taskId);
QColor stateColor(TaskState state);
// `color` at `strength` (0–1) over the palette's base colour: a background that keeps text legible.
QColor tintOver(const QColor& color, const QPalette& palette, double strength = 0.28);
bool isDarkPalette(const QPalette& palette);

}  // namespace loopstep
