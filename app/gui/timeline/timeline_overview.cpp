#include "timeline_overview.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>

#include "timeline_columns.h"

namespace loopstep {

namespace {

constexpr int kHeight = 30;             // pixels: the strip's height
constexpr int kLanesSampledPerRow = 4;  // a row standing for many lanes mixes this many of them

}  // namespace

TimelineOverview::TimelineOverview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("timelineOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr(
        "The whole run: the frame is the part in view. Click or drag to move it; the wheel scrolls lanes."));
}

QSize TimelineOverview::sizeHint() const {
    return QSize(400, kHeight);
}
QSize TimelineOverview::minimumSizeHint() const {
    return QSize(50, kHeight);
}

void TimelineOverview::setModel(std::shared_ptr<const TimelineModel> model) {
    model_ = std::move(model);
    stale_ = true;
    update();
}

void TimelineOverview::setAxisMode(AxisMode mode) {
    if (mode == mode_) return;
    mode_ = mode;
    stale_ = true;
    update();
}

void TimelineOverview::setTheme(const TimelineTheme& theme) {
    theme_ = theme;
    stale_ = true;
    update();
}

void TimelineOverview::setView(const QCPRange& full, const QCPRange& keys, const QCPRange& lanes) {
    if (full != full_) stale_ = true;
    full_ = full;
    keys_ = keys;
    lanes_ = lanes;
    update();
}

void TimelineOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    stale_ = true;
}

QRectF TimelineOverview::plotArea() const {
    return QRectF(rect()).adjusted(1, 2, -1, -2);
}

QRectF TimelineOverview::viewFrame() const {
    const QRectF area = plotArea();
    const int laneCount = model_ ? std::max(model_->laneCount(), 1) : 1;
    const double keySpan = std::max(full_.size(), 1e-12);
    auto xAt = [&](double key) { return area.left() + (key - full_.lower) / keySpan * area.width(); };
    auto yAt = [&](double lane) { return area.top() + (lane + 0.5) / laneCount * area.height(); };
    QRectF frame(QPointF(xAt(keys_.lower), yAt(lanes_.lower)), QPointF(xAt(keys_.upper), yAt(lanes_.upper)));
    // Never thinner than a few pixels, so a deep zoom still shows where it is.
    if (frame.width() < 3) frame.adjust(-(3 - frame.width()) / 2, 0, (3 - frame.width()) / 2, 0);
    if (frame.height() < 3) frame.adjust(0, -(3 - frame.height()) / 2, 0, (3 - frame.height()) / 2);
    // Kept inside the strip, moved rather than cut, so its size still tells the part in view.
    const QRectF bounds = area.adjusted(-1, -1, 1, 1);
    frame = frame.intersected(bounds.adjusted(-3, -3, 3, 3));
    if (frame.bottom() > bounds.bottom()) frame.moveBottom(bounds.bottom());
    if (frame.top() < bounds.top()) frame.moveTop(bounds.top());
    if (frame.right() > bounds.right()) frame.moveRight(bounds.right());
    if (frame.left() < bounds.left()) frame.moveLeft(bounds.left());
    return frame.intersected(bounds);
}

void TimelineOverview::buildMiniature() {
    stale_ = false;
    QElapsedTimer timer;
    timer.start();
    const QRect area = plotArea().toRect();
    miniature_ = QImage(area.size().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    miniature_.fill(theme_.laneStripe);
    if (!model_ || model_->laneCount() == 0 || full_.size() <= 0) return;
    const int width = miniature_.width();
    const int rows = miniature_.height();
    const int laneCount = model_->laneCount();
    ColumnGeometry g;
    g.left = 0;
    g.right = width;
    g.scale = width / full_.size();
    g.origin = -full_.lower * g.scale;

    std::vector<double> sums(static_cast<size_t>(width) * 3);
    std::vector<int> counts(static_cast<size_t>(width));
    LaneColumns columns;
    const QColor background = theme_.laneStripe;
    std::array<QRgb, kTimelineStates> colours{};
    for (size_t s = 0; s < colours.size(); ++s)
        colours[s] = theme_.state(static_cast<TaskState>(s)).rgb();
    for (int row = 0; row < rows; ++row) {
        // The lanes this row stands for; a few of them, evenly spread, are mixed into it.
        const int first = row * laneCount / rows;
        const int last = std::max(first + 1, (row + 1) * laneCount / rows);
        if (first >= laneCount) break;
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        const int sampled = std::min(kLanesSampledPerRow, last - first);
        for (int k = 0; k < sampled; ++k) {
            const int lane = first + k * (last - first) / sampled;
            computeLaneColumns(*model_, lane, mode_, g, columns);
            for (const ColumnSpan& span : columns.spans) {
                double r = 0, gr = 0, b = 0;
                for (size_t s = 0; s < colours.size(); ++s) {
                    r += span.shares[s] * qRed(colours[s]);
                    gr += span.shares[s] * qGreen(colours[s]);
                    b += span.shares[s] * qBlue(colours[s]);
                }
                for (int x = std::max(span.x0, 0); x < std::min(span.x1, width); ++x) {
                    sums[static_cast<size_t>(x) * 3] += r;
                    sums[static_cast<size_t>(x) * 3 + 1] += gr;
                    sums[static_cast<size_t>(x) * 3 + 2] += b;
                    ++counts[static_cast<size_t>(x)];
                }
            }
        }
        auto* line = reinterpret_cast<QRgb*>(miniature_.scanLine(row));
        for (int x = 0; x < width; ++x) {
            // Lanes not yet started (or the module before the loop) leave the background showing.
            const double n = sampled;
            const double shown = counts[static_cast<size_t>(x)];
            const double r = sums[static_cast<size_t>(x) * 3] + (n - shown) * background.red();
            const double gr = sums[static_cast<size_t>(x) * 3 + 1] + (n - shown) * background.green();
            const double b = sums[static_cast<size_t>(x) * 3 + 2] + (n - shown) * background.blue();
            line[x] = qRgb(static_cast<int>(r / n), static_cast<int>(gr / n), static_cast<int>(b / n));
        }
    }
    buildMilliseconds_ = timer.nsecsElapsed() / 1e6;
}

void TimelineOverview::paintEvent(QPaintEvent*) {
    if (stale_) buildMiniature();
    QPainter painter(this);
    painter.fillRect(rect(), theme_.background);
    const QRectF area = plotArea();
    painter.drawImage(area.topLeft(), miniature_);
    if (!model_) return;
    // Dim what is out of view, frame what is in it.
    const QRectF frame = viewFrame();
    QColor shade = theme_.background;
    shade.setAlpha(150);
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath inside;
    inside.addRect(frame);
    painter.fillPath(outside.subtracted(inside), shade);
    painter.setPen(QPen(theme_.cursor, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5));
}

void TimelineOverview::requestMove(const QPointF& pos) {
    if (!model_ || model_->laneCount() == 0) return;
    const QRectF area = plotArea();
    const double fx = std::clamp((pos.x() - area.left()) / std::max(area.width(), 1.0), 0.0, 1.0);
    const double fy = std::clamp((pos.y() - area.top()) / std::max(area.height(), 1.0), 0.0, 1.0);
    emit moveRequested(full_.lower + fx * full_.size(), fy * model_->laneCount() - 0.5);
}

void TimelineOverview::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) requestMove(event->position());
}

void TimelineOverview::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) requestMove(event->position());
}

void TimelineOverview::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0) emit scrollRequested(-3.0 * steps);
    event->accept();
}

}  // namespace loopstep
