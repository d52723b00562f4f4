// Getting around a large timeline: every lane reachable by the scroll bar, Fit showing every lane
// that fits, the overview moving the view, 10,000 tasks, and the cursor's label kept inside the
// plot at its edges, on screen and in exports.
#include <qcustomplot.h>

#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "engine.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_export.h"
#include "timeline/timeline_model.h"
#include "timeline/timeline_overview.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"

using namespace loopstep;

namespace {

// `tasks` workers that each sleep a little, as a learner would fan work out.
std::shared_ptr<const Trace> fanOut(int tasks) {
    const std::string source =
        "import asyncio\n\n\n"
        "async def worker(n):\n"
        "    await asyncio.sleep(n % 7 / 10)\n"
        "    return n\n\n\n"
        "async def main():\n"
        "    await asyncio.gather(*[worker(n) for n in range(" +
        std::to_string(tasks) +
        ")])\n\n\n"
        "asyncio.run(main())\n";
    auto trace = std::make_shared<Trace>();
    run_program(source, "fan_out.py", RunOptions{}, OutputSinks{}, trace.get());
    return trace;
}

bool near(double a, double b) {
    return std::abs(a - b) < 1e-6;
}

}  // namespace

class TestGuiTimelineNavigation : public QObject {
    Q_OBJECT

private slots:
    void scrollBarReachesEveryLane();
    void fitShowsAllLanes();
    void overviewMovesTheView();
    void tenThousandTasks();
    void cursorLabelStaysInside();
    void exportedCursorLabelInside();
};

void TestGuiTimelineNavigation::scrollBarReachesEveryLane() {
    TimelineWidget widget;
    widget.resize(900, 320);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(fanOut(60));
    const int lanes = widget.model()->laneCount();
    QCOMPARE(lanes, 62);  // the module, main, 60 workers
    QTRY_VERIFY(widget.laneScrollBar()->isVisible());
    QVERIFY(widget.chart()->laneRange().upper < lanes - 1);
    QScrollBar* bar = widget.laneScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY2(near(widget.chart()->laneRange().upper, lanes - 0.5),
             qPrintable(QString::number(widget.chart()->laneRange().upper)));
    widget.plot()->replot();
    // The last lane is on screen and answers the mouse.
    const QPoint last = widget.chart()->pixelAt(0.05, lanes - 1).toPoint();
    QVERIFY(widget.plot()->axisRect()->rect().contains(last));
    QVERIFY2(widget.describeAt(last).startsWith(widget.model()->lane(lanes - 1).title()),
             qPrintable(widget.describeAt(last)));
    // Scrolling the lanes another way moves the bar along.
    widget.plot()->yAxis->setRange(-0.5, widget.chart()->laneRange().size() - 0.5);
    QCOMPARE(bar->value(), 0);
}

void TestGuiTimelineNavigation::fitShowsAllLanes() {
    TimelineWidget widget;
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(fanOut(18));
    const int lanes = widget.model()->laneCount();
    QCOMPARE(lanes, 20);
    // Zoomed into two lanes and a tenth of the run, Fit brings back every tick and every lane.
    widget.plot()->yAxis->setRange(3.5, 5.5);
    widget.plot()->xAxis->setRange(0.1, 0.2);
    widget.fitView();
    QCOMPARE(widget.chart()->laneRange(), QCPRange(-0.5, lanes - 0.5));
    QVERIFY(widget.chart()->showsAllKeys());
    QVERIFY(!widget.laneScrollBar()->isVisible());
    const double laneHeight = widget.chart()->pixelAt(0, 1).y() - widget.chart()->pixelAt(0, 0).y();
    QVERIFY2(laneHeight >= TimelineChart::kMinFitLaneHeight, qPrintable(QString::number(laneHeight)));

    // More lanes than fit at the smallest height: as many as fit, and the scroll bar for the rest.
    widget.setTrace(fanOut(300));
    widget.fitView();
    const QCPRange shown = widget.chart()->laneRange();
    QCOMPARE(shown.lower, -0.5);
    const double fit = widget.plot()->axisRect()->height() / TimelineChart::kMinFitLaneHeight;
    QVERIFY2(shown.size() <= fit && shown.size() > fit - 1.5,
             qPrintable(QStringLiteral("%1 of %2").arg(shown.size()).arg(fit)));
    QTRY_VERIFY(widget.laneScrollBar()->isVisible());
}

