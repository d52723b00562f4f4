// The timeline draws what each pixel column's time holds: the per-lane totals against a plain sum
// over the segments, the columns of a lane at full view, and the colours of exported images of
// three workers that sleep 99 % of the time (they must read busy, not running), in PNG and SVG.
#include <qcustomplot.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "engine.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_columns.h"
#include "timeline/timeline_export.h"
#include "timeline/timeline_model.h"
#include "timeline/timeline_theme.h"
#include "trace/trace.h"

using namespace loopstep;

namespace {

std::shared_ptr<const Trace> runFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return nullptr;
    auto trace = std::make_shared<Trace>();
    run_program(file.readAll().toStdString(), path.toStdString(), RunOptions{}, OutputSinks{}, trace.get());
    return trace;
}

QString sourcePath(const char* relative) {
    return QStringLiteral(LOOPSTEP_SOURCE_DIR "/") + QLatin1String(relative);
}

// The time `lane` spends in each state between `from` and `to`, summed segment by segment.
StateTimes bruteForce(const TimelineModel& model, int lane, double from, double to, AxisMode mode) {
    StateTimes times{};
    for (const TimelineSegment& s : model.lane(lane).segments) {
        const double overlap = std::min(to, s.end(mode)) - std::max(from, s.start(mode));
        if (overlap > 0) times[static_cast<size_t>(s.state)] += overlap;
    }
    return times;
}

// Pixels of each state's colour (exactly) in rows [top, bottom) and columns [left, right).
StateTimes countStateColours(const QImage& image, const TimelineTheme& theme, int top, int bottom, int left,
                             int right) {
    StateTimes counts{};
    for (int y = std::max(0, top); y < std::min(bottom, image.height()); ++y)
        for (int x = std::max(0, left); x < std::min(right, image.width()); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000u;
            for (int s = 0; s < kTimelineStates; ++s)
                if (pixel == theme.state(static_cast<TaskState>(s)).rgb())
                    counts[static_cast<size_t>(s)] += 1;
        }
    return counts;
}

double share(const StateTimes& counts, TaskState state) {
    double total = 0;
    for (double c : counts)
        total += c;
    return total > 0 ? counts[static_cast<size_t>(state)] / total : 0.0;
}

// Per worker lane of an image exported by `options`: the share of its state-coloured pixels that
// are running and busy. The lanes' rows come from a chart set up exactly as the export sets it up.
struct LaneColours {
    QString title;
    double running = 0;
    double busy = 0;
    double pixels = 0;
};

QList<LaneColours> workerColours(const std::shared_ptr<const TimelineModel>& model, const QImage& image,
                                 const TimelineImageOptions& options) {
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    TimelineChart chart(&plot);
    setUpTimelineExport(chart, model, options);
    const QRect area = plot.axisRect()->rect();
    const double laneHeight = chart.pixelAt(0, 1).y() - chart.pixelAt(0, 0).y();
    const double scale = image.width() / double(options.width);
    QList<LaneColours> result;
    for (int lane = 0; lane < model->laneCount(); ++lane) {
        if (!model->lane(lane).label.startsWith(QStringLiteral("worker"))) continue;
        const double centre = chart.pixelAt(0, lane).y();
        const StateTimes counts =
            countStateColours(image, chart.theme(), int(std::ceil((centre - laneHeight / 2) * scale)),
                              int(std::floor((centre + laneHeight / 2) * scale)), int(area.left() * scale),
                              int(area.right() * scale));
        double total = 0;
        for (double c : counts)
            total += c;
        result.append({model->lane(lane).label, share(counts, TaskState::Running),
                       share(counts, TaskState::Busy), total});
    }
    return result;
}

}  // namespace

class TestGuiTimelineShares : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void totalsMatchSegments();
    void columnsOfSleepingWorkers();
    void stepMarksWhereStepsAre();
    void exportedWorkersLookBusy();
    void exportedTicksShowShares();
    void svgTextAsLargeAsPng();

private:
    std::shared_ptr<const TimelineModel> workers_;
};

void TestGuiTimelineShares::initTestCase() {
    auto trace = runFile(sourcePath("tests/bench/programs/three_workers.py"));
    QVERIFY(trace);
    QCOMPARE(trace->result.status, RunStatus::Ok);
    workers_ = std::make_shared<const TimelineModel>(trace);
    QVERIFY2(workers_->tickCount() > 60000, qPrintable(QString::number(workers_->tickCount())));
    QCOMPARE(workers_->laneCount(), 5);  // the module, main, three workers
}

