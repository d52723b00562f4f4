// The timeline's one plottable: every lane drawn straight from the model, column by column.
//
// draw() visits only the lanes in the value range and cuts each into pixel columns
// (timeline_columns.h): a column inside one segment shows its state at the state's bar height; a
// column several segments share is a stack of the states it holds, each part as tall as its share
// of the column's time, so what a lane looks like is what its time was at every zoom. Steps that
// take less than a pixel of time (running in seconds) are marks of one pixel: a notch on the lane's
// upper edge for every column holding one, and a line through the lane where a step stands alone.
// When lanes are thinner than a few pixels, one lane per pixel row is drawn, its shared columns in
// the states' colours mixed by share. The same code draws PNG, SVG and PDF exports.
#pragma once

#include <qcustomplot.h>

#include <memory>
#include <vector>

#include "timeline_columns.h"
#include "timeline_model.h"
#include "timeline_theme.h"

namespace loopstep {

class TimelinePlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setModel(std::shared_ptr<const TimelineModel> model);
    // A ghost draws its model faintly (the previous run behind the current one): lane i of its
    // model at the value laneMap[i] (-1: not drawn).
    void setGhost(bool ghost) { ghost_ = ghost; }
    void setLaneMap(std::vector<int> laneMap) { laneMap_ = std::move(laneMap); }
    // Who draws every other lane's background stripe: the ghost, under itself, when there is one
    // (the stripes would hide it), else the lanes themselves. `lanes`: how many lanes are shown.
    void setStripes(bool stripes, int lanes = 0) {
        stripes_ = stripes;
        stripeLanes_ = lanes;
    }
    void setAxisMode(AxisMode mode) { mode_ = mode; }
    void setTheme(const TimelineTheme& theme) { theme_ = theme; }

    // Lanes sit at values 0, 1, 2, … (lane i spans i ± 0.5).
    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

    // What the last draw() did, for the benchmark.
    struct DrawStats {
        size_t lanes = 0;
        size_t segments = 0;
        size_t rectangles = 0;
        size_t sharedColumns = 0;  // columns drawn as a stack of states
        size_t steps = 0;          // step marks
        double milliseconds = 0.0;
    };
    DrawStats lastDrawStats() const { return stats_; }

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    void drawLanes(QCPPainter* painter);
    void drawGhost(QCPPainter* painter);
    // The key axis in pixels over the clip rect; false when there is nothing to draw.
    bool geometry(ColumnGeometry& g) const;

    std::shared_ptr<const TimelineModel> model_;
    AxisMode mode_ = AxisMode::Seconds;
    TimelineTheme theme_ = TimelineTheme::light();
    DrawStats stats_;
    bool ghost_ = false;
    bool stripes_ = true;
    int stripeLanes_ = 0;
    std::vector<int> laneMap_;
    QImage raster_;        // reused between draws: dense views set pixels here
    LaneColumns columns_;  // reused between lanes and draws
};

}  // namespace loopstep
