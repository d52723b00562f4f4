// The timeline: its model (lanes and segments against the trace's own states), the widget's
// cursor, click and hover, the axis switch, and image export.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include "engine.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_model.h"
#include "timeline/timeline_widget.h"
#include "timeline_export_cli.h"
#include "trace/trace.h"

using namespace loopstep;

namespace {

std::shared_ptr<const Trace> runSource(const std::string& source, const std::string& filename) {
    auto trace = std::make_shared<Trace>();
    run_program(source, filename, RunOptions{}, OutputSinks{}, trace.get());
    return trace;
}

std::shared_ptr<const Trace> runLesson(const char* name) {
    const QString path = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/") + QLatin1String(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return nullptr;
    return runSource(file.readAll().toStdString(), path.toStdString());
}

// A program the lessons do not have: many tasks, random sleeps, a queue, a cancellation.
const char* kGenerated = R"(import asyncio
import random

async def worker(n, q):
    for i in range(3):
        await asyncio.sleep(random.random())
        await q.put((n, i))

async def consumer(q):
    while True:
        await q.get()
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=4)
    workers = [asyncio.create_task(worker(n, q)) for n in range(20)]
    c = asyncio.create_task(consumer(q))
    await asyncio.gather(*workers)
    await q.join()
    c.cancel()

asyncio.run(main())
)";

char stateLetter(TaskState s) {
    switch (s) {
        case TaskState::Running: return 'R';
        case TaskState::Ready: return 'Q';
        case TaskState::Busy: return 'B';
        case TaskState::Done: return 'D';
    }
    return '?';
}

// "R0-1 B1-3 …": a lane's segments in tick coordinates.
QString laneShape(const TimelineLane& lane) {
    QStringList parts;
    for (const TimelineSegment& s : lane.segments)
        parts << QStringLiteral("%1%2-%3").arg(QLatin1Char(stateLetter(s.state))).arg(s.startTick).arg(s.endTick);
    return parts.join(QLatin1Char(' '));
}

// Every column of every lane shows the state the trace has for that task at the end of the tick,
// except that the tick's own task is running; the lanes tile both axes without gaps.
void checkAgainstTrace(const TimelineModel& model) {
    const Trace& trace = *model.trace();
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const auto& segs = model.lane(lane).segments;
        QVERIFY(!segs.empty());
        QCOMPARE(segs.front().startTick, 0);
        QCOMPARE(segs.back().endTick, model.tickCount());
        for (size_t k = 1; k < segs.size(); ++k) {
            QCOMPARE(segs[k].startTick, segs[k - 1].endTick);
            QCOMPARE(segs[k].startTime, segs[k - 1].endTime);
        }
    }
    for (int tick = 0; tick < model.tickCount(); ++tick) {
        const LoopState state = trace.state_after(tick);
        for (int lane = 0; lane < model.laneCount(); ++lane) {
            const int task = model.lane(lane).taskId;
            const int segment = model.segmentAt(lane, tick + 0.5, AxisMode::Ticks);
            if (static_cast<size_t>(task) >= state.tasks.size()) {
                QVERIFY2(segment < 0, qPrintable(QStringLiteral("task %1 shown before it exists").arg(task)));
                continue;
            }
            QVERIFY2(segment >= 0, qPrintable(QStringLiteral("lane %1 has a hole at T%2").arg(lane).arg(tick)));
            const TaskState shown = model.lane(lane).segments[static_cast<size_t>(segment)].state;
            const TaskState expected =
                trace.tick(static_cast<size_t>(tick)).task == task ? TaskState::Running : state.tasks[static_cast<size_t>(task)].state;
            QVERIFY2(shown == expected, qPrintable(QStringLiteral("lane %1 at T%2: %3, expected %4")
                                                       .arg(lane).arg(tick)
                                                       .arg(timelineStateName(shown), timelineStateName(expected))));
        }
    }
}

}  // namespace

class TestGuiTimeline : public QObject {
    Q_OBJECT

private slots:
    void createTaskLanes();
    void generatedProgram();
    void cursorMoves();
    void clickJumpsToTick();
    void hoverText();
    void axisModeSwitch();
    void exportFormats();
    void exportFailsCleanly();
    void cliIgnoresOtherCommandLines();
};

