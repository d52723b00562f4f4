#include "timeline_chart.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <cmath>

#include "timeline_cursor_label.h"
#include "timeline_legend.h"
#include "timeline_plottable.h"
#include "timeline_tickers.h"

namespace loopstep {

namespace {

constexpr double kHitTolerance = 3.0;         // pixels around a zero-wide running step
constexpr double kKeyPadding = 0.01;          // of the x extent, on each side

QString clockString(double t) { return QString::fromStdString(clock_text(t)); }

}  // namespace

TimelineChart::TimelineChart(QCustomPlot* plot)
    : QObject(plot), plot_(plot), laneTicker_(new LaneTicker) {
    plot_->setNoAntialiasingOnDrag(true);
    // The cursor and the hover outline live on layers of their own with their own paint buffers,
    // so moving them redraws neither the lanes nor the axes.
    plot_->addLayer(QStringLiteral("timeline-underlay"), plot_->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    underlay_ = plot_->layer(QStringLiteral("timeline-underlay"));
    underlay_->setMode(QCPLayer::lmBuffered);
    plot_->addLayer(QStringLiteral("timeline-overlay"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    overlay_ = plot_->layer(QStringLiteral("timeline-overlay"));
    overlay_->setMode(QCPLayer::lmBuffered);

    QCPAxisRect* rect = plot_->axisRect();
    plottable_ = new TimelinePlottable(plot_->xAxis, plot_->yAxis);
    // The ghost lies under the cursor's fill and the lanes, on the background's buffer.
    plot_->addLayer(QStringLiteral("timeline-ghost"), underlay_, QCustomPlot::limBelow);
    ghostPlottable_ = new TimelinePlottable(plot_->xAxis, plot_->yAxis);
    ghostPlottable_->setGhost(true);
    ghostPlottable_->setName(tr("Previous run"));
    ghostPlottable_->setLayer(QStringLiteral("timeline-ghost"));
    plot_->yAxis->setRangeReversed(true);
    plot_->yAxis->setTicker(laneTicker_);
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 4);
    plot_->yAxis->grid()->setVisible(false);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 4);
    plot_->xAxis->grid()->setSubGridVisible(false);
    plot_->xAxis2->setVisible(false);
    plot_->yAxis2->setVisible(false);

    // The cursor's label sits in a strip above the lanes.
    const int labelRoom = QFontMetrics(plot_->font()).height() + 8;
    rect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    rect->setMargins(QMargins(0, labelRoom, 0, 0));

    legend_ = new TimelineLegend(plot_);
    legend_->setFont(plot_->font());
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, legend_);
    plot_->plotLayout()->setRowSpacing(0);
    legend_->setMaximumSize(QWIDGETSIZE_MAX, legend_->minimumOuterSizeHint().height());

    cursorBand_ = new QCPItemRect(plot_);
    cursorBand_->setLayer(underlay_);
    cursorEdges_ = new QCPItemRect(plot_);
    cursorEdges_->setLayer(overlay_);
    for (QCPItemRect* rect : {cursorBand_, cursorEdges_}) {
        rect->setClipToAxisRect(true);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    cursorLabel_ = new TimelineCursorLabel(plot_);
    cursorLabel_->setLayer(overlay_);
    highlight_ = new QCPItemRect(plot_);
    highlight_->setLayer(overlay_);
    highlight_->setClipToAxisRect(true);
    highlight_->setVisible(false);

    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelineChart::constrainKeys);
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelineChart::constrainLanes);

    applyAxisMode();
    setTheme(theme_);
    updateCursor();
}

void TimelineChart::setModel(std::shared_ptr<const TimelineModel> model) {
    model_ = std::move(model);
    plottable_->setModel(model_);
    updateGhostLanes();
    laneTicker_->setModel(model_);
    highlightLane_ = highlightSegment_ = -1;
    highlight_->setVisible(false);
    if (model_ && currentTick_ >= model_->tickCount()) currentTick_ = model_->tickCount() - 1;
    updateTitle();
    constrainKeys(plot_->xAxis->range());
    constrainLanes(plot_->yAxis->range());
    updateCursor();
}

void TimelineChart::setGhostModel(std::shared_ptr<const TimelineModel> ghost, const QString& label) {
    ghost_ = std::move(ghost);
    legend_->setGhostLabel(ghost_ ? (label.isEmpty() ? tr("previous run") : label) : QString());
    ghostPlottable_->setModel(ghost_);
    updateGhostLanes();
}