void TestGuiTimelineNavigation::overviewMovesTheView() {
    TimelineWidget widget;
    widget.resize(900, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(fanOut(100));
    TimelineOverview* overview = widget.overview();
    QVERIFY(overview->isVisible());
    const QCPRange full = widget.chart()->fullKeyRange();
    widget.plot()->xAxis->setRange(full.lower, full.lower + full.size() / 10);
    // The frame shows the part in view: the first tenth, the first lanes.
    const QRectF frame = overview->viewFrame();
    QVERIFY2(frame.left() < 3 && frame.width() < overview->width() / 8.0,
             qPrintable(QStringLiteral("%1 %2").arg(frame.left()).arg(frame.width())));
    QVERIFY(frame.height() < overview->height() / 2.0);

    // A click at 80 % of the way and at the bottom centres the view there.
    QTest::mouseClick(overview, Qt::LeftButton, Qt::NoModifier,
                      QPoint(overview->width() * 8 / 10, overview->height() - 3));
    const QCPRange keys = widget.chart()->keyRange();
    QVERIFY2(std::abs(keys.center() - (full.lower + 0.8 * full.size())) < full.size() * 0.02,
             qPrintable(QStringLiteral("%1 .. %2").arg(keys.lower).arg(keys.upper)));
    QVERIFY(near(keys.size(), full.size() / 10));
    QVERIFY2(widget.chart()->laneRange().upper > widget.model()->laneCount() - 3,
             qPrintable(QString::number(widget.chart()->laneRange().upper)));
    QTRY_VERIFY(widget.overview()->viewFrame().center().x() > overview->width() * 0.7);
}

void TestGuiTimelineNavigation::tenThousandTasks() {
    TimelineWidget widget;
    widget.resize(1000, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(fanOut(10000));
    const int lanes = widget.model()->laneCount();
    QCOMPARE(lanes, 10002);
    QTRY_VERIFY(widget.laneScrollBar()->isVisible());
    // Page through to the end and back with the keyboard-sized steps of the bar.
    QScrollBar* bar = widget.laneScrollBar();
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(near(widget.chart()->laneRange().upper, lanes - 0.5));
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(widget.chart()->laneRange().upper < lanes - 1.5);
    widget.plot()->replot();
    const QPoint pos =
        widget.chart()->pixelAt(0.05, static_cast<int>(widget.chart()->laneRange().center())).toPoint();
    QVERIFY(!widget.describeAt(pos).isEmpty());
    // The overview's frame is a thin band at the bottom, yet still visible.
    QVERIFY(widget.overview()->viewFrame().height() >= 2.9);
}

void TestGuiTimelineNavigation::cursorLabelStaysInside() {
    TimelineWidget widget;
    widget.resize(700, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(fanOut(5));
    const int last = widget.model()->tickCount() - 1;
    const QRect area = widget.plot()->axisRect()->rect();
    for (AxisMode mode : {AxisMode::Seconds, AxisMode::Ticks}) {
        widget.setAxisMode(mode);
        for (int tick : {0, last}) {
            widget.setCurrentTick(tick);
            widget.plot()->replot();
            const QRectF label = widget.chart()->cursorLabelRect();
            QVERIFY(!label.isEmpty());
            QVERIFY2(label.left() >= area.left() - 0.5 && label.right() <= area.right() + 1.5,
                     qPrintable(QStringLiteral("T%1: label %2..%3, plot %4..%5")
                                    .arg(tick)
                                    .arg(label.left())
                                    .arg(label.right())
                                    .arg(area.left())
                                    .arg(area.right())));
        }
    }
    // The last tick's label ends at the cursor, on its left.
    widget.setAxisMode(AxisMode::Ticks);
    widget.setCurrentTick(last);
    widget.plot()->replot();
    const double cursorMiddle = widget.chart()->pixelAt(last + 0.5, 0).x();
    QVERIFY(std::abs(widget.chart()->cursorLabelRect().right() - cursorMiddle) < 2);
    // A cursor beyond the view keeps its label at the edge it lies beyond.
    widget.plot()->xAxis->setRange(0, 3);
    widget.plot()->replot();
    QVERIFY(widget.chart()->cursorLabelRect().right() <= area.right() + 1.5);
    QVERIFY(widget.chart()->cursorLabelRect().right() >= area.right() - 1.5);
}

void TestGuiTimelineNavigation::exportedCursorLabelInside() {
    auto model = std::make_shared<const TimelineModel>(fanOut(5));
    TimelineImageOptions options;
    options.width = 800;
    options.height = 300;
    options.currentTick = model->tickCount() - 1;
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    TimelineChart chart(&plot);
    setUpTimelineExport(chart, model, options);
    const QRect area = plot.axisRect()->rect();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("cursor.png"));
    QVERIFY2(exportTimelineImage(model, options, png, &error), qPrintable(error));
    const QImage image(png);
    // The label is a box of the cursor's colour in the strip above the lanes.
    const QRgb cursor = chart.theme().cursor.rgb();
    int leftmost = image.width(), rightmost = -1;
    for (int y = 0; y < area.top(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) | 0xff000000u) == cursor) {
                leftmost = std::min(leftmost, x);
                rightmost = std::max(rightmost, x);
            }
    QVERIFY2(rightmost > area.center().x(), qPrintable(QString::number(rightmost)));  // found, near the end
    QVERIFY2(rightmost <= area.right() + 1,
             qPrintable(QStringLiteral("label ends at %1, plot at %2").arg(rightmost).arg(area.right())));
    QVERIFY(leftmost >= area.left());
}

QTEST_MAIN(TestGuiTimelineNavigation)
#include "test_gui_timeline_navigation.moc"
