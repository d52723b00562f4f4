#include "timeline_plottable.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <cmath>

namespace loopstep {

namespace {

constexpr int kStateCount = kTimelineStates;
constexpr size_t kRasterThreshold = 8000;  // rectangles beyond which raster output sets pixels
// A stack's parts from the top down: the states a learner looks for first lie on top.
constexpr TaskState kStackOrder[] = {TaskState::Running, TaskState::Ready, TaskState::Busy, TaskState::Done};

size_t stateIndex(TaskState s) { return static_cast<size_t>(s); }

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
        if (y1 <= y0 && y0 < height && r.height() >= 0.5) y1 = y0 + 1;
        for (int y = y0; y < y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(bits + y * stride);
            std::fill(line + x0, line + std::max(x0, x1), pixel);
        }
    }
}

// A shared column's colour when it is too thin to stack: the states' colours mixed by share.
QRgb mixedPixel(const StateTimes& shares, const std::array<QRgb, kStateCount>& colours) {
    double r = 0.5, g = 0.5, b = 0.5;
    for (size_t s = 0; s < colours.size(); ++s) {
        r += shares[s] * qRed(colours[s]);
        g += shares[s] * qGreen(colours[s]);
        b += shares[s] * qBlue(colours[s]);
    }
    return qRgb(static_cast<int>(r), static_cast<int>(g), static_cast<int>(b));
}

// A shared column's height: the states' bar heights averaged by share, so the stack meets the
// bars on either side at their heights and a column 99 % busy is as tall as busy.
double stackFraction(const StateTimes& shares) {
    double fraction = 0.0;
    for (int s = 0; s < kStateCount; ++s)
        fraction += shares[static_cast<size_t>(s)] * TimelineTheme::barFraction(static_cast<TaskState>(s));
    return fraction;
}

// A step mark stands alone when neither neighbouring column has one: then it is drawn through
// the lane; among dense steps only the notches show, as a line along the lane's upper edge.
bool stepStandsAlone(const std::vector<int>& steps, size_t i) {
    return (i == 0 || steps[i - 1] < steps[i] - 1) && (i + 1 == steps.size() || steps[i + 1] > steps[i] + 1);
}