void TimelineChart::updateGhostLanes() {
    std::vector<int> map;
    if (ghost_ && model_) {
        QHash<QString, int> byTitle, byLabel;
        for (int i = model_->laneCount() - 1; i >= 0; --i) {
            byTitle.insert(model_->lane(i).title(), i);
            byLabel.insert(model_->lane(i).label, i);
        }
        map.reserve(static_cast<size_t>(ghost_->laneCount()));
        for (int i = 0; i < ghost_->laneCount(); ++i) {
            const TimelineLane& lane = ghost_->lane(i);
            map.push_back(byTitle.value(lane.title(), byLabel.value(lane.label, -1)));
        }
    }
    ghostPlottable_->setLaneMap(std::move(map));
    const bool ghost = ghost_ && model_;
    plottable_->setStripes(!ghost);
    ghostPlottable_->setStripes(ghost, model_ ? model_->laneCount() : 0);
}

void TimelineChart::setAxisMode(AxisMode mode) {
    if (mode == mode_) return;
    const bool all = showsAllKeys();
    int firstTick = 0, lastTick = 0;
    if (model_ && model_->tickCount() > 0) {
        const QCPRange keys = plot_->xAxis->range();
        firstTick = model_->tickAt(keys.lower, mode_);
        lastTick = model_->tickAt(keys.upper, mode_);
    }
    mode_ = mode;
    applyAxisMode();
    if (all || !model_ || model_->tickCount() == 0) {
        plot_->xAxis->setRange(fullKeyRange());
    } else {
        double lower = model_->tickStart(firstTick, mode_);
        double upper = model_->tickEnd(lastTick, mode_);
        if (upper <= lower) {
            // The ticks in view took no virtual time: show a little around them.
            const double around = std::max(fullKeyRange().size() * 0.01, 1e-3);
            lower -= around;
            upper += around;
        }
        plot_->xAxis->setRange(lower, upper);
    }
    updateCursor();
    if (highlightLane_ >= 0) setHighlight(highlightLane_, highlightSegment_);
}

void TimelineChart::applyAxisMode() {
    plottable_->setAxisMode(mode_);
    legend_->setShowSteps(mode_ == AxisMode::Seconds);
    ghostPlottable_->setAxisMode(mode_);
    if (mode_ == AxisMode::Ticks) {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new TickColumnTicker));
        plot_->xAxis->setLabel(tr("tick (one column per task step)"));
    } else {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot_->xAxis->setLabel(tr("virtual time (s)"));
    }
    updateLabelDensity();
}