void TestGuiTimelineShares::totalsMatchSegments() {
    for (const char* lesson : {"lessons/03_create_task.py", "lessons/06_queues.py", "lessons/16_lock.py"}) {
        auto trace = runFile(sourcePath(lesson));
        QVERIFY(trace);
        TimelineModel model(trace);
        for (AxisMode mode : {AxisMode::Seconds, AxisMode::Ticks}) {
            const double end = model.keyEnd(mode);
            // Spans of every size, ending anywhere, including before and past the lanes.
            for (int k = 0; k < 200; ++k) {
                const double from = end * ((k * 37) % 101 - 3) / 100.0;
                const double to = from + end * ((k * 13) % 47 + 0.5) / 40.0;
                for (int lane = 0; lane < model.laneCount(); ++lane) {
                    const StateTimes fast = model.timeInStates(lane, from, to, mode);
                    const StateTimes slow = bruteForce(model, lane, from, to, mode);
                    for (size_t s = 0; s < fast.size(); ++s)
                        QVERIFY2(std::abs(fast[s] - slow[s]) < 1e-9,
                                 qPrintable(QStringLiteral("%1 lane %2 [%3, %4) state %5: %6, summed %7")
                                                .arg(QLatin1String(lesson))
                                                .arg(lane)
                                                .arg(from)
                                                .arg(to)
                                                .arg(s)
                                                .arg(fast[s])
                                                .arg(slow[s])));
                }
            }
        }
    }
}

void TestGuiTimelineShares::columnsOfSleepingWorkers() {
    const TimelineModel& model = *workers_;
    const int worker = 2;  // the first worker's lane
    QVERIFY(model.lane(worker).label.startsWith(QStringLiteral("worker")));
    ColumnGeometry g;
    g.left = 0;
    g.right = 1200;
    LaneColumns columns;

    // In seconds a step takes no time: the lane is busy in every column, and every column holds
    // step marks (a worker steps every 10 ms; a column is 167 ms).
    g.scale = g.right / model.keyEnd(AxisMode::Seconds);
    computeLaneColumns(model, worker, AxisMode::Seconds, g, columns);
    double busyColumns = 0;
    for (const ColumnSpan& span : columns.spans)
        busyColumns += (span.x1 - span.x0) * span.shares[static_cast<size_t>(TaskState::Busy)];
    QVERIFY2(busyColumns > 0.99 * g.right, qPrintable(QString::number(busyColumns)));
    QCOMPARE(columns.steps.size(), size_t(g.right));
    // The walk skips what lies inside a column: far fewer visits than the lane's 40,000 segments.
    QVERIFY2(columns.segmentsVisited < 4 * size_t(g.right),
             qPrintable(QString::number(columns.segmentsVisited)));

    // In ticks a step is a tick: a third of each column is this worker running.
    g.scale = g.right / model.keyEnd(AxisMode::Ticks);
    computeLaneColumns(model, worker, AxisMode::Ticks, g, columns);
    QVERIFY(columns.steps.empty());
    int shared = 0;
    for (const ColumnSpan& span : columns.spans) {
        if (span.pure || span.x0 < 5 || span.x1 > g.right - 5) continue;
        ++shared;
        const double running = span.shares[static_cast<size_t>(TaskState::Running)];
        QVERIFY2(running > 0.3 && running < 0.37,
                 qPrintable(QStringLiteral("column %1: %2").arg(span.x0).arg(running)));
    }
    QVERIFY2(shared > g.right - 20, qPrintable(QString::number(shared)));
}

void TestGuiTimelineShares::stepMarksWhereStepsAre() {
    // Every step narrower than a pixel has a mark in its column (or the next, where it ends), and
    // every mark has such a step: checked against the segments, at zooms where steps share
    // columns and where they stand apart, with the view's edges anywhere.
    for (const char* lesson : {"lessons/03_create_task.py", "lessons/06_queues.py", "lessons/16_lock.py"}) {
        auto trace = runFile(sourcePath(lesson));
        QVERIFY(trace);
        TimelineModel model(trace);
        const double end = model.keyEnd(AxisMode::Seconds);
        for (double width : {40.0, 333.0, 1280.0, 9000.0}) {
            for (double shift : {0.0, 0.37, 0.5}) {
                ColumnGeometry g;
                g.left = 0;
                g.right = static_cast<int>(width);
                g.scale = width / (end * 1.02);
                g.origin = end * 0.01 * g.scale + shift;
                for (int lane = 0; lane < model.laneCount(); ++lane) {
                    LaneColumns columns;
                    computeLaneColumns(model, lane, AxisMode::Seconds, g, columns);
                    std::vector<int> expected;
                    for (const TimelineSegment& s : model.lane(lane).segments) {
                        const double p0 = g.pixelAt(s.startTime);
                        if (s.state != TaskState::Running || g.pixelAt(s.endTime) - p0 >= 1.0) continue;
                        if (p0 < g.left || p0 >= g.right) continue;  // out of view
                        expected.push_back(static_cast<int>(std::floor(p0)));
                    }
                    auto near = [](const std::vector<int>& columns, int column) {
                        return std::any_of(columns.begin(), columns.end(),
                                           [&](int c) { return std::abs(c - column) <= 1; });
                    };
                    const QString where = QStringLiteral("%1 lane %2 width %3 shift %4")
                                              .arg(QLatin1String(lesson))
                                              .arg(lane)
                                              .arg(width)
                                              .arg(shift);
                    for (int column : expected)
                        QVERIFY2(near(columns.steps, column),
                                 qPrintable(where + QStringLiteral(": no mark near %1").arg(column)));
                    for (int column : columns.steps)
                        QVERIFY2(
                            near(expected, column),
                            qPrintable(where + QStringLiteral(": mark at %1 without a step").arg(column)));
                    QVERIFY(std::is_sorted(columns.steps.begin(), columns.steps.end()));
                }
            }
        }
    }
}

