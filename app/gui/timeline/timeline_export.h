// Headless images of the timeline: PNG, SVG or PDF (chosen by the file's suffix) at a given size
// and theme, drawn on an offscreen plot. Files are written atomically: on failure nothing is left
// at the path, and the error says why.
#pragma once

#include <QString>
#include <memory>
#include <optional>

#include <qcustomplot.h>

#include "timeline_model.h"

namespace loopstep {

struct TimelineImageOptions {
    int width = 1280;
    int height = 400;
    bool dark = false;
    double scale = 1.0;               // PNG only: pixels per unit of width and height
    std::shared_ptr<const TimelineModel> ghost;  // another run drawn faintly behind
    QString ghostLabel;                          // its name in the legend
    AxisMode axisMode = AxisMode::Seconds;
    int currentTick = -1;             // the cursor; -1: none
    std::optional<QCPRange> keys;     // the x range; default: every tick
    std::optional<QCPRange> lanes;    // the lane range; default: every lane
};

bool exportTimelineImage(std::shared_ptr<const TimelineModel> model, const TimelineImageOptions& options,
                         const QString& path, QString* error);

class TimelineChart;
// Sets up `chart` (on its own offscreen plot) exactly as exportTimelineImage draws: size, theme,
// axis, ranges, cursor. Tests use it to know where the lanes of an exported image lie.
void setUpTimelineExport(TimelineChart& chart, std::shared_ptr<const TimelineModel> model,
                         const TimelineImageOptions& options);

// Writes an already set-up plot to `path` at width × height (format from the suffix).
bool writePlotImage(QCustomPlot& plot, const QString& path, int width, int height, QString* error, double scale = 1.0);

}  // namespace loopstep
