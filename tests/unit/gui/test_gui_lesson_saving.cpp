// Saving never writes over a lesson: a built-in lesson, opened from the app's embedded copy or from
// the lessons/ folder by path (as scripts/run-app.sh opens it), is saved as a copy outside lessons/;
// Ctrl+S and Ctrl+Shift+S both reach the save-as question; a program of the learner's own saves in
// place.
#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

#include "core/autosave.h"
#include "core/program_document.h"
#include "core/session.h"
#include "main_window.h"
#include "widgets/code_view.h"

using namespace loopstep;

namespace {

const QString kLessonsDir = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons");
const QString kCreateTask = kLessonsDir + QStringLiteral("/03_create_task.py");

bool waitLoaded(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(10000);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Types a comment at the top of the code, as a learner would in code editing mode.
void typeAComment(MainWindow& window) {
    window.setCodeEditing(true);
    QTextCursor cursor(window.codeView()->document()->firstBlock());
    cursor.insertText(QStringLiteral("# my notes\n"));
}

bool isInside(const QString& path, const QString& folder) {
    const QString dir = QDir(QFileInfo(path).absolutePath()).canonicalPath();
    return !dir.isEmpty() && dir == QDir(folder).canonicalPath();
}

}  // namespace

class TestGuiLessonSaving : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_lesson_saving"));
        Autosave::clear();
    }
    void cleanup() { Autosave::clear(); }

    void lessonFilesAreRecognisedWhereverTheyAre() {
        MainWindow window;  // makes the embedded lessons available
        QVERIFY(ProgramDocument::isLessonFile(QStringLiteral(":/lessons/03_create_task.py")));
        QVERIFY(ProgramDocument::isLessonFile(kCreateTask));
        QTemporaryDir dir;
        // A lone byte-for-byte copy is a lesson; the same name with other code is the learner's.
        const QString copy = dir.filePath(QStringLiteral("03_create_task.py"));
        QVERIFY(QFile::copy(kCreateTask, copy));
        QVERIFY(ProgramDocument::isLessonFile(copy));
        QFile file(copy);
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::WriteOwner));
        QVERIFY(file.open(QIODevice::Append));
        file.write("# changed\n");
        file.close();
        QVERIFY(!ProgramDocument::isLessonFile(copy));
        QVERIFY(!ProgramDocument::isLessonFile(dir.filePath(QStringLiteral("mine.py"))));
    }

    void ctrlSOnALessonOpenedByPathSavesACopy() {
        const QByteArray before = readAll(kCreateTask);
        QVERIFY(!before.isEmpty());
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typeAComment(window);
        QVERIFY(window.hasUnsavedChanges());

        QTemporaryDir dir;
        QString proposed;
        const QString chosen = dir.filePath(QStringLiteral("my_create_task.py"));
        window.setSavePathPrompt([&](const QString& suggested) {
            proposed = suggested;
            return chosen;
        });
        QTest::keyClick(window.codeView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!proposed.isEmpty(), "Ctrl+S on a lesson must ask where to save the copy");
        QVERIFY2(!isInside(proposed, kLessonsDir), qPrintable(proposed));
        QVERIFY(proposed.endsWith(QStringLiteral(".py")));
        QCOMPARE(readAll(kCreateTask), before);  // byte-identical
        QVERIFY(readAll(chosen).startsWith("# my notes\n"));
        QVERIFY(!window.hasUnsavedChanges());

        // The copy is now where Save writes, without asking again.
        proposed.clear();
        window.codeView()->textCursor().insertText(QStringLiteral("# more\n"));
        QTest::keyClick(window.codeView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(proposed.isEmpty());
        QVERIFY(readAll(chosen).contains("# more\n"));
        QCOMPARE(readAll(kCreateTask), before);
    }

    void theEmbeddedLessonSavesACopyToo() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(2); }));
        typeAComment(window);
        QString proposed;
        window.setSavePathPrompt([&](const QString& suggested) {
            proposed = suggested;
            return QString();  // cancelled
        });
        QVERIFY(!window.save());
        QVERIFY(!proposed.isEmpty());
        QVERIFY(!proposed.startsWith(QStringLiteral(":/")));
        QVERIFY(!isInside(proposed, kLessonsDir));
        QVERIFY(window.hasUnsavedChanges());
    }

    void saveAsRefusesToWriteOverALesson() {
        const QByteArray before = readAll(kCreateTask);
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        typeAComment(window);
        QString error;
        QVERIFY(!window.saveTo(kCreateTask, &error));
        QVERIFY2(error.contains(QStringLiteral("lesson")), qPrintable(error));
        QCOMPARE(readAll(kCreateTask), before);
    }

    void ctrlShiftSAsksWhereEvenForAProgramOfOnesOwn() {
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("mine.py"));
        QVERIFY(QFile::copy(kCreateTask, mine));
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QFile file(mine);
            QVERIFY(file.open(QIODevice::Append));
            file.write("# mine\n");
        }
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(mine); }));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typeAComment(window);
        QString proposed;
        const QString other = dir.filePath(QStringLiteral("other.py"));
        window.setSavePathPrompt([&](const QString& suggested) {
            proposed = suggested;
            return other;
        });
        QTest::keyClick(window.codeView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(proposed, mine);
        QVERIFY(readAll(other).startsWith("# my notes\n"));
        // Ctrl+S on a program of one's own writes in place.
        proposed.clear();
        window.codeView()->textCursor().insertText(QStringLiteral("# again\n"));
        QTest::keyClick(window.codeView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(proposed.isEmpty());
        QVERIFY(readAll(other).contains("# again\n"));
    }
};

QTEST_MAIN(TestGuiLessonSaving)
#include "test_gui_lesson_saving.moc"
