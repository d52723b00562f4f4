// The timeline panel: one lane per task over virtual time (or ticks), a cursor at the current
// tick, hover details, click to jump, wheel to zoom (Ctrl: lanes, Shift: scroll lanes), drag to
// pan, a small bar to switch the axis and fit the view, an overview of the whole run to move
// around in, and a scroll bar for the lanes that do not fit.
#pragma once

#include <QWidget>
#include <memory>

#include "timeline_model.h"

class QCustomPlot;
class QScrollBar;
class QToolButton;

namespace loopstep {

class TimelineChart;
class TimelineOverview;

class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    // Builds the model from the trace (one pass over its changes) and shows it. A new run of the
    // same program keeps a zoomed view; a full view stays full.
    void setTrace(std::shared_ptr<const Trace> trace);
    // The same with a model built elsewhere (e.g. on a worker thread).
    void setModel(std::shared_ptr<const TimelineModel> model);
    std::shared_ptr<const TimelineModel> model() const;
    // The run drawn faintly behind (see TimelineChart::setGhostModel); shown at the next
    // setModel(), or at once with replotNow().
    void setGhostModel(std::shared_ptr<const TimelineModel> ghost, const QString& label = QString());
    std::shared_ptr<const TimelineModel> ghostModel() const;
    void replotNow();

    void setCurrentTick(int tick);
    int currentTick() const;
    void setAxisMode(AxisMode mode);
    AxisMode axisMode() const;
    // Every tick and every lane (down to TimelineChart::kMinFitLaneHeight; then scrolls).
    void fitView();

    // Writes what is in view (ticks and lanes) as PNG/SVG/PDF at width × height, light or dark;
    // atomically, false with a message on failure.
    // `scale` multiplies a PNG's pixels (2: for high-density slides); the ghost is drawn too.
    bool exportImage(const QString& path, int width, int height, bool dark, QString* error, double scale = 1.0) const;

    // For tooltips and tests: positions are in the plot's pixels.
    QString describeAt(const QPoint& pos) const;
    int tickAt(const QPoint& pos) const;
    QCustomPlot* plot() const { return plot_; }
    TimelineChart* chart() const { return chart_; }
    QScrollBar* laneScrollBar() const { return laneScroll_; }
    TimelineOverview* overview() const { return overview_; }

signals:
    void tickClicked(int tick);
    void axisModeChanged(loopstep::AxisMode mode);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onMouseWheel(QWheelEvent* event);
    void applyPaletteTheme();
    void updateHover(const QPoint& pos, const QPoint& globalPos);
    // Brings the scroll bar and the overview in line with the view.
    void syncNavigation();
    void scrollLanesTo(int value);
    void moveViewTo(double key, double lane);

    QCustomPlot* plot_;
    TimelineChart* chart_;
    QToolButton* secondsButton_;
    QToolButton* ticksButton_;
    QScrollBar* laneScroll_;
    TimelineOverview* overview_;
    bool syncing_ = false;
    QPoint pressPos_;
    bool pressed_ = false;
    bool lanesTouched_ = false;  // the user scrolled or zoomed the lanes: resizing keeps them
    bool refitQueued_ = false;
    int hoverLane_ = -1;
    int hoverSegment_ = -1;
    QString ghostLabel_;
};

}  // namespace loopstep