void TestGuiTimeline::createTaskLanes() {
    auto trace = runLesson("03_create_task.py");
    QVERIFY(trace);
    TimelineModel model(trace);
    QCOMPARE(model.tickCount(), 7);
    QCOMPARE(model.laneCount(), 4);
    QCOMPARE(model.lane(0).title(), QStringLiteral("<module>"));
    QCOMPARE(model.lane(1).title(), QStringLiteral("main \u00b7 Task-1"));
    QCOMPARE(model.lane(2).title(), QStringLiteral("task1 \u00b7 Task-2"));
    QCOMPARE(model.lane(3).title(), QStringLiteral("task2 \u00b7 Task-3"));
    // The workshop's T0–T6; main's wait for task2 lasts no tick but a second of virtual time.
    QCOMPARE(laneShape(model.lane(0)), QStringLiteral("B0-6 D6-7"));
    QCOMPARE(laneShape(model.lane(1)), QStringLiteral("R0-1 B1-3 Q3-4 R4-5 B5-5 Q5-6 R6-7"));
    QCOMPARE(laneShape(model.lane(2)), QStringLiteral("Q0-1 R1-2 B2-3 R3-4 D4-7"));
    QCOMPARE(laneShape(model.lane(3)), QStringLiteral("Q0-2 R2-3 B3-5 R5-6 D6-7"));
    QCOMPARE(model.segmentCount(), size_t(19));
    const TimelineSegment& waitTask2 = model.lane(1).segments[4];
    QCOMPARE(waitTask2.startTime, 1.0);
    QCOMPARE(waitTask2.endTime, 2.0);
    QCOMPARE(QString::fromStdString(waitTask2.status->waits_on), QStringLiteral("task2"));
    QCOMPARE(model.keyEnd(AxisMode::Seconds), 2.0);
    checkAgainstTrace(model);
}

void TestGuiTimeline::generatedProgram() {
    auto trace = runSource(kGenerated, "generated.py");
    QCOMPARE(trace->result.status, RunStatus::Ok);
    TimelineModel model(trace);
    int visible = 0;
    for (const TraceTask& task : trace->tasks()) visible += task.hidden ? 0 : 1;
    QCOMPARE(model.laneCount(), visible);
    QCOMPARE(model.laneCount(), 1 + 1 + 20 + 1);  // module, main, workers, consumer
    for (int lane = 0; lane < model.laneCount(); ++lane) QVERIFY(!trace->tasks()[size_t(model.lane(lane).taskId)].hidden);
    // Each worker starts, sleeps three times and puts three times at most: its running segments
    // are its steps.
    size_t steps = 0;
    for (int lane = 0; lane < model.laneCount(); ++lane)
        for (const TimelineSegment& s : model.lane(lane).segments) steps += s.state == TaskState::Running ? 1 : 0;
    QCOMPARE(steps, trace->tick_count());
    // The consumer's cancellation is the last step: its lane ends running, its task cancelled.
    const int last = model.tickCount() - 1;
    QCOMPARE(trace->tick(size_t(last)).task, model.lane(22).taskId);
    QCOMPARE(model.lane(22).segments.back().state, TaskState::Running);
    QCOMPARE(model.lane(22).segments.back().startTick, last);
    QCOMPARE(trace->state_after(last).tasks[size_t(model.lane(22).taskId)].done_how, DoneHow::Cancelled);
    QCOMPARE(model.lane(1).segments.back().status->done_how, DoneHow::Returned);
    checkAgainstTrace(model);
}

