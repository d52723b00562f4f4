// Stepping through the workshop's create_task lesson in the main window: the tick table row by
// row against T0–T6, the output at a tick, back-stepping and line-stepping giving identical
// states, and the keyboard shortcuts.
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "core/player.h"
#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "models/loop_queue_models.h"
#include "models/output_model.h"
#include "models/tick_table_model.h"
#include "widgets/code_view.h"

using namespace loopstep;

namespace {

const QString kCreateTask = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");

bool loadAndWait(MainWindow& window, const QString& path) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    window.openProgram(path);
    return loaded.wait(10000);
}

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole) {
    return model->data(model->index(row, column), role).toString();
}

// Everything the panels show at the current position, as text.
QString dump(const MainWindow& window) {
    QStringList out;
    const TickTableModel* table = window.tickTableModel();
    out << table->header();
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c) row << cell(table, r, c);
        row << cell(table, r, 0, TickTableModel::ActiveRole) << cell(table, r, 0, TickTableModel::ChangedRole);
        out << row.join(QLatin1Char('|'));
    }
    const OutputModel* output = window.outputModel();
    for (int r = 0; r < output->rowCount(); ++r)
        out << cell(output, r, 0) + cell(output, r, 1) + cell(output, r, 1, OutputModel::CurrentTickRole);
    for (const QAbstractItemModel* m :
         {static_cast<const QAbstractItemModel*>(window.readyQueueModel()), static_cast<const QAbstractItemModel*>(window.timerTableModel())})
        for (int r = 0; r < m->rowCount(); ++r) out << cell(m, r, 0) + cell(m, r, 1) + cell(m, r, 2);
    for (const CodeMarker& marker : window.codeView()->markers())
        out << QStringLiteral("marker %1 %2 %3").arg(marker.line).arg(marker.label).arg(marker.active);
    return out.join(QLatin1Char('\n'));
}

struct Row {
    const char* label;
    const char* where;
    const char* state;
};

}  // namespace