void TimelineChart::setTheme(const TimelineTheme& theme) {
    theme_ = theme;
    plottable_->setTheme(theme);
    ghostPlottable_->setTheme(theme);
    legend_->setTheme(theme);
    plot_->setBackground(theme.background);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(theme.axis, 1));
        axis->setTickPen(QPen(theme.axis, 1));
        axis->setLabelColor(theme.subtleText);
        axis->setTickLabelColor(theme.text);
        axis->grid()->setPen(QPen(theme.grid, 1, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    cursorBand_->setPen(Qt::NoPen);
    cursorBand_->setBrush(theme.cursorBand);
    cursorEdges_->setPen(QPen(theme.cursor, 1.5));
    cursorEdges_->setBrush(Qt::NoBrush);
    cursorLabel_->setColor(theme.background);
    cursorLabel_->setBrush(theme.cursor);
    cursorLabel_->setPen(Qt::NoPen);
    highlight_->setPen(QPen(theme.text, 1.5));
    highlight_->setBrush(Qt::NoBrush);
}

void TimelineChart::setFont(const QFont& font) {
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    cursorLabel_->setFont(font);
    legend_->setFont(font);
    legend_->setMaximumSize(QWIDGETSIZE_MAX, legend_->minimumOuterSizeHint().height());
    plot_->axisRect()->setMargins(QMargins(0, QFontMetrics(font).height() + 8, 0, 0));
    updateLabelDensity();
}

void TimelineChart::setCurrentTick(int tick) {
    currentTick_ = tick;
    if (model_) currentTick_ = std::min(currentTick_, model_->tickCount() - 1);
    updateCursor();
}

void TimelineChart::updateCursor() {
    const bool visible = model_ && currentTick_ >= 0 && model_->tickCount() > 0;
    cursorBand_->setVisible(visible);
    cursorEdges_->setVisible(visible);
    cursorLabel_->setVisible(visible);
    if (!visible) return;
    const double start = model_->tickStart(currentTick_, mode_);
    const double end = model_->tickEnd(currentTick_, mode_);
    for (QCPItemRect* rect : {cursorBand_, cursorEdges_}) {
        rect->topLeft->setCoords(start, 0.0);
        rect->bottomRight->setCoords(end, 1.0);
    }
    cursorLabel_->setSpan(start, end);
    QString text = QStringLiteral("T%1").arg(currentTick_);
    text += QStringLiteral("  t=") + clockString(model_->tickStart(currentTick_, AxisMode::Seconds));
    cursorLabel_->setText(text);
}

QRectF TimelineChart::cursorLabelRect() const {
    return cursorLabel_->visible() ? cursorLabel_->drawnRect() : QRectF();
}

QCPRange TimelineChart::cursorSpan() const {
    if (!cursorBand_->visible()) return QCPRange(0, 0);
    return QCPRange(cursorBand_->topLeft->key(), cursorBand_->bottomRight->key());
}

void TimelineChart::setHighlight(int lane, int segment) {
    highlightLane_ = lane;
    highlightSegment_ = segment;
    const bool visible = model_ && lane >= 0 && lane < model_->laneCount() && segment >= 0 &&
                         static_cast<size_t>(segment) < model_->lane(lane).segments.size();
    highlight_->setVisible(visible);
    if (!visible) return;
    const TimelineSegment& s = model_->lane(lane).segments[static_cast<size_t>(segment)];
    const double half = std::max(TimelineTheme::barFraction(s.state), 0.3) / 2 + 0.04;
    highlight_->topLeft->setCoords(s.start(mode_), lane - half);
    highlight_->bottomRight->setCoords(s.end(mode_), lane + half);
}

void TimelineChart::updateTitle() {
    if (!model_ || !model_->trace()) {
        legend_->setTitle(QString());
        legend_->setNote(QString());
        return;
    }
    const Trace& trace = *model_->trace();
    legend_->setTitle(QFileInfo(QString::fromStdString(trace.filename)).fileName());
    const int ticks = model_->tickCount();
    const int tasks = model_->laneCount() - 1;  // the module's lane is no task
    QString note = (ticks == 1 ? tr("1 tick") : tr("%1 ticks").arg(ticks)) + QStringLiteral(" \u00b7 ") +
                   (tasks == 1 ? tr("1 task") : tr("%1 tasks").arg(tasks)) + QStringLiteral(" \u00b7 ") +
                   tr("%1 s virtual").arg(clockString(model_->keyEnd(AxisMode::Seconds)));
    switch (trace.result.status) {
        case RunStatus::Ok: break;
        case RunStatus::Deadlock: note += QStringLiteral(" \u00b7 ") + tr("deadlock"); break;
        case RunStatus::BudgetExceeded: note += QStringLiteral(" \u00b7 ") + tr("stopped: a budget ran out"); break;
        case RunStatus::UncaughtException:
        case RunStatus::SourceError:
            note += QStringLiteral(" \u00b7 ") + QString::fromStdString(trace.result.error_line);
            break;
    }
    legend_->setNote(note);
}

QCPRange TimelineChart::fullKeyRange() const {
    double end = model_ ? model_->keyEnd(mode_) : 1.0;
    if (model_ && ghost_) end = std::max(end, ghost_->keyEnd(mode_));
    if (end <= 0.0) return QCPRange(-0.05, 1.0);  // everything happened at t=0
    const double pad = end * kKeyPadding;
    return QCPRange(-pad, end + pad);
}

bool TimelineChart::showsAllKeys() const {
    const QCPRange full = fullKeyRange();
    const QCPRange keys = plot_->xAxis->range();
    return keys.lower <= full.lower + full.size() * 1e-6 && keys.upper >= full.upper - full.size() * 1e-6;
}

void TimelineChart::showAll() {
    const int lanes = model_ ? std::max(model_->laneCount(), 1) : 1;
    setView(fullKeyRange(), QCPRange(-0.5, lanes - 0.5));
}

void TimelineChart::showFit() {
    const int lanes = model_ ? std::max(model_->laneCount(), 1) : 1;
    layoutNow();
    const int fit = std::max(1, static_cast<int>(plot_->axisRect()->height() / kMinFitLaneHeight));
    setView(fullKeyRange(), QCPRange(-0.5, std::min(lanes, fit) - 0.5));
}

void TimelineChart::setView(const QCPRange& keys, const QCPRange& lanes) {
    plot_->xAxis->setRange(keys);
    plot_->yAxis->setRange(lanes);
    updateLabelDensity();
}

QCPRange TimelineChart::keyRange() const { return plot_->xAxis->range(); }
QCPRange TimelineChart::laneRange() const { return plot_->yAxis->range(); }

void TimelineChart::constrainKeys(const QCPRange& range) {
    if (constraining_) return;
    const QCPRange full = fullKeyRange();
    const double minSize = mode_ == AxisMode::Ticks ? 2.0 : std::max(full.size() * 1e-9, 1e-6);
    QCPRange r = range;
    if (r.size() >= full.size()) {
        r = full;
    } else {
        if (r.size() < minSize) r = QCPRange(r.center() - minSize / 2, r.center() + minSize / 2);
        if (r.lower < full.lower) r += full.lower - r.lower;
        if (r.upper > full.upper) r -= r.upper - full.upper;
    }
    if (r == range) return;
    constraining_ = true;
    plot_->xAxis->setRange(r);
    constraining_ = false;
}

void TimelineChart::constrainLanes(const QCPRange& range) {
    if (constraining_) return;
    const int lanes = model_ ? std::max(model_->laneCount(), 1) : 1;
    const QCPRange full(-0.5, lanes - 0.5);
    QCPRange r = range;
    if (r.size() >= full.size()) {
        r = full;
    } else {
        if (r.size() < 1.0) r = QCPRange(r.center() - 0.5, r.center() + 0.5);
        if (r.lower < full.lower) r += full.lower - r.lower;
        if (r.upper > full.upper) r -= r.upper - full.upper;
    }
    if (r != range) {
        constraining_ = true;
        plot_->yAxis->setRange(r);
        constraining_ = false;
    }
    updateLabelDensity();
}

void TimelineChart::updateLabelDensity() {
    const int lineHeight = QFontMetrics(plot_->yAxis->tickLabelFont()).height() + 2;
    laneTicker_->setMaxLabels(std::max(1, plot_->axisRect()->height() / lineHeight));
    const int labelWidth = QFontMetrics(plot_->xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("T000000")) + 24;
    plot_->xAxis->ticker()->setTickCount(std::max(2, plot_->axisRect()->width() / labelWidth));
}

void TimelineChart::layoutNow() {
    QCPLayoutGrid* layout = plot_->plotLayout();
    layout->setOuterRect(plot_->viewport());
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

void TimelineChart::replotOverlay() {
    underlay_->replot();
    overlay_->replot();
}

TimelineChart::Hit TimelineChart::hitAt(const QPointF& pos) const {
    Hit hit;
    if (!model_ || !plot_->axisRect()->rect().contains(pos.toPoint())) return hit;
    const int lane = static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(pos.y())));
    if (lane < 0 || lane >= model_->laneCount()) return hit;
    hit.lane = lane;
    const double key = plot_->xAxis->pixelToCoord(pos.x());
    const double scale = std::abs(plot_->xAxis->coordToPixel(1.0) - plot_->xAxis->coordToPixel(0.0));
    const double tolerance = scale > 0 ? kHitTolerance / scale : 0.0;
    hit.segment = model_->segmentAt(lane, key, mode_, tolerance);
    return hit;
}

QString TimelineChart::describeAt(const QPointF& pos) const {
    const Hit hit = hitAt(pos);
    return hit.segment >= 0 ? model_->describe(hit.lane, hit.segment) : QString();
}

int TimelineChart::tickAt(const QPointF& pos) const {
    if (!model_ || !plot_->axisRect()->rect().contains(pos.toPoint())) return -1;
    const Hit hit = hitAt(pos);
    if (hit.segment >= 0) {
        const TimelineSegment& s = model_->lane(hit.lane).segments[static_cast<size_t>(hit.segment)];
        if (s.state == TaskState::Running) return model_->tickOfSegment(s);
    }
    return model_->tickAt(plot_->xAxis->pixelToCoord(pos.x()), mode_);
}

QPointF TimelineChart::pixelAt(double key, int lane) const {
    return QPointF(plot_->xAxis->coordToPixel(key), plot_->yAxis->coordToPixel(lane));
}

}  // namespace loopstep
