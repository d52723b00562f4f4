// Every shortcut a menu shows works: pressed with the focus in the code view, in the lessons list
// or in the output, it triggers its action exactly once (no ambiguity, no widget eating it).
// Dialogs the actions open are closed as soon as they show.
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QDockWidget>
#include <QWhatsThis>
#include <QtTest>

#include "core/autosave.h"
#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "widgets/code_view.h"
#include "widgets/lessons_panel.h"

using namespace loopstep;

namespace {

const QString kCreateTask = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");

// The menu bar's actions with a shortcut, submenus included.
void collectShortcutActions(const QMenu* menu, QList<QAction*>& out) {
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collectShortcutActions(action->menu(), out);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            out.append(action);
    }
}

QList<QAction*> shortcutActions(const MainWindow& window) {
    QList<QAction*> out;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu()) collectShortcutActions(top->menu(), out);
    return out;
}

// Closes whatever modal dialog an action opens (Open, Save As, About…), so the test goes on.
class DialogCloser : public QObject {
public:
    DialogCloser() {
        timer_.setInterval(20);
        connect(&timer_, &QTimer::timeout, this, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) dialog->reject();
        });
        timer_.start();
    }

private:
    QTimer timer_;
};

bool waitIdle(MainWindow& window) {
    if (!window.session()->isBusy()) return true;
    QSignalSpy busy(window.session(), &Session::busyChanged);
    return busy.wait(10000) || !window.session()->isBusy();
}

}  // namespace

class TestGuiMenuShortcuts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_menu_shortcuts"));
        Autosave::clear();
    }

    void menusShowTheKeysOfSaveAsUndoAndStepping() {
        MainWindow window;
        QStringList shown;
        for (QAction* action : shortcutActions(window))
            for (const QKeySequence& key : action->shortcuts())
                shown << key.toString(QKeySequence::PortableText);
        for (const char* key :
             {"Ctrl+S", "Ctrl+Shift+S", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+E", "Right", "Left"})
            QVERIFY2(shown.contains(QLatin1String(key)), key);
        // One action per key: two would make the key ambiguous, and neither would fire.
        QStringList unique = shown;
        unique.removeDuplicates();
        QCOMPARE(unique.size(), shown.size());
    }

    void everyShownShortcutTriggersItsAction_data() {
        QTest::addColumn<QString>("focus");
        QTest::newRow("code view") << QStringLiteral("codeView");
        QTest::newRow("lessons list") << QStringLiteral("lessonList");
        QTest::newRow("output") << QStringLiteral("outputView");
    }

    void everyShownShortcutTriggersItsAction() {
        QFETCH(QString, focus);
        DialogCloser closer;
        MainWindow window;
        window.setUnsavedPrompt([](const QString&) { return MainWindow::UnsavedDecision::Discard; });
        window.setSavePathPrompt([](const QString&) { return QString(); });
        QSignalSpy loaded(window.session(), &Session::programLoaded);
        window.openProgram(kCreateTask);
        QVERIFY(loaded.wait(10000));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const QList<QAction*> actions = shortcutActions(window);
        QVERIFY(actions.size() >= 12);
        for (QAction* action : actions) {
            for (const QKeySequence& key : action->shortcuts()) {
                if (!window.isVisible()) {
                    window.show();
                    QVERIFY(QTest::qWaitForWindowActive(&window));
                }
                QVERIFY(waitIdle(window));
                // Somewhere in the middle, so that stepping both ways and undo are possible.
                window.playhead()->goToTick(2);
                window.session()->setSeed(window.session()->seed() + 1);
                QVERIFY(loaded.wait(10000));
                if (window.isCodeEditing()) window.setCodeEditing(false);
                auto* target = window.findChild<QWidget*>(focus);
                QVERIFY(target);
                window.activateWindow();
                target->setFocus();
                QTRY_VERIFY2(target->hasFocus(),
                             qPrintable(action->text() + QStringLiteral(": no focus in ") + focus));
                if (action->objectName() == QStringLiteral("actionRedo"))
                    window.session()->undoStack()->undo();
                if (!action->isEnabled()) continue;  // (Stop Run: only while a run goes on)
                QSignalSpy triggered(action, &QAction::triggered);
                QTest::keySequence(QApplication::focusWidget(), key);
                QVERIFY2(triggered.count() == 1,
                         qPrintable(QStringLiteral("%1 (%2) with the focus in the %3: triggered %4 times")
                                        .arg(action->text(), key.toString(), focus)
                                        .arg(triggered.count())));
                if (window.player() && action->objectName() == QStringLiteral("actionPlayPause"))
                    action->trigger();  // stop playing again
                // Back to the main window for the next key: the layout before Presentation or Full
                // Screen, out of What's This? mode, and any window an action opened (the handbook)
                // closed again.
                if (action->isCheckable() && action->isChecked() &&
                    (action->objectName() == QStringLiteral("actionPresentation") ||
                     action->objectName() == QStringLiteral("actionFullScreen")))
                    action->trigger();
                if (QWhatsThis::inWhatsThisMode()) QWhatsThis::leaveWhatsThisMode();
                for (QWidget* other : QApplication::topLevelWidgets())
                    if (other != &window && other->isVisible() && !qobject_cast<QDockWidget*>(other)) other->close();
            }
        }
    }
};

QTEST_MAIN(TestGuiMenuShortcuts)
#include "test_gui_menu_shortcuts.moc"