void TestGuiTimeline::cursorMoves() {
    TimelineWidget widget;
    widget.resize(900, 360);
    widget.show();
    widget.setTrace(runLesson("03_create_task.py"));
    widget.setAxisMode(AxisMode::Ticks);
    QCOMPARE(widget.currentTick(), -1);
    QCOMPARE(widget.chart()->cursorSpan().size(), 0.0);
    widget.setCurrentTick(3);
    QCOMPARE(widget.currentTick(), 3);
    QCOMPARE(widget.chart()->cursorSpan().lower, 3.0);
    QCOMPARE(widget.chart()->cursorSpan().upper, 4.0);
    widget.setCurrentTick(5);
    QCOMPARE(widget.chart()->cursorSpan().lower, 5.0);
    widget.setAxisMode(AxisMode::Seconds);
    QCOMPARE(widget.chart()->cursorSpan().lower, 2.0);  // T5 ran at t=2.000
    widget.setCurrentTick(99);                          // clamped to the last tick
    QCOMPARE(widget.currentTick(), 6);
}

void TestGuiTimeline::clickJumpsToTick() {
    TimelineWidget widget;
    widget.resize(900, 360);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTrace(runLesson("03_create_task.py"));
    widget.setAxisMode(AxisMode::Ticks);
    widget.plot()->replot();
    QSignalSpy clicked(&widget, &TimelineWidget::tickClicked);
    const QPoint atT2 = widget.chart()->pixelAt(2.5, 1).toPoint();
    QCOMPARE(widget.tickAt(atT2), 2);
    QTest::mouseClick(widget.plot(), Qt::LeftButton, Qt::NoModifier, atT2);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toInt(), 2);

    // In seconds, a click on a step picks that step; elsewhere the last tick begun by then.
    widget.setAxisMode(AxisMode::Seconds);
    widget.plot()->replot();
    QCOMPARE(widget.tickAt(widget.chart()->pixelAt(1.0, 2).toPoint()), 3);  // task1's second step
    QCOMPARE(widget.tickAt(widget.chart()->pixelAt(1.0, 1).toPoint()), 4);  // main's second step
    QCOMPARE(widget.tickAt(widget.chart()->pixelAt(1.5, 0).toPoint()), 4);
    QTest::mouseClick(widget.plot(), Qt::LeftButton, Qt::NoModifier, widget.chart()->pixelAt(1.5, 0).toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toInt(), 4);
    // A drag pans and is no click.
    const QPoint from = widget.chart()->pixelAt(1.0, 3).toPoint();
    QTest::mousePress(widget.plot(), Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, from + QPoint(60, 0), widget.plot()->mapToGlobal(from + QPoint(60, 0)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget.plot(), &move);
    QTest::mouseRelease(widget.plot(), Qt::LeftButton, Qt::NoModifier, from + QPoint(60, 0));
    QCOMPARE(clicked.count(), 0);
    // Outside the lanes nothing is clicked.
    QCOMPARE(widget.tickAt(QPoint(2, 2)), -1);
}

void TestGuiTimeline::hoverText() {
    TimelineWidget widget;
    widget.resize(900, 360);
    widget.show();
    widget.setTrace(runLesson("03_create_task.py"));
    widget.setAxisMode(AxisMode::Ticks);
    widget.plot()->replot();
    const QString running = widget.describeAt(widget.chart()->pixelAt(1.5, 2).toPoint());
    QVERIFY2(running.startsWith(QStringLiteral("task1 \u00b7 Task-2\nrunning\nT1")), qPrintable(running));
    QVERIFY2(running.contains(QStringLiteral("task1 ran: started, then awaited asyncio.sleep(1) at L8")), qPrintable(running));
    const QString busy = widget.describeAt(widget.chart()->pixelAt(2.5, 2).toPoint());
    QVERIFY2(busy.contains(QStringLiteral("busy: sleep until t=1.000")), qPrintable(busy));
    QVERIFY2(busy.contains(QStringLiteral("t=0.000 \u2192 1.000")), qPrintable(busy));
    QVERIFY2(busy.contains(QStringLiteral("at line 8: await sleep")), qPrintable(busy));
    const QString waiting = widget.describeAt(widget.chart()->pixelAt(2.0, 1).toPoint());
    QVERIFY2(waiting.contains(QStringLiteral("busy: task1")) && waiting.contains(QStringLiteral("T1\u2013T2")),
             qPrintable(waiting));
    const QString done = widget.describeAt(widget.chart()->pixelAt(5.5, 2).toPoint());
    QVERIFY2(done.contains(QStringLiteral("done: returned")) && done.contains(QStringLiteral("T4\u2013T6")), qPrintable(done));
    const QString ready = widget.describeAt(widget.chart()->pixelAt(0.5, 3).toPoint());
    QVERIFY2(ready.contains(QStringLiteral("ready")) && ready.contains(QStringLiteral("not started yet")), qPrintable(ready));
    QVERIFY(widget.describeAt(QPoint(1, 1)).isEmpty());
}

