#include "timeline_widget.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "timeline_chart.h"
#include "timeline_export.h"
#include "timeline_overview.h"

namespace loopstep {

namespace {

constexpr int kClickSlop = 4;  // pixels a press may move and still be a click
constexpr int kScrollUnitsPerLane = 8;  // the lane scroll bar moves in eighths of a lane

}  // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    setObjectName(QStringLiteral("timeline"));
    chart_ = new TimelineChart(plot_);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->axisRect()->setRangeZoomFactor(0.85);
    plot_->setMouseTracking(true);
    plot_->setFocusPolicy(Qt::StrongFocus);
    plot_->setToolTip(QString());

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto* axisLabel = new QLabel(tr("X axis:"), this);
    secondsButton_ = new QToolButton(this);
    secondsButton_->setText(tr("&Seconds"));
    secondsButton_->setToolTip(tr("Virtual time on the x axis"));
    ticksButton_ = new QToolButton(this);
    ticksButton_->setText(tr("T&icks"));
    ticksButton_->setToolTip(tr("One column per task step on the x axis"));
    for (QToolButton* button : {secondsButton_, ticksButton_}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
    }
    auto* group = new QButtonGroup(this);
    group->addButton(secondsButton_);
    group->addButton(ticksButton_);
    secondsButton_->setChecked(true);
    auto* fitButton = new QToolButton(this);
    fitButton->setText(tr("&Fit"));
    fitButton->setAutoRaise(true);
    fitButton->setToolTip(
        tr("Show every tick and every lane that fits (wheel zooms, Ctrl+wheel zooms lanes, Shift+wheel "
           "scrolls lanes, drag pans)"));
    bar->addWidget(axisLabel);
    bar->addWidget(secondsButton_);
    bar->addWidget(ticksButton_);
    bar->addSpacing(12);
    bar->addWidget(fitButton);
    bar->addStretch(1);

