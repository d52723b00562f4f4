// First start and the lessons list: the first lesson (a sync program of one tick) opens at its
// start and steps line by line with →, a visible hint says which key steps until the learner
// takes a first step, and the lessons list shows whole titles and opens a lesson by Enter or a
// click, never while arrow keys only move through it. Tick positions read the same everywhere.
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

#include "core/autosave.h"
#include "core/lesson_catalog.h"
#include "core/playhead.h"
#include "core/program_document.h"
#include "core/session.h"
#include "main_window.h"
#include "widgets/code_view.h"
#include "widgets/lessons_panel.h"
#include "widgets/step_controls.h"

using namespace loopstep;

namespace {

bool waitLoaded(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(10000);
}

QString shownPath(const MainWindow& window) {
    return window.session()->document() ? window.session()->document()->path : QString();
}

}  // namespace

class TestGuiFirstStart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_first_start"));
        Autosave::clear();
    }

    void theFirstLessonStartsAtItsFirstLineAndStepsByLine() {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(waitLoaded(window, [&] { window.openLesson(0); }));  // what main() does on first start
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Playhead* playhead = window.playhead();
        QCOMPARE(playhead->tickCount(), 1L);  // a sync program: one tick, many lines
        QVERIFY(playhead->stepsByLine());
        QVERIFY(playhead->atStartPosition());
        QVERIFY(!playhead->snapshot().atTickEnd);  // at its first line, not at the end of the run
        QVERIFY(window.playhead()->trace()->output().size() > playhead->snapshot().outputEnd);
        QVERIFY(window.stepActions().forward->isEnabled());

        StepControls* controls = window.stepControls();
        QVERIFY(controls->isHintShown());
        QVERIFY2(controls->hint().contains(QStringLiteral("→")), qPrintable(controls->hint()));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("stepHint"))->isVisibleTo(&window));

        const long before = playhead->position().line;
        window.codeView()->setFocus();
        QTest::keyClick(window.codeView(), Qt::Key_Right);
        QCOMPARE(playhead->position().line, before + 1);
        QVERIFY(!controls->isHintShown());  // stepped once: the hint has done its job
        QTest::keyClick(window.codeView(), Qt::Key_Left);
        QCOMPARE(playhead->position().line, before);
        QVERIFY(controls->isHintShown());
        QVERIFY(!window.notesView()->toPlainText().contains(QStringLiteral("the end")));
        QTest::keyClick(window.codeView(), Qt::Key_End);
        QVERIFY(playhead->atEnd());
        QVERIFY(!controls->isHintShown());
        QVERIFY(window.notesView()->toPlainText().contains(QStringLiteral("the end")));  // told at the end
        QTest::keyClick(window.codeView(), Qt::Key_Home);
        QVERIFY(playhead->atStartPosition());
    }

    void aLessonWithTicksStartsAtT0WithTheHint() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(2); }));
        QCOMPARE(window.playhead()->position().tick, 0L);
        QVERIFY(window.playhead()->snapshot().atTickEnd);
        QVERIFY(window.stepControls()->isHintShown());
        QVERIFY(window.stepControls()->hint().contains(QStringLiteral("next tick")));
        window.playhead()->forward();
        QCOMPARE(window.playhead()->position().tick, 1L);
        QVERIFY(!window.stepControls()->isHintShown());
    }

    void ticksAreCountedOneWay() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(2); }));
        window.playhead()->goToTick(3);
        QCOMPARE(window.stepControls()->positionText(), QStringLiteral("T3 of T0–T6"));
        const QString status = window.findChild<QLabel*>(QStringLiteral("positionLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("T3 of T0–T6 · ")), qPrintable(status));
        // Inside a tick, just after its first line: the line is named, never an ellipsis.
        const Trace& trace = *window.playhead()->trace();
        long tick = 0;
        while (tick < 6 && trace.lines_of(tick).end < trace.lines_of(tick).begin + 2)
            ++tick;
        QVERIFY(tick < 6);
        window.playhead()->goTo(StepPosition{tick, long(trace.lines_of(tick).begin)});
        const QString inside = window.stepControls()->positionText();
        QVERIFY2(inside.startsWith(QStringLiteral("T%1 at L").arg(tick)) &&
                     inside.endsWith(QStringLiteral(" of T0–T6")),
                 qPrintable(inside));
        QVERIFY(!inside.contains(QStringLiteral("…")));
    }

    void lessonsListShowsWholeTitlesWrapped() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget* list = window.lessonsPanel()->lessonList();
        QVERIFY(list->wordWrap());
        QCOMPARE(list->textElideMode(), Qt::ElideNone);
        const QList<LessonEntry> lessons = LessonCatalog::builtIn();
        QCOMPARE(list->count(), lessons.size());
        int wrapped = 0;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            QVERIFY(item->text().endsWith(lessons[i].title));
            QVERIFY(item->toolTip().contains(lessons[i].title));
            const QRect rect = list->visualItemRect(item);
            // A title wider than the list takes more than one line instead of being cut.
            if (list->fontMetrics().horizontalAdvance(item->text()) > list->viewport()->width()) {
                QVERIFY2(rect.height() >= 2 * list->fontMetrics().height(), qPrintable(item->text()));
                ++wrapped;
            }
        }
        QVERIFY2(wrapped > 0, "at the default width some titles should need wrapping");
    }

    void arrowKeysMoveEnterOpens() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(0); }));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidget* list = window.lessonsPanel()->lessonList();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 2);
        QVERIFY(!window.session()->isBusy());  // moving through the list opens nothing
        QVERIFY(shownPath(window).endsWith(QStringLiteral("01_sync.py")));
        QVERIFY(waitLoaded(window, [&] { QTest::keyClick(list, Qt::Key_Return); }));
        QVERIFY2(shownPath(window).endsWith(QStringLiteral("03_create_task.py")),
                 qPrintable(shownPath(window)));
        QCOMPARE(list->currentRow(), 2);
    }

    void aClickOpens() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(0); }));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget* list = window.lessonsPanel()->lessonList();
        const QRect rect = list->visualItemRect(list->item(3));
        QVERIFY(waitLoaded(window,
                           [&] { QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center()); }));
        QVERIFY2(shownPath(window).endsWith(QStringLiteral("04_taskgroup.py")),
                 qPrintable(shownPath(window)));
    }

    void aLessonOpenedByPathIsMarkedInTheList() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] {
            window.openProgram(QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/05_async_for.py"));
        }));
        QCOMPARE(window.lessonsPanel()->lessonList()->currentRow(), 4);
    }
};

QTEST_MAIN(TestGuiFirstStart)
#include "test_gui_first_start.moc"
