#include "timeline_plottable.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <cmath>

namespace loopstep {

namespace {

constexpr int kStateCount = 4;
constexpr double kMarkerWidth = 3.0;      // pixels: a running step that took no virtual time
constexpr double kSeparatedWidth = 6.0;   // pixels: segments this wide end with a gap

constexpr size_t kRasterThreshold = 8000;  // rectangles beyond which raster output sets pixels

int stateIndex(TaskState s) { return static_cast<int>(s); }

void fillRects(QImage& image, const QPoint& origin, const QVector<QRectF>& rects, const QColor& color) {
    const QRgb pixel = qPremultiply(color.rgba());
    const int width = image.width();
    const int height = image.height();
    uchar* bits = image.bits();  // detaches once; scanLine() would check on every row
    const qsizetype stride = image.bytesPerLine();
    for (const QRectF& r : rects) {
        const int x0 = std::max(0, static_cast<int>(std::floor(r.left() + 0.5)) - origin.x());
        const int x1 = std::min(width, static_cast<int>(std::floor(r.right() + 0.5)) - origin.x());
        int y0 = std::max(0, static_cast<int>(std::floor(r.top() + 0.5)) - origin.y());
        int y1 = std::min(height, static_cast<int>(std::floor(r.bottom() + 0.5)) - origin.y());
        if (y1 <= y0 && y0 < height) y1 = y0 + 1;
        for (int y = y0; y < y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(bits + y * stride);
            std::fill(line + x0, line + std::max(x0, x1), pixel);
        }
    }
}

}  // namespace

TimelinePlottable::TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
    setAntialiased(false);
    setAntialiasedFill(false);
    setName(tr("Tasks"));
}

void TimelinePlottable::setModel(std::shared_ptr<const TimelineModel> model) {
    model_ = std::move(model);
}

double TimelinePlottable::selectTest(const QPointF&, bool, QVariant*) const {
    return -1;  // mouse events belong to the axis rect (drag, zoom); hover is the widget's
}

QCPRange TimelinePlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = model_ && model_->laneCount() > 0;
    return foundRange ? QCPRange(0, std::max(model_->keyEnd(mode_), 1e-9)) : QCPRange();
}

QCPRange TimelinePlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = model_ && model_->laneCount() > 0;
    return foundRange ? QCPRange(-0.5, model_->laneCount() - 0.5) : QCPRange();
}

void TimelinePlottable::drawLegendIcon(QCPPainter*, const QRectF&) const {}

void TimelinePlottable::drawLane(int lane, double keyOrigin, double keyScale, int left, int right,
                                 std::vector<Run>& runs, std::vector<int>& markers) {
    runs.clear();
    markers.clear();
    const auto& segs = model_->lane(lane).segments;
    const QCPRange keys = mKeyAxis->range();
    const bool seconds = mode_ == AxisMode::Seconds;

    auto addRun = [&runs](TaskState state, int x0, int x1) {
        if (x1 <= x0) return;
        if (!runs.empty() && runs.back().state == state && runs.back().x1 == x0) runs.back().x1 = x1;
        else runs.push_back({x0, x1, state});
    };
    // The pixel column that sub-pixel segments are still filling, and how much each state covers.
    int pendingColumn = INT32_MIN;
    std::array<double, kStateCount> cover{};
    auto flush = [&]() {
        if (pendingColumn == INT32_MIN) return;
        int best = 0;
        for (int s = 1; s < kStateCount; ++s)
            if (cover[static_cast<size_t>(s)] > cover[static_cast<size_t>(best)]) best = s;
        addRun(static_cast<TaskState>(best), pendingColumn, pendingColumn + 1);
        pendingColumn = INT32_MIN;
        cover.fill(0.0);
    };

    size_t visited = 0;
    for (size_t i = model_->firstSegmentEndingAfter(lane, keys.lower, mode_); i < segs.size(); ++i) {
        const TimelineSegment& s = segs[i];
        const double start = seconds ? s.startTime : s.startTick;
        if (start > keys.upper) break;
        ++visited;
        const double end = seconds ? s.endTime : s.endTick;
        double p0 = keyOrigin + start * keyScale;
        double p1 = keyOrigin + end * keyScale;
        if (s.state == TaskState::Running && seconds && p1 - p0 < kMarkerWidth) {
            const int column = static_cast<int>(std::floor(p0));
            if (markers.empty() || markers.back() != column) markers.push_back(column);
            continue;
        }
        p0 = std::max(p0, double(left));
        p1 = std::min(p1, double(right));
        if (p1 <= p0) continue;
        if (p1 - p0 >= kSeparatedWidth) {
            // Wide enough to show where it ends: a one-pixel gap parts it from the next segment,
            // so two steps of the same task in a row read as two.
            flush();
            runs.push_back({static_cast<int>(std::floor(p0 + 0.5)), static_cast<int>(std::floor(p1 + 0.5)) - 1, s.state});
            continue;
        }
        const size_t state = static_cast<size_t>(stateIndex(s.state));
        double pos = p0;
        while (pos < p1) {
            const int column = static_cast<int>(std::floor(pos));
            const double columnEnd = column + 1.0;
            if (column != pendingColumn) {
                flush();
                pendingColumn = column;
            }
            cover[state] += std::min(p1, columnEnd) - pos;
            if (p1 >= columnEnd + 1.0) {
                // Whole columns follow: this segment owns them outright.
                flush();
                const int last = static_cast<int>(std::floor(p1));
                addRun(s.state, column + 1, last);
                pos = last;
            } else {
                pos = columnEnd;
            }
        }
    }
    flush();
    stats_.segments += visited;
}