void TestGuiTimelineShares::exportedWorkersLookBusy() {
    QTemporaryDir dir;
    TimelineImageOptions options;  // 1280 x 400, seconds, light: the CLI's defaults
    QString error;
    const QString png = dir.filePath(QStringLiteral("workers.png"));
    QVERIFY2(exportTimelineImage(workers_, options, png, &error), qPrintable(error));
    const QList<LaneColours> lanes = workerColours(workers_, QImage(png), options);
    QCOMPARE(lanes.size(), 3);
    for (const LaneColours& lane : lanes) {
        // 99 % of the workers' time is sleeping: busy must dominate, running (the step marks)
        // stay a small part. (Every step drawn 3 pixels wide made 70 % of them running.)
        QVERIFY2(lane.pixels > 10000, qPrintable(QString::number(lane.pixels)));
        QVERIFY2(lane.running < 0.15,
                 qPrintable(QStringLiteral("%1 running %2").arg(lane.title).arg(lane.running)));
        QVERIFY2(lane.busy > 0.85, qPrintable(QStringLiteral("%1 busy %2").arg(lane.title).arg(lane.busy)));
    }

    // The same drawing in SVG, rendered back at the same size.
    const QString svg = dir.filePath(QStringLiteral("workers.svg"));
    QVERIFY2(exportTimelineImage(workers_, options, svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage rendered(options.width, options.height, QImage::Format_ARGB32);
    rendered.fill(Qt::white);
    QPainter painter(&rendered);
    renderer.render(&painter);
    painter.end();
    for (const LaneColours& lane : workerColours(workers_, rendered, options)) {
        QVERIFY2(lane.running < 0.15,
                 qPrintable(QStringLiteral("svg %1 running %2").arg(lane.title).arg(lane.running)));
        QVERIFY2(lane.busy > 0.85,
                 qPrintable(QStringLiteral("svg %1 busy %2").arg(lane.title).arg(lane.busy)));
    }
}

void TestGuiTimelineShares::exportedTicksShowShares() {
    // In ticks every step is a column of its own: each worker runs a third of the ticks, and its
    // lane shows that third at full view instead of a blur of whichever state won each pixel.
    QTemporaryDir dir;
    TimelineImageOptions options;
    options.axisMode = AxisMode::Ticks;
    QString error;
    const QString png = dir.filePath(QStringLiteral("ticks.png"));
    QVERIFY2(exportTimelineImage(workers_, options, png, &error), qPrintable(error));
    for (const LaneColours& lane : workerColours(workers_, QImage(png), options))
        QVERIFY2(lane.running > 0.25 && lane.running < 0.42,
                 qPrintable(QStringLiteral("%1 running %2").arg(lane.title).arg(lane.running)));
}

void TestGuiTimelineShares::svgTextAsLargeAsPng() {
    // A PNG's text is the plot font's pixel size; the SVG must say the same size in its pixels.
    QTemporaryDir dir;
    TimelineImageOptions options;
    QString error;
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QVERIFY2(exportTimelineImage(workers_, options, svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCustomPlot plot;
    const double expected = QFontInfo(plot.font()).pixelSize();
    static const QRegularExpression fontSize(QStringLiteral("font-size=\"([0-9.]+)(pt|px)?\""));
    auto match = fontSize.globalMatch(text);
    int sizes = 0;
    while (match.hasNext()) {
        const auto m = match.next();
        double size = m.captured(1).toDouble();
        // QSvgGenerator writes points at its resolution: a point is resolution / 72 pixels.
        if (m.captured(2) == QLatin1String("pt")) size *= plot.logicalDpiX() / 72.0;
        QVERIFY2(size >= expected * 0.95,
                 qPrintable(QStringLiteral("font-size %1, PNG text %2 px").arg(m.captured(0)).arg(expected)));
        ++sizes;
    }
    QVERIFY(sizes > 0);
}

QTEST_MAIN(TestGuiTimelineShares)
#include "test_gui_timeline_shares.moc"
