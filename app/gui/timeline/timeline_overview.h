// The overview strip under the timeline's bar: the whole run in miniature (every tick, every
// lane squeezed into a few rows, each pixel the states' colours mixed by their share of its time)
// with the part in view framed. A click or a drag moves the view there; the wheel scrolls lanes.
// It is how a run of 10,000 tasks or a million ticks stays navigable when zoomed in.
#pragma once

#include <qcustomplot.h>

#include <QImage>
#include <QWidget>
#include <memory>

#include "timeline_model.h"
#include "timeline_theme.h"

namespace loopstep {

class TimelineOverview : public QWidget {
    Q_OBJECT
public:
    explicit TimelineOverview(QWidget* parent = nullptr);

    void setModel(std::shared_ptr<const TimelineModel> model);
    void setAxisMode(AxisMode mode);
    void setTheme(const TimelineTheme& theme);
    // The whole x extent shown (the chart's full range) and the part in view (keys and lanes).
    void setView(const QCPRange& full, const QCPRange& keys, const QCPRange& lanes);

    // The view's frame in the widget's pixels.
    QRectF viewFrame() const;
    // How long the last miniature took to draw (for the benchmark), in milliseconds.
    double lastBuildMilliseconds() const { return buildMilliseconds_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Centre the view at this key and lane.
    void moveRequested(double key, double lane);
    // Scroll the lanes by this many.
    void scrollRequested(double lanes);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildMiniature();
    void requestMove(const QPointF& pos);
    QRectF plotArea() const;  // where the miniature lies in the widget

    std::shared_ptr<const TimelineModel> model_;
    AxisMode mode_ = AxisMode::Seconds;
    TimelineTheme theme_ = TimelineTheme::light();
    QCPRange full_{0, 1};
    QCPRange keys_{0, 1};
    QCPRange lanes_{-0.5, 0.5};
    QImage miniature_;
    bool stale_ = true;
    double buildMilliseconds_ = 0.0;
};

}  // namespace loopstep