// The notch's height for lanes `laneHeight` pixels high: it sits between the lane's edge and the
// running bar, so it never covers a bar.
double notchHeight(double laneHeight) {
    const double room = laneHeight * (1.0 - TimelineTheme::barFraction(TaskState::Running)) / 2;
    return std::clamp(std::floor(room), 1.0, 3.0);
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

bool TimelinePlottable::geometry(ColumnGeometry& g) const {
    QCPAxis* keyAxis = mKeyAxis.data();
    if (!keyAxis || !mValueAxis || !model_ || model_->laneCount() == 0) return false;
    const QRect clip = clipRect();
    g.left = clip.left();
    g.right = clip.right() + 1;
    g.origin = keyAxis->coordToPixel(0.0);
    g.scale = keyAxis->coordToPixel(1.0) - g.origin;
    return g.scale > 0.0 && g.right > g.left;
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
    ColumnGeometry g;
    if (!geometry(g)) return;
    QCPAxis* valueAxis = mValueAxis.data();
    const QRect clip = clipRect();
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

    // The ghost is an outline of the other run: each column in its main state, runs of equal
    // columns as one dashed rectangle, and only the steps that stand alone.
    std::array<QVector<QRectF>, kStateCount> bars;
    QVector<QRectF> markers;
    for (int lane = 0; lane < model_->laneCount() && static_cast<size_t>(lane) < laneMap_.size(); ++lane) {
        const int shown = laneMap_[static_cast<size_t>(lane)];
        if (shown < 0 || shown < values.lower - 0.5 || shown > values.upper + 0.5) continue;
        const double centre = valueAxis->coordToPixel(shown);
        computeLaneColumns(*model_, lane, mode_, g, columns_);
        // A little taller than the current run's bars, so where both runs agree the ghost shows
        // as a faint rim, and where they differ it stands out on its own.
        auto add = [&](TaskState state, int x0, int x1) {
            const double h = laneHeight * std::min(0.96, TimelineTheme::barFraction(state) + 0.36);
            bars[stateIndex(state)].append(QRectF(x0, centre - h / 2, x1 - x0, h));
        };
        int runStart = 0, runEnd = 0;
        TaskState runState = TaskState::Busy;
        for (const ColumnSpan& span : columns_.spans) {
            if (runEnd > runStart && (span.dominant != runState || span.x0 != runEnd)) {
                add(runState, runStart, runEnd);
                runStart = runEnd;
            }
            if (runEnd <= runStart) {
                runStart = span.x0;
                runState = span.dominant;
            }
            runEnd = span.x1;
        }
        if (runEnd > runStart) add(runState, runStart, runEnd);
        const double h = laneHeight * 0.94;
        for (size_t i = 0; i < columns_.steps.size(); ++i)
            if (stepStandsAlone(columns_.steps, i)) markers.append(QRectF(columns_.steps[i], centre - h / 2, 1.0, h));
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
        QColor fill = theme_.running;
        fill.setAlpha(140);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRects(markers.constData(), static_cast<int>(markers.size()));
    }
}

void TimelinePlottable::drawLanes(QCPPainter* painter) {
    ColumnGeometry g;
    if (!geometry(g)) return;
    QCPAxis* valueAxis = mValueAxis.data();
    const QRect clip = clipRect();
    const int left = g.left;
    const int right = g.right;
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
    QVector<QRectF> marks;  // running colour: steps standing alone, and the notches
    const double runningHeight = laneHeight * TimelineTheme::barFraction(TaskState::Running);
    const double notch = notchHeight(laneHeight);
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
        computeLaneColumns(*model_, lane, mode_, g, columns_);
        stats_.segments += columns_.segmentsVisited;
        stats_.rectangles += columns_.spans.size() + columns_.steps.size();
        stats_.steps += columns_.steps.size();
        if (direct) {
            const int y0 = static_cast<int>(std::floor(centre - laneHeight / 2 + 0.5));
            const int y1 = std::max(y0 + 1, static_cast<int>(std::floor(centre + laneHeight / 2 + 0.5)));
            for (const ColumnSpan& span : columns_.spans) {
                if (!span.pure) ++stats_.sharedColumns;
                fillSpan(y0, y1, span.x0, span.x1, span.pure ? pixels[stateIndex(span.dominant)] : mixedPixel(span.shares, pixels));
            }
            for (size_t i = 0; i < columns_.steps.size(); ++i)
                if (stepStandsAlone(columns_.steps, i))
                    fillSpan(y0, y1, columns_.steps[i], columns_.steps[i] + 1, pixels[stateIndex(TaskState::Running)]);
            continue;
        }
        for (const ColumnSpan& span : columns_.spans) {
            if (span.pure) {
                const double h = thinLanes ? std::max(1.0, laneHeight) : laneHeight * TimelineTheme::barFraction(span.dominant);
                // A wide segment's end leaves a one-pixel gap, so two in a row read as two.
                const int x1 = span.endsWideSegment && span.x1 - span.x0 > 1 ? span.x1 - 1 : span.x1;
                bars[stateIndex(span.dominant)].append(QRectF(span.x0, centre - h / 2, x1 - span.x0, h));
                continue;
            }
            ++stats_.sharedColumns;
            if (thinLanes) {
                const double h = std::max(1.0, laneHeight);
                bars[stateIndex(span.dominant)].append(QRectF(span.x0, centre - h / 2, span.x1 - span.x0, h));
                continue;
            }
            // A stack: each state's part as tall as its share of the column's time.
            const double height = laneHeight * stackFraction(span.shares);
            double top = centre - height / 2;
            for (TaskState state : kStackOrder) {
                const double part = height * span.shares[stateIndex(state)];
                if (part <= 0.0) continue;
                bars[stateIndex(state)].append(QRectF(span.x0, top, span.x1 - span.x0, part));
                top += part;
            }
        }
        const double markHeight = thinLanes ? std::max(1.0, laneHeight) : runningHeight;
        for (size_t i = 0; i < columns_.steps.size(); ++i) {
            const int x = columns_.steps[i];
            if (!thinLanes) marks.append(QRectF(x, centre - runningHeight / 2 - notch, 1.0, notch));
            if (stepStandsAlone(columns_.steps, i)) marks.append(QRectF(x, centre - markHeight / 2, 1.0, markHeight));
        }
    }
    if (direct) {
        // The main layer holds nothing else inside the axis rect: copy instead of blending.
        painter->save();
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->drawImage(clip.topLeft(), raster_);
        painter->restore();
        return;
    }

    // Layers in paint order: stripes, then done up to running (a stack's parts never overlap;
    // this only orders the one-pixel rounding where bars meet), then the step marks.
    std::vector<std::pair<const QVector<QRectF>*, QColor>> layers;
    layers.emplace_back(&stripes, theme_.laneStripe);
    for (int s = kStateCount - 1; s >= 0; --s)
        layers.emplace_back(&bars[static_cast<size_t>(s)], theme_.state(static_cast<TaskState>(s)));
    layers.emplace_back(&marks, theme_.running);

    size_t rectangles = 0;
    for (const auto& layer : layers) rectangles += static_cast<size_t>(layer.first->size());
    stats_.rectangles = rectangles;
    if (raster && rectangles > kRasterThreshold) {
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
