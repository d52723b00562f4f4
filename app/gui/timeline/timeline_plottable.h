// The timeline's one plottable: every lane's segments drawn straight from the model.
//
// draw() visits only the lanes in the value range and, per lane, only the segments in the key
// range (found by binary search). Segments narrower than a pixel are merged: each pixel column of
// a lane gets the state covering most of it, and equal neighbouring columns become one rectangle,
// so a lane costs at most one rectangle per pixel column whatever the zoom. When lanes are
// thinner than a pixel, one lane per pixel row is drawn. Running steps of zero virtual duration
// (the seconds axis) are drawn as thin markers so every step stays visible.
#pragma once

#include <qcustomplot.h>

#include <memory>
#include <vector>

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
        double milliseconds = 0.0;
    };
    DrawStats lastDrawStats() const { return stats_; }

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    struct Run {
        int x0, x1;
        TaskState state;
    };
    void drawLanes(QCPPainter* painter);
    void drawGhost(QCPPainter* painter);
    void drawLane(int lane, double keyOrigin, double keyScale, int left, int right, std::vector<Run>& runs,
                  std::vector<int>& markers);

    std::shared_ptr<const TimelineModel> model_;
    AxisMode mode_ = AxisMode::Seconds;
    TimelineTheme theme_ = TimelineTheme::light();
    DrawStats stats_;
    bool ghost_ = false;
    bool stripes_ = true;
    int stripeLanes_ = 0;
    std::vector<int> laneMap_;
    QImage raster_;  // reused between draws: dense views set pixels here
};

}  // namespace loopstep