void TimelinePlottable::draw(QCPPainter* painter) {
    QElapsedTimer timer;
    timer.start();
    stats_ = {};
    if (ghost_) drawGhost(painter);
    else drawLanes(painter);
    stats_.milliseconds = timer.nsecsElapsed() / 1e6;
}

void TimelinePlottable::drawGhost(QCPPainter* painter) {
    if (!model_ || model_->laneCount() == 0) return;
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis) return;
    const QRect clip = clipRect();
    const double keyOrigin = keyAxis->coordToPixel(0.0);
    const double keyScale = keyAxis->coordToPixel(1.0) - keyOrigin;
    const double laneHeight = std::abs(valueAxis->coordToPixel(1.0) - valueAxis->coordToPixel(0.0));
    if (laneHeight < 4.0) return;  // lanes a few pixels high: a ghost would only blur them
    const QCPRange values = valueAxis->range();

    if (stripes_) {
        QVector<QRectF> stripes;
        const int first = std::max(0, static_cast<int>(std::ceil(values.lower - 0.5)));
        const int last = std::min(stripeLanes_ - 1, static_cast<int>(std::floor(values.upper + 0.5)));
        for (int lane = first | 1; lane <= last; lane += 2) {
            const double centre = valueAxis->coordToPixel(lane);
            stripes.append(QRectF(clip.left(), centre - laneHeight / 2, clip.width(), laneHeight));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme_.laneStripe);
        if (!stripes.isEmpty()) painter->drawRects(stripes.constData(), static_cast<int>(stripes.size()));
    }

    std::array<QVector<QRectF>, kStateCount> bars;
    QVector<QRectF> markers;
    std::vector<Run> runs;
    std::vector<int> markerColumns;
    for (int lane = 0; lane < model_->laneCount() && static_cast<size_t>(lane) < laneMap_.size(); ++lane) {
        const int shown = laneMap_[static_cast<size_t>(lane)];
        if (shown < 0 || shown < values.lower - 0.5 || shown > values.upper + 0.5) continue;
        const double centre = valueAxis->coordToPixel(shown);
        drawLane(lane, keyOrigin, keyScale, clip.left(), clip.right() + 1, runs, markerColumns);
        // A little taller than the current run's bars, so where both runs agree the ghost shows
        // as a faint rim, and where they differ it stands out on its own.
        for (const Run& run : runs) {
            const double h = laneHeight * std::min(0.96, TimelineTheme::barFraction(run.state) + 0.36);
            bars[static_cast<size_t>(stateIndex(run.state))].append(QRectF(run.x0, centre - h / 2, run.x1 - run.x0, h));
        }
        const double h = laneHeight * 0.94;
        for (int column : markerColumns) markers.append(QRectF(column - 1.5, centre - h / 2, 4.0, h));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int s = kStateCount - 1; s >= 0; --s) {
        const auto& rects = bars[static_cast<size_t>(s)];
        if (rects.isEmpty()) continue;
        QColor fill = theme_.state(static_cast<TaskState>(s));
        QColor edge = fill;
        fill.setAlpha(theme_.dark ? 80 : 70);
        edge = theme_.dark ? edge.lighter(130) : edge.darker(140);
        painter->setPen(QPen(edge, 1, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRects(rects.constData(), static_cast<int>(rects.size()));
    }
    if (!markers.isEmpty()) {
        QColor edge = theme_.running;
        edge.setAlpha(200);
        QColor fill = edge;
        fill.setAlpha(70);
        painter->setPen(QPen(edge, 1, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRects(markers.constData(), static_cast<int>(markers.size()));
    }
}

void TimelinePlottable::drawLanes(QCPPainter* painter) {
    if (!model_ || model_->laneCount() == 0) return;
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis) return;

    const QRect clip = clipRect();
    const int left = clip.left();
    const int right = clip.right() + 1;
    const double keyOrigin = keyAxis->coordToPixel(0.0);
    const double keyScale = keyAxis->coordToPixel(1.0) - keyOrigin;
    const double laneHeight = std::abs(valueAxis->coordToPixel(1.0) - valueAxis->coordToPixel(0.0));
    const QCPRange values = valueAxis->range();
    const int firstLane = std::max(0, static_cast<int>(std::ceil(values.lower - 0.5)));
    const int lastLane = std::min(model_->laneCount() - 1, static_cast<int>(std::floor(values.upper + 0.5)));
    const bool thinLanes = laneHeight < 4.0;
    const bool raster = !painter->modes().testFlag(QCPPainter::pmVectorized);

    // Thin lanes on a raster device go straight to pixels: one row span per run, no QPainter calls.
    const bool direct = raster && thinLanes;
    if (direct) {
        if (raster_.size() != clip.size()) raster_ = QImage(clip.size(), QImage::Format_ARGB32_Premultiplied);
        raster_.fill(Qt::transparent);
    }
    std::array<QRgb, kStateCount> pixels{};
    for (int s = 0; s < kStateCount; ++s)
        pixels[static_cast<size_t>(s)] = qPremultiply(theme_.state(static_cast<TaskState>(s)).rgba());
    uchar* bits = direct ? raster_.bits() : nullptr;
    const qsizetype stride = direct ? raster_.bytesPerLine() : 0;
    auto fillSpan = [&](int y0, int y1, int x0, int x1, QRgb pixel) {
        x0 = std::max(x0 - left, 0);
        x1 = std::min(x1 - left, clip.width());
        y0 = std::max(y0 - clip.top(), 0);
        y1 = std::min(y1 - clip.top(), clip.height());
        for (int y = y0; y < y1 && x0 < x1; ++y) std::fill_n(reinterpret_cast<QRgb*>(bits + y * stride) + x0, x1 - x0, pixel);
    };

    std::array<QVector<QRectF>, kStateCount> bars;
    QVector<QRectF> stripes;
    QVector<QRectF> markers;
    std::vector<Run> runs;
    std::vector<int> markerColumns;
    int lastRow = INT32_MIN;
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const double centre = valueAxis->coordToPixel(lane);
        if (thinLanes) {
            // Several lanes share a pixel row: one of them stands for the row.
            const int row = static_cast<int>(std::floor(centre));
            if (row == lastRow) continue;
            lastRow = row;
        } else if (lane % 2 == 1 && stripes_) {
            stripes.append(QRectF(left, centre - laneHeight / 2, right - left, laneHeight));
        }
        ++stats_.lanes;
        drawLane(lane, keyOrigin, keyScale, left, right, runs, markerColumns);
        stats_.rectangles += runs.size() + markerColumns.size();
        if (direct) {
            const int y0 = static_cast<int>(std::floor(centre - laneHeight / 2 + 0.5));
            const int y1 = std::max(y0 + 1, static_cast<int>(std::floor(centre + laneHeight / 2 + 0.5)));
            for (const Run& run : runs) fillSpan(y0, y1, run.x0, run.x1, pixels[static_cast<size_t>(stateIndex(run.state))]);
            for (int column : markerColumns)
                fillSpan(y0, y1, column - 1, column + 2, pixels[static_cast<size_t>(stateIndex(TaskState::Running))]);
            continue;
        }
        for (const Run& run : runs) {
            const double h = thinLanes ? std::max(1.0, laneHeight) : laneHeight * TimelineTheme::barFraction(run.state);
            bars[static_cast<size_t>(stateIndex(run.state))].append(QRectF(run.x0, centre - h / 2, run.x1 - run.x0, h));
        }
        const double markerHeight =
            thinLanes ? std::max(1.0, laneHeight) : laneHeight * TimelineTheme::barFraction(TaskState::Running);
        for (int column : markerColumns)
            markers.append(QRectF(column - kMarkerWidth / 2 + 0.5, centre - markerHeight / 2, kMarkerWidth, markerHeight));
    }
    if (direct) {
        // The main layer holds nothing else inside the axis rect: copy instead of blending.
        painter->save();
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->drawImage(clip.topLeft(), raster_);
        painter->restore();
        return;
    }

    // Layers in paint order: stripes, then done up to running so the most interesting states lie
    // on top where they touch, then the markers of zero-length steps.
    std::vector<std::pair<const QVector<QRectF>*, QColor>> layers;
    layers.emplace_back(&stripes, theme_.laneStripe);
    for (int s = kStateCount - 1; s >= 0; --s)
        layers.emplace_back(&bars[static_cast<size_t>(s)], theme_.state(static_cast<TaskState>(s)));
    layers.emplace_back(&markers, theme_.running);

    if (raster && stats_.rectangles > kRasterThreshold) {
        // Tens of thousands of small rectangles cost QPainter far more than setting the pixels.
        if (raster_.size() != clip.size()) raster_ = QImage(clip.size(), QImage::Format_ARGB32_Premultiplied);
        raster_.fill(Qt::transparent);
        for (const auto& [rects, color] : layers) fillRects(raster_, clip.topLeft(), *rects, color);
        painter->drawImage(clip.topLeft(), raster_);
        return;
    }
    painter->setPen(Qt::NoPen);
    for (const auto& [rects, color] : layers) {
        if (rects->isEmpty()) continue;
        painter->setBrush(color);
        painter->drawRects(rects->constData(), static_cast<int>(rects->size()));
    }
}

}  // namespace loopstep