class TestGuiStepping : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_stepping"));
    }

    void opensOnTheLessonAtT0() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Loopstep — Step 3: scheduling tasks")));
        QCOMPARE(window.playhead()->tickCount(), 7L);
        QCOMPARE(window.playhead()->tick(), 0L);
        QVERIFY(window.codeView()->toPlainText().contains(QStringLiteral("asyncio.create_task(worker(1")));
    }

    void tickTableMatchesTheWorkshop() {
        // `loopstep-cli table lessons/03_create_task.py`: the workshop's T0–T6.
        const char* ran[] = {"main", "task1", "task2", "task1", "main", "task2", "main"};
        const QList<QList<Row>> expected = {
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task1", "busy (task1)"},
             {"task1", "start", "ready"}, {"task2", "start", "ready"}},
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task1", "busy (task1)"},
             {"task1", "await sleep", "busy (sleep until t=1.000)"}, {"task2", "start", "ready"}},
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task1", "busy (task1)"},
             {"task1", "await sleep", "busy (sleep until t=1.000)"}, {"task2", "await sleep", "busy (sleep until t=2.000)"}},
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task1", "ready"},
             {"task1", "end", "done (returned)"}, {"task2", "await sleep", "busy (sleep until t=2.000)"}},
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task2", "busy (task2)"},
             {"task1", "end", "done (returned)"}, {"task2", "await sleep", "busy (sleep until t=2.000)"}},
            {{"<module>", "asyncio.run(main())", "busy (asyncio.run)"}, {"main", "await task2", "ready"},
             {"task1", "end", "done (returned)"}, {"task2", "end", "done (returned)"}},
            {{"<module>", "end", "done (returned)"}, {"main", "end", "done (returned)"},
             {"task1", "end", "done (returned)"}, {"task2", "end", "done (returned)"}},
        };
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        const TickTableModel* model = window.tickTableModel();
        for (int tick = 0; tick < 7; ++tick) {
            if (tick > 0) window.playhead()->forward();
            QCOMPARE(window.playhead()->tick(), long(tick));
            QVERIFY(model->header().startsWith(QStringLiteral("T%1  t=").arg(tick)));
            QCOMPARE(model->rowCount(), expected[tick].size());
            int activeRows = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const Row& want = expected[tick][r];
                QCOMPARE(cell(model, r, TickTableModel::TaskColumn), QString::fromUtf8(want.label));
                QCOMPARE(cell(model, r, TickTableModel::WhereColumn), QString::fromUtf8(want.where));
                QCOMPARE(cell(model, r, TickTableModel::StateColumn), QString::fromUtf8(want.state));
                QCOMPARE(cell(model, r, 0, TickTableModel::StateTextRole), QString::fromUtf8(want.state));
                if (model->data(model->index(r, 0), TickTableModel::ActiveRole).toBool()) {
                    ++activeRows;
                    QCOMPARE(cell(model, r, TickTableModel::TaskColumn), QString::fromUtf8(ran[tick]));
                    QVERIFY(cell(model, r, TickTableModel::ChangeColumn).startsWith(QStringLiteral("ran")));
                }
            }
            QCOMPARE(activeRows, 1);
        }
        // A seventh step stays on the last tick.
        window.playhead()->forward();
        QCOMPARE(window.playhead()->tick(), 6L);
        QVERIFY(window.playhead()->atEnd());
    }

    void changesSinceThePreviousTickAreMarked() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        window.playhead()->goToTick(3);  // task1 ends, main becomes ready; task2 unchanged
        const TickTableModel* model = window.tickTableModel();
        QCOMPARE(cell(model, 1, TickTableModel::ChangeColumn), QStringLiteral("was busy"));
        QVERIFY(model->data(model->index(1, 0), TickTableModel::ChangedRole).toBool());
        QVERIFY(!model->data(model->index(3, 0), TickTableModel::ChangedRole).toBool());
        QCOMPARE(cell(model, 3, TickTableModel::ChangeColumn), QString());
    }

    void outputAtATick() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        window.playhead()->goToTick(2);
        const OutputModel* output = window.outputModel();
        const QStringList atT2 = {QStringLiteral("started main at 00:00:00"), QStringLiteral("done scheduling tasks."),
                                  QStringLiteral("started order milk at 00:00:00"),
                                  QStringLiteral("started order bread at 00:00:00")};
        QCOMPARE(output->rowCount(), atT2.size());
        for (int r = 0; r < atT2.size(); ++r) {
            QCOMPARE(cell(output, r, OutputModel::TextColumn), atT2[r]);
            QCOMPARE(cell(output, r, OutputModel::TimeColumn), QStringLiteral("t=0.000"));
            // Only what T2 printed is marked as this tick's.
            QCOMPARE(output->data(output->index(r, 1), OutputModel::CurrentTickRole).toBool(), r == 3);
        }
        window.playhead()->goToTick(5);
        QCOMPARE(output->rowCount(), 6);
        QCOMPARE(cell(output, 4, OutputModel::TextColumn), QStringLiteral("done order milk at 00:00:01"));
        QCOMPARE(cell(output, 4, OutputModel::TimeColumn), QStringLiteral("t=1.000"));
        QCOMPARE(cell(output, 5, OutputModel::TextColumn), QStringLiteral("done order bread at 00:00:02"));
        QCOMPARE(cell(output, 5, OutputModel::TimeColumn), QStringLiteral("t=2.000"));
        window.playhead()->last();
        QCOMPARE(cell(output, output->rowCount() - 1, OutputModel::TextColumn), QStringLiteral("finished main at 00:00:02"));
        // The loop's insides at T1: task2 queued, task1's timer at t=1.
        window.playhead()->goToTick(1);
        QCOMPARE(window.readyQueueModel()->rowCount(), 1);
        QCOMPARE(cell(window.readyQueueModel(), 0, ReadyQueueModel::TaskColumn), QStringLiteral("task2"));
        QCOMPARE(window.timerTableModel()->rowCount(), 1);
        QCOMPARE(cell(window.timerTableModel(), 0, TimerTableModel::WhenColumn), QStringLiteral("t=1.000"));
        QCOMPARE(cell(window.timerTableModel(), 0, TimerTableModel::TaskColumn), QStringLiteral("task1"));
    }

    void backSteppingReturnsIdenticalState() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        QStringList forward;
        for (int tick = 0; tick < 7; ++tick) {
            if (tick > 0) window.playhead()->forward();
            forward << dump(window);
        }
        for (int tick = 6; tick >= 0; --tick) {
            QCOMPARE(window.playhead()->tick(), long(tick));
            QCOMPARE(dump(window), forward[tick]);
            window.playhead()->back();
        }
        // By line too: every line forward, then every line back, the same states.
        window.playhead()->first();
        while (!window.playhead()->atStart()) window.playhead()->lineBack();
        QStringList lines;
        lines << dump(window);
        while (!window.playhead()->atEnd()) {
            window.playhead()->lineForward();
            lines << dump(window);
        }
        QVERIFY(lines.size() > 7);
        for (int i = static_cast<int>(lines.size()) - 1; i >= 0; --i) {
            QCOMPARE(dump(window), lines[i]);
            window.playhead()->lineBack();
        }
    }

    void lineSteppingRunsInsideATick() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        window.playhead()->goToTick(0);
        window.playhead()->lineForward();  // T1 begins: task1 runs its first line (L6)
        QCOMPARE(window.playhead()->tick(), 1L);
        QVERIFY(!window.playhead()->snapshot().atTickEnd);
        const TickTableModel* model = window.tickTableModel();
        QCOMPARE(cell(model, 2, TickTableModel::TaskColumn), QStringLiteral("task1"));
        QCOMPARE(cell(model, 2, TickTableModel::StateColumn), QStringLiteral("running"));
        QCOMPARE(window.playhead()->snapshot().activeLine, 6);
        // Before T0: the module's own lines (the prologue).
        window.playhead()->first();
        while (window.playhead()->tick() == 0) window.playhead()->lineBack();
        QCOMPARE(window.playhead()->tick(), -1L);
        QCOMPARE(cell(model, 0, TickTableModel::StateColumn), QStringLiteral("running"));
    }

    void keyboardShortcutsMoveTheTick() {
        MainWindow window;
        QVERIFY(loadAndWait(window, kCreateTask));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.playhead()->tick(), 1L);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.playhead()->tick(), 6L);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.playhead()->tick(), 5L);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.playhead()->tick(), 0L);
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(window.playhead()->tick(), 1L);
        QVERIFY(!window.playhead()->snapshot().atTickEnd);
        QTest::keyClick(&window, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(window.playhead()->tick(), 0L);
        QVERIFY(window.playhead()->snapshot().atTickEnd);
        // The arrows still step when the code view has the focus.
        window.codeView()->setFocus();
        QTest::keyClick(window.codeView(), Qt::Key_Right);
        QCOMPARE(window.playhead()->tick(), 1L);
        // Space plays to the end.
        window.player()->setTicksPerSecond(100);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.player()->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(window.playhead()->atEnd(), 5000);
        QTRY_VERIFY(!window.player()->isPlaying());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("positionLabel"))->text().startsWith(QStringLiteral("T6 of T0–T6")));
    }
};

QTEST_MAIN(TestGuiStepping)
#include "test_gui_stepping.moc"
