// Sets up a QCustomPlot as the timeline — lanes, tickers, legend, cursor, hover outline, theme —
// and answers what lies under a pixel. The widget uses one on screen; exports build their own on
// an offscreen plot, so an export never disturbs the view.
#pragma once

#include <qcustomplot.h>

#include <memory>

#include "timeline_model.h"
#include "timeline_theme.h"

namespace loopstep {

class LaneTicker;
class TimelineCursorLabel;
class TimelineLegend;
class TimelinePlottable;

class TimelineChart : public QObject {
    Q_OBJECT
public:
    explicit TimelineChart(QCustomPlot* plot);

    void setModel(std::shared_ptr<const TimelineModel> model);
    const std::shared_ptr<const TimelineModel>& model() const { return model_; }
    // Another run drawn faintly behind this one (the previous run, or the original of a variant);
    // its tasks sit in the lanes of the tasks with the same label. Null: none.
    void setGhostModel(std::shared_ptr<const TimelineModel> ghost, const QString& label = QString());
    const std::shared_ptr<const TimelineModel>& ghostModel() const { return ghost_; }
    TimelinePlottable* ghostPlottable() const { return ghostPlottable_; }
    // Switches the x axis, keeping the same ticks in view.
    void setAxisMode(AxisMode mode);
    AxisMode axisMode() const { return mode_; }
    void setTheme(const TimelineTheme& theme);
    const TimelineTheme& theme() const { return theme_; }
    // The text of the axes, lane labels, legend and cursor label (the view's follows its zoom).
    void setFont(const QFont& font);
    // The cursor; -1 hides it. Call replotOverlay() (cheap) or replot the plot afterwards.
    void setCurrentTick(int tick);
    int currentTick() const { return currentTick_; }
    // The x span the cursor covers (empty range when hidden).
    QCPRange cursorSpan() const;
    // Where the cursor's label was last drawn, in the plot's pixels.
    QRectF cursorLabelRect() const;
    // Outlines the segment under the mouse; lane -1 for none.
    void setHighlight(int lane, int segment);

    // Every tick and every lane.
    void showAll();
    // Every tick and every lane, down to kMinFitLaneHeight pixels a lane; when they do not all
    // fit at that height, the first lanes that do (the rest are a scroll away).
    void showFit();
    // The lane height showFit() goes down to before it leaves lanes to scrolling.
    static constexpr double kMinFitLaneHeight = 16.0;
    void setView(const QCPRange& keys, const QCPRange& lanes);
    QCPRange keyRange() const;
    QCPRange laneRange() const;
    // The x extent of the data, padded a little.
    QCPRange fullKeyRange() const;
    bool showsAllKeys() const;
    // Thins the lane labels to what fits; call when the plot's size changes.
    void updateLabelDensity();
    // Lays the plot out for its current viewport now (sizes are otherwise known after a replot).
    void layoutNow();
    // Redraws only the cursor and hover layer.
    void replotOverlay();

    struct Hit {
        int lane = -1;
        int segment = -1;
    };
    // What lies under a pixel of the plot widget.
    Hit hitAt(const QPointF& pos) const;
    QString describeAt(const QPointF& pos) const;
    int tickAt(const QPointF& pos) const;
    // The pixel at the middle of `lane` at x = key (for tests and tooltips).
    QPointF pixelAt(double key, int lane) const;

    TimelinePlottable* plottable() const { return plottable_; }
    QCustomPlot* plot() const { return plot_; }

private:
    void constrainKeys(const QCPRange& range);
    void constrainLanes(const QCPRange& range);
    void applyAxisMode();
    void updateCursor();
    void updateTitle();
    void updateGhostLanes();

    QCustomPlot* plot_;
    TimelinePlottable* plottable_;
    TimelinePlottable* ghostPlottable_;
    std::shared_ptr<const TimelineModel> ghost_;
    QSharedPointer<LaneTicker> laneTicker_;
    TimelineLegend* legend_;
    QCPLayer* underlay_;  // the cursor's fill, under the lanes
    QCPLayer* overlay_;   // the cursor's edges and label, the hover outline
    QCPItemRect* cursorBand_;
    QCPItemRect* cursorEdges_;
    TimelineCursorLabel* cursorLabel_;
    QCPItemRect* highlight_;
    std::shared_ptr<const TimelineModel> model_;
    AxisMode mode_ = AxisMode::Seconds;
    TimelineTheme theme_ = TimelineTheme::light();
    int currentTick_ = -1;
    int highlightLane_ = -1;
    int highlightSegment_ = -1;
    bool constraining_ = false;
};

}  // namespace loopstep
