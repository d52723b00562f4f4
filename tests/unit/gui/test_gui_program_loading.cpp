// Opening programs in the main window: the built-in lessons, a program the engine refuses (the
// error at its line, the previous lesson kept), a deadlock shown at the last tick, lesson
// variants and "try it" re-runs, and the lesson notes following the tick.
#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "core/lesson_catalog.h"
#include "core/playhead.h"
#include "core/session.h"
#include "core/variant_source.h"
#include "main_window.h"
#include "models/output_model.h"
#include "models/tick_table_model.h"
#include "resources_init.h"
#include "widgets/code_view.h"
#include "widgets/error_banner.h"

using namespace loopstep;

namespace {

bool waitFor(MainWindow& window, const char* signal, const std::function<void()>& action) {
    QSignalSpy spy(window.session(), signal);
    action();
    return spy.wait(10000);
}

QString lessonPath(const char* name) { return QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/") + QLatin1String(name); }

}  // namespace

class TestGuiProgramLoading : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_program_loading"));
        initResources();
    }

    void builtInLessonsInOrderWithTitles() {
        const QList<LessonEntry> lessons = LessonCatalog::builtIn();
        QCOMPARE(lessons.size(), 18);
        QCOMPARE(lessons[0].id, QStringLiteral("01_sync"));
        QCOMPARE(lessons[0].title, QStringLiteral("Step 1: synchronous jobs"));
        QCOMPARE(lessons[2].programPath, QStringLiteral(":/lessons/03_create_task.py"));
        QCOMPARE(LessonCatalog::indexOf(lessons, lessonPath("13_forgotten_task_done.py")), 12);
        MainWindow window;
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)), [&] { window.openLesson(0); }));
        QCOMPARE(window.windowTitle(), QStringLiteral("Loopstep — Step 1: synchronous jobs"));
        // A program without tasks is one tick of <module>, with many lines to step through.
        QCOMPARE(window.playhead()->tickCount(), 1L);
        window.playhead()->lineForward();
        QCOMPARE(window.playhead()->snapshot().activeTask, 0);
    }

    void brokenFileShowsTheErrorAndKeepsThePreviousLesson() {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.py"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import asyncio\n\nasync def main(:\n    pass\n");
        file.close();

        MainWindow window;
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.openProgram(lessonPath("03_create_task.py")); }));
        window.playhead()->goToTick(3);
        const QString title = window.windowTitle();
        const QString header = window.tickTableModel()->header();
        const QString code = window.codeView()->toPlainText();

        QVERIFY(waitFor(window, SIGNAL(programRefused(QString, loopstep::Diagnostic, bool)), [&] { window.openProgram(broken); }));
        QVERIFY(window.errorBanner()->isVisibleTo(&window));
        QVERIFY(window.errorBanner()->text().contains(QStringLiteral("broken.py:3:")));
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(window.codeView()->toPlainText(), code);
        QCOMPARE(window.playhead()->tick(), 3L);
        QCOMPARE(window.tickTableModel()->header(), header);
        window.playhead()->forward();  // still usable
        QCOMPARE(window.playhead()->tick(), 4L);

        // With nothing to keep, the broken program is shown with the error at its line.
        MainWindow fresh;
        QVERIFY(waitFor(fresh, SIGNAL(programRefused(QString, loopstep::Diagnostic, bool)), [&] { fresh.openProgram(broken); }));
        QCOMPARE(fresh.codeView()->errorLine(), 3);
        QVERIFY(fresh.codeView()->toPlainText().contains(QStringLiteral("async def main(:")));
    }

    void stopEndsARunawayProgramAndShowsWhatItDid() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spin.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n");
        file.close();
        MainWindow window;
        auto* stop = window.findChild<QAction*>(QStringLiteral("actionStop"));
        QVERIFY(stop);
        QSignalSpy loaded(window.session(), SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)));
        window.openProgram(path);
        QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), 5000);  // enabled while the run is in progress
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        stop->trigger();
        QVERIFY(loaded.wait(5000));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        auto trace = loaded.takeFirst().at(0).value<std::shared_ptr<const loopstep::Trace>>();
        QVERIFY(trace);
        QCOMPARE(trace->result.error_line, std::string("run stopped"));
        QVERIFY(trace->tick_count() > 0 && trace->tick_count() < 1'000'000);  // stopped before the tick budget
        QVERIFY(!stop->isEnabled());
    }

    void deadlockIsExplainedAtTheLastTick() {
        MainWindow window;
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.openProgram(lessonPath("13_forgotten_task_done.py")); }));
        const OutputModel* output = window.outputModel();
        auto errorRows = [output] {
            int n = 0;
            for (int r = 0; r < output->rowCount(); ++r) n += output->data(output->index(r, 1), OutputModel::ErrorRole).toBool();
            return n;
        };
        QCOMPARE(errorRows(), 0);
        window.playhead()->last();
        QVERIFY(errorRows() > 0);
        // The explanation wraps to the panel's width over the last rows.
        QStringList rows;
        for (int r = output->printedRows(); r < output->rowCount(); ++r) rows << output->index(r, 1).data().toString();
        const QString explanation = rows.join(QLatin1Char(' ')).simplified();
        QVERIFY2(explanation.contains(QStringLiteral("deadlock"), Qt::CaseInsensitive), qPrintable(explanation));
        const QString status = window.findChild<QLabel*>(QStringLiteral("positionLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("deadlock")), qPrintable(status));
        QVERIFY(window.tickTableModel()->data(window.tickTableModel()->index(0, TickTableModel::StateColumn))
                    .toString()
                    .contains(QStringLiteral("deadlock")));
    }

    void variantsAndTryItReRunTheLesson() {
        MainWindow window;
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.openLesson(1); }));
        const ProgramDocument* document = window.session()->document();
        QVERIFY(document && document->lesson && !document->lesson->variants.isEmpty());
        const QByteArray varied = applyVariant(document->source, document->lesson->variants[0]);
        QVERIFY(varied != document->source);
        QCOMPARE(varied.count('\n'), document->source.count('\n'));
        const double before = window.playhead()->trace()->clock_end(static_cast<size_t>(window.playhead()->tickCount() - 1));

        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.session()->applyVariant(0); }));
        QCOMPARE(window.session()->variantIndex(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("variant")));
        QCOMPARE(window.codeView()->toPlainText(), QString::fromUtf8(varied));
        const double after = window.playhead()->trace()->clock_end(static_cast<size_t>(window.playhead()->tickCount() - 1));
        QCOMPARE(before, 3.0);  // sequential awaits: 1 s + 2 s
        QCOMPARE(after, 2.0);   // gather: the longest
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.session()->restoreOriginal(); }));
        QCOMPARE(window.session()->variantIndex(), -1);

        // create_task's first question: task1 2 minutes, task2 1 minute → 6 ticks, 120 s.
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.openLesson(2); }));
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.session()->tryQuestion(0); }));
        QCOMPARE(window.playhead()->tickCount(), 6L);
        QCOMPARE(window.playhead()->trace()->tick(5).clock_start, 120.0);
    }

    void notesFollowTheTick() {
        MainWindow window;
        QVERIFY(waitFor(window, SIGNAL(programLoaded(std::shared_ptr<const loopstep::Trace>, bool)),
                        [&] { window.openLesson(2); }));
        window.playhead()->goToTick(3);
        QString text = window.notesView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("T3")));
        QVERIFY(text.contains(QStringLiteral("makes main ready")));
        QVERIFY(text.contains(QStringLiteral("What happens if task1 takes 2 minutes")));
        window.playhead()->last();
        text = window.notesView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("7 ticks, 2 s")));
    }
};

QTEST_MAIN(TestGuiProgramLoading)
#include "test_gui_program_loading.moc"