void TestGuiTimeline::axisModeSwitch() {
    TimelineWidget widget;
    widget.resize(900, 360);
    widget.show();
    widget.setTrace(runLesson("06_queues.py"));
    QSignalSpy changed(&widget, &TimelineWidget::axisModeChanged);
    QCOMPARE(widget.axisMode(), AxisMode::Seconds);
    const int ticks = widget.model()->tickCount();
    const double seconds = widget.model()->keyEnd(AxisMode::Seconds);
    QVERIFY(std::abs(widget.plot()->xAxis->range().upper - seconds) < seconds * 0.05);
    widget.setAxisMode(AxisMode::Ticks);
    QCOMPARE(changed.count(), 1);
    QVERIFY(std::abs(widget.plot()->xAxis->range().upper - ticks) < ticks * 0.05);
    QVERIFY(widget.plot()->xAxis->label().contains(QStringLiteral("tick")));
    // A zoomed view keeps its ticks across the switch.
    widget.plot()->xAxis->setRange(5, 10);
    widget.setAxisMode(AxisMode::Seconds);
    const QCPRange range = widget.plot()->xAxis->range();
    QCOMPARE(range.lower, widget.model()->tickStart(5, AxisMode::Seconds));
    QCOMPARE(range.upper, widget.model()->tickEnd(10, AxisMode::Seconds));
    QVERIFY(widget.plot()->xAxis->label().contains(QStringLiteral("time")));
    widget.setAxisMode(AxisMode::Seconds);
    QCOMPARE(changed.count(), 2);
}

void TestGuiTimeline::exportFormats() {
    TimelineWidget widget;
    widget.resize(900, 360);
    widget.setTrace(runLesson("06_queues.py"));
    widget.setCurrentTick(4);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString png = dir.filePath(QStringLiteral("t.png"));
    QVERIFY2(widget.exportImage(png, 640, 300, false, &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(640, 300));
    QCOMPARE(image.pixelColor(2, 298), QColor(Qt::white));  // light theme background
    const QString darkPng = dir.filePath(QStringLiteral("d.png"));
    QVERIFY2(widget.exportImage(darkPng, 500, 200, true, &error), qPrintable(error));
    QImage darkImage(darkPng);
    QCOMPARE(darkImage.size(), QSize(500, 200));
    QVERIFY(darkImage.pixelColor(2, 198).lightness() < 64);

    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QVERIFY2(widget.exportImage(svg, 800, 320, true, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 320));

    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    QVERIFY2(widget.exportImage(pdf, 800, 320, false, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
    // Only the four images, no temporary files.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

void TestGuiTimeline::exportFailsCleanly() {
    TimelineWidget widget;
    widget.setTrace(runLesson("03_create_task.py"));
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/t.png"));
    QVERIFY(!widget.exportImage(missing, 640, 300, false, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // The target is a directory: nothing is written beside it either.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
    error.clear();
    QVERIFY(!widget.exportImage(dir.filePath(QStringLiteral("taken.pdf")), 640, 300, false, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!widget.exportImage(dir.filePath(QStringLiteral("t.gif")), 640, 300, false, &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    error.clear();
    QVERIFY(!widget.exportImage(dir.filePath(QStringLiteral("t.png")), 0, 300, false, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("taken.pdf")});
}

void TestGuiTimeline::cliIgnoresOtherCommandLines() {
    char program[] = "loopstep";
    char file[] = "lesson.py";
    char* argv[] = {program, file, nullptr};
    QCOMPARE(runTimelineExportCli(2, argv), -1);
}

QTEST_MAIN(TestGuiTimeline)
#include "test_gui_timeline.moc"