    overview_ = new TimelineOverview(this);
    laneScroll_ = new QScrollBar(Qt::Vertical, this);
    laneScroll_->setObjectName(QStringLiteral("timelineLaneScroll"));
    laneScroll_->setToolTip(tr("Scroll the lanes (Shift+wheel over the timeline)"));
    laneScroll_->setVisible(false);
    auto* plotRow = new QHBoxLayout;
    plotRow->setContentsMargins(0, 0, 0, 0);
    plotRow->setSpacing(0);
    plotRow->addWidget(plot_, 1);
    plotRow->addWidget(laneScroll_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(overview_);
    layout->addLayout(plotRow, 1);

    connect(secondsButton_, &QToolButton::clicked, this, [this] { setAxisMode(AxisMode::Seconds); });
    connect(ticksButton_, &QToolButton::clicked, this, [this] { setAxisMode(AxisMode::Ticks); });
    connect(fitButton, &QToolButton::clicked, this, &TimelineWidget::fitView);
    connect(plot_, &QCustomPlot::mousePress, this, &TimelineWidget::onMousePress);
    connect(plot_, &QCustomPlot::mouseMove, this, &TimelineWidget::onMouseMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, &TimelineWidget::onMouseRelease);
    connect(plot_, &QCustomPlot::mouseWheel, this, &TimelineWidget::onMouseWheel);
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelineWidget::syncNavigation);
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelineWidget::syncNavigation);
    connect(laneScroll_, &QScrollBar::valueChanged, this, &TimelineWidget::scrollLanesTo);
    connect(overview_, &TimelineOverview::moveRequested, this, &TimelineWidget::moveViewTo);
    connect(overview_, &TimelineOverview::scrollRequested, this, [this](double lanes) {
        plot_->yAxis->moveRange(lanes);
        lanesTouched_ = true;
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    applyPaletteTheme();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setTrace(std::shared_ptr<const Trace> trace) {
    setModel(trace ? std::make_shared<const TimelineModel>(std::move(trace)) : nullptr);
}

void TimelineWidget::setModel(std::shared_ptr<const TimelineModel> model) {
    const bool hadModel = chart_->model() != nullptr;
    const bool keepView = hadModel && !chart_->showsAllKeys();
    const QCPRange keys = chart_->keyRange();
    const QCPRange lanes = chart_->laneRange();
    chart_->setModel(std::move(model));
    overview_->setModel(chart_->model());
    hoverLane_ = hoverSegment_ = -1;
    if (keepView) {
        chart_->setView(keys, lanes);
    } else if (hadModel && lanesTouched_) {
        chart_->setView(chart_->fullKeyRange(), lanes);
    } else {
        lanesTouched_ = false;
        chart_->showFit();
    }
    plot_->replot();
}

std::shared_ptr<const TimelineModel> TimelineWidget::model() const { return chart_->model(); }

void TimelineWidget::setGhostModel(std::shared_ptr<const TimelineModel> ghost, const QString& label) {
    ghostLabel_ = label;
    chart_->setGhostModel(std::move(ghost), label);
}

std::shared_ptr<const TimelineModel> TimelineWidget::ghostModel() const { return chart_->ghostModel(); }

void TimelineWidget::replotNow() {
    // The ghost may reach further than the run: refit a full view.
    if (chart_->model() && !lanesTouched_) chart_->setView(chart_->fullKeyRange(), chart_->laneRange());
    plot_->replot();
}

void TimelineWidget::setCurrentTick(int tick) {
    if (tick == chart_->currentTick()) return;
    chart_->setCurrentTick(tick);
    chart_->replotOverlay();
}

int TimelineWidget::currentTick() const { return chart_->currentTick(); }

void TimelineWidget::setAxisMode(AxisMode mode) {
    secondsButton_->setChecked(mode == AxisMode::Seconds);
    ticksButton_->setChecked(mode == AxisMode::Ticks);
    if (mode == chart_->axisMode()) return;
    chart_->setAxisMode(mode);
    overview_->setAxisMode(mode);
    syncNavigation();
    plot_->replot();
    emit axisModeChanged(mode);
}

AxisMode TimelineWidget::axisMode() const { return chart_->axisMode(); }

void TimelineWidget::fitView() {
    lanesTouched_ = false;
    chart_->showFit();
    plot_->replot();
}

bool TimelineWidget::exportImage(const QString& path, int width, int height, bool dark, QString* error, double scale) const {
    TimelineImageOptions options;
    options.scale = scale;
    options.ghost = chart_->ghostModel();
    options.ghostLabel = ghostLabel_;
    options.width = width;
    options.height = height;
    options.dark = dark;
    options.axisMode = chart_->axisMode();
    options.currentTick = chart_->currentTick();
    if (chart_->model()) {
        if (!chart_->showsAllKeys()) options.keys = chart_->keyRange();
        options.lanes = chart_->laneRange();
    }
    return exportTimelineImage(chart_->model(), options, path, error);
}

QString TimelineWidget::describeAt(const QPoint& pos) const { return chart_->describeAt(pos); }

int TimelineWidget::tickAt(const QPoint& pos) const { return chart_->tickAt(pos); }

void TimelineWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPaletteTheme();
        plot_->replot();
    }
    if (event->type() == QEvent::FontChange) {
        chart_->setFont(font());
        plot_->replot();
    }
}

void TimelineWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (refitQueued_) return;
    refitQueued_ = true;
    // The plot gets its new size after this event: lay out once it has.
    QTimer::singleShot(0, this, [this] {
        refitQueued_ = false;
        chart_->layoutNow();
        if (!lanesTouched_ && chart_->model()) {
            // Until the user scrolls the lanes, the lanes in view follow the panel's height.
            const QCPRange keys = chart_->keyRange();
            chart_->showFit();
            chart_->setView(keys, chart_->laneRange());
        }
        chart_->updateLabelDensity();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

void TimelineWidget::applyPaletteTheme() {
    chart_->setTheme(TimelineTheme::forPalette(palette()));
    overview_->setTheme(chart_->theme());
}

void TimelineWidget::syncNavigation() {
    if (syncing_) return;
    syncing_ = true;
    const QCPRange lanes = chart_->laneRange();
    const int laneCount = chart_->model() ? chart_->model()->laneCount() : 0;
    const int shown = static_cast<int>(std::lround(lanes.size() * kScrollUnitsPerLane));
    const int total = laneCount * kScrollUnitsPerLane;
    const bool needed = chart_->model() && shown < total;
    laneScroll_->setRange(0, needed ? total - shown : 0);
    laneScroll_->setPageStep(std::max(1, shown));
    laneScroll_->setSingleStep(kScrollUnitsPerLane);
    laneScroll_->setValue(static_cast<int>(std::lround((lanes.lower + 0.5) * kScrollUnitsPerLane)));
    laneScroll_->setVisible(needed);
    overview_->setView(chart_->fullKeyRange(), chart_->keyRange(), lanes);
    syncing_ = false;
}

void TimelineWidget::scrollLanesTo(int value) {
    if (syncing_) return;
    const double size = chart_->laneRange().size();
    const double lower = static_cast<double>(value) / kScrollUnitsPerLane - 0.5;
    plot_->yAxis->setRange(lower, lower + size);
    lanesTouched_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::moveViewTo(double key, double lane) {
    const QCPRange keys = chart_->keyRange();
    const QCPRange lanes = chart_->laneRange();
    plot_->xAxis->setRange(key - keys.size() / 2, key + keys.size() / 2);
    plot_->yAxis->setRange(lane - lanes.size() / 2, lane + lanes.size() / 2);
    if (lanes.size() < (chart_->model() ? chart_->model()->laneCount() : 0)) lanesTouched_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::onMousePress(QMouseEvent* event) {
    pressed_ = event->button() == Qt::LeftButton;
    pressPos_ = event->pos();
    QToolTip::hideText();
}

void TimelineWidget::onMouseMove(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) {
        if ((event->pos() - pressPos_).manhattanLength() > kClickSlop) lanesTouched_ = true;
        return;  // dragging pans; no hover meanwhile
    }
    updateHover(event->pos(), event->globalPosition().toPoint());
}

void TimelineWidget::onMouseRelease(QMouseEvent* event) {
    const bool click = pressed_ && event->button() == Qt::LeftButton &&
                       (event->pos() - pressPos_).manhattanLength() <= kClickSlop;
    pressed_ = false;
    if (!click) return;
    const int tick = chart_->tickAt(event->pos());
    if (tick >= 0) emit tickClicked(tick);
}

void TimelineWidget::onMouseWheel(QWheelEvent* event) {
    // QCustomPlot zooms after this signal; the modifiers pick what the wheel does.
    QCPAxisRect* rect = plot_->axisRect();
    if (event->modifiers() & Qt::ShiftModifier) {
        rect->setRangeZoom(Qt::Orientations());
        const double lanes = event->angleDelta().y() > 0 ? -3.0 : 3.0;
        plot_->yAxis->moveRange(lanes);
        lanesTouched_ = true;
        plot_->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->modifiers() & Qt::ControlModifier) {
        rect->setRangeZoom(Qt::Vertical);
        lanesTouched_ = true;
    } else {
        rect->setRangeZoom(Qt::Horizontal);
    }
}

void TimelineWidget::updateHover(const QPoint& pos, const QPoint& globalPos) {
    const TimelineChart::Hit hit = chart_->hitAt(pos);
    if (hit.lane != hoverLane_ || hit.segment != hoverSegment_) {
        hoverLane_ = hit.lane;
        hoverSegment_ = hit.segment;
        chart_->setHighlight(hit.lane, hit.segment);
        chart_->replotOverlay();
    }
    const QString text = hit.segment >= 0 ? chart_->model()->describe(hit.lane, hit.segment) : QString();
    if (text.isEmpty()) QToolTip::hideText();
    else QToolTip::showText(globalPos, text, plot_);
}

}  // namespace loopstep
