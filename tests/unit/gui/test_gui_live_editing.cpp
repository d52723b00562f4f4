// Live editing in the main window: a delay edited through the Parameters model runs as CPython
// runs the edited source (loopstep-cli --set, and the CPython harness where python3 exists), the
// learner's tick stays (clamped), the previous run shows behind the new one, undo/redo bring back
// the very traces, code editing keeps the last good run on a syntax error, Save is atomic, unsaved
// code is asked about, and the autosaved buffer comes back.
#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "core/autosave.h"
#include "core/playhead.h"
#include "core/run_setup.h"
#include "core/session.h"
#include "main_window.h"
#include "models/output_model.h"
#include "models/parameters_model.h"
#include "timeline/timeline_widget.h"
#include "trace/trace_format.h"
#include "widgets/code_view.h"
#include "widgets/parameters_panel.h"

using namespace loopstep;

namespace {

const QString kLessons = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/");
const QString kCreateTask = kLessons + QStringLiteral("03_create_task.py");

bool waitLoaded(MainWindow& window, const std::function<void()>& action, int timeout = 10000) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(timeout);
}

bool waitRefused(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy refused(window.session(), &Session::programRefused);
    action();
    return !refused.isEmpty() || refused.wait(10000);
}

std::string json(const MainWindow& window) {
    return trace_to_json(*window.playhead()->trace());
}

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) return QStringLiteral("<timeout>");
    if (exitCode) *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int rowNamed(const ParametersModel* model, const QString& name) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ParametersModel::NameColumn).data().toString() == name) return r;
    return -1;
}

bool setValue(MainWindow& window, int row, double value) {
    ParametersModel* model = window.parametersModel();
    return waitLoaded(window,
                      [&] { model->setData(model->index(row, ParametersModel::ValueColumn), value); });
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

}  // namespace

class TestGuiLiveEditing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_live_editing"));
        Autosave::clear();
    }
    void cleanup() { Autosave::clear(); }

    void parametersListLessonNamesThenDelaysThenSeed() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        const ParametersModel* model = window.parametersModel();
        QVERIFY(model->rowCount() >= 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("task1 delay"));
        QCOMPARE(model->index(0, 1).data(ParametersModel::LocationRole).toString(), QStringLiteral("16:40"));
        QCOMPARE(model->index(0, 1).data(Qt::EditRole).toDouble(), 1.0);
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("task2 delay"));
        QVERIFY(model->index(model->rowCount() - 1, 1)
                    .data(ParametersModel::LocationRole)
                    .toString()
                    .isEmpty());  // the seed
        QCOMPARE(model->seedRow(), model->rowCount() - 1);
        // A spin box and a slider per row; moving either is an edit.
        QSlider* slider = window.parametersPanel()->slider(0);
        QDoubleSpinBox* spin = window.parametersPanel()->spinBox(0);
        QVERIFY(slider && spin);
        QCOMPARE(spin->value(), 1.0);
        QCOMPARE(slider->value(), 2);  // 0 … 180 s in steps of 0.5
        QVERIFY(waitLoaded(window, [&] { slider->setValue(6); }));
        QCOMPARE(window.session()->setup()->editAt(16, 40)->number, std::string("3"));
        QCOMPARE(spin->value(), 3.0);
        QVERIFY(waitLoaded(window, [&] { spin->setValue(0.5); }));
        QCOMPARE(window.session()->setup()->editAt(16, 40)->number, std::string("0.5"));
        QCOMPARE(slider->value(), 1);
    }

    // The workshop's question: task1 takes 3 s instead of 1 s.
    void editedDelayRunsAsTheEditedSource() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        const std::shared_ptr<const Trace> before = window.playhead()->trace();
        QVERIFY(setValue(window, 0, 3.0));
        const QString output = QString::fromStdString(window.playhead()->trace()->output());
        int code = -1;
        const QString cli = run(
            QStringLiteral(LOOPSTEP_CLI),
            {QStringLiteral("run"), kCreateTask, QStringLiteral("--set"), QStringLiteral("16:40=3")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(output, cli);
        QVERIFY(
            output.contains(QStringLiteral("done order bread at 00:00:02\ndone order milk at 00:00:03\n")));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!python.isEmpty()) {
            const QString cpython =
                run(python,
                    {QStringLiteral(LOOPSTEP_SOURCE_DIR "/tests/harness/cpython_vclock.py"), kCreateTask,
                     QStringLiteral("--set"), QStringLiteral("16:40=3")},
                    &code);
            QCOMPARE(code, 0);
            QCOMPARE(output, cpython);
        }
        // The code view shows the rewritten literal; the title says the run is changed.
        QVERIFY(window.codeView()->toPlainText().contains(QStringLiteral("worker(3, \"order milk\")")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("changed")));
        // What changed: the previous run behind the new one, moved output lines marked.
        QVERIFY(window.timeline()->ghostModel());
        QCOMPARE(window.timeline()->ghostModel()->trace(), before.get());
        const OutputModel* out = window.outputModel();
        window.playhead()->last();
        QVERIFY(out->movedLineCount() >= 2);
        bool milkMoved = false;
        for (int r = 0; r < out->rowCount(); ++r) {
            const QString text = out->index(r, OutputModel::TextColumn).data().toString();
            if (text.startsWith(QStringLiteral("done order milk"))) {
                milkMoved = out->index(r, 0).data(OutputModel::MovedRole).toBool();
                QCOMPARE(out->index(r, 0).data(OutputModel::PreviousClockRole).toDouble(), 1.0);
                QVERIFY(out->index(r, 0).data().toString().contains(QStringLiteral("was")));
            }
            if (text.startsWith(QStringLiteral("started main")))
                QVERIFY(!out->index(r, 0).data(OutputModel::MovedRole).toBool());
        }
        QVERIFY(milkMoved);
    }

    // Every lesson and a sample of the asyncio conformance programs: the first delay found, one
    // step up, through the Parameters model — the run's output is the console front end's and
    // CPython's on the same --set.
    void firstDelayEditMatchesCliAndCpython_data() {
        QTest::addColumn<QString>("path");
        const QDir lessons(kLessons);
        for (const QString& name : lessons.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << lessons.filePath(name);
        const QDir programs(QStringLiteral(LOOPSTEP_SOURCE_DIR "/tests/conformance/programs/asyncio"));
        int taken = 0;
        for (const QString& name :
             programs.entryList({QStringLiteral("*sleep*.py"), QStringLiteral("*timeout*.py"),
                                 QStringLiteral("*gather*.py")},
                                QDir::Files, QDir::Name)) {
            if (taken++ % 4 == 0) QTest::newRow(qPrintable(name)) << programs.filePath(name);
        }
    }

    void firstDelayEditMatchesCliAndCpython() {
        QFETCH(QString, path);
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const ParametersModel* model = window.parametersModel();
        int row = 0;
        while (row < model->rowCount() &&
               model->index(row, 1).data(ParametersModel::LocationRole).toString().isEmpty())
            ++row;
        if (row == model->rowCount()) QSKIP("no delay to edit");
        const QModelIndex index = model->index(row, ParametersModel::ValueColumn);
        const double step = index.data(ParametersModel::StepRole).toDouble();
        double value = index.data(Qt::EditRole).toDouble() + step;
        if (value > index.data(ParametersModel::MaximumRole).toDouble()) value -= 2 * step;
        QVERIFY(setValue(window, row, value));
        const QString set = index.data(ParametersModel::LocationRole).toString() + QLatin1Char('=') +
                            QString::fromStdString(numberLiteralText(value));
        const QString output = QString::fromStdString(window.playhead()->trace()->output());
        QCOMPARE(output, run(QStringLiteral(LOOPSTEP_CLI),
                             {QStringLiteral("run"), path, QStringLiteral("--set"), set}));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!python.isEmpty())
            QCOMPARE(output,
                     run(python, {QStringLiteral(LOOPSTEP_SOURCE_DIR "/tests/harness/cpython_vclock.py"),
                                  path, QStringLiteral("--set"), set}));
    }

    void seedIsAParameter() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dice.py"));
        writeFile(path, "import random\nprint(random.randint(1, 1000000))\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const std::string first = window.playhead()->trace()->output();
        QVERIFY(setValue(window, window.parametersModel()->seedRow(), 7));
        QCOMPARE(window.session()->seed(), int64_t(7));
        const QString cli = run(QStringLiteral(LOOPSTEP_CLI),
                                {QStringLiteral("run"), path, QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(QString::fromStdString(window.playhead()->trace()->output()), cli);
        QVERIFY(window.playhead()->trace()->output() != first);
    }

    void currentTickStaysClamped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rounds.py"));
        writeFile(path,
                  "import asyncio\n\nROUNDS = 6\n\n\nasync def tick(n):\n    await asyncio.sleep(0.5)\n    "
                  "print(n)\n\n\n"
                  "async def main():\n    for i in range(ROUNDS):\n        await "
                  "asyncio.create_task(tick(i))\n\n\nasyncio.run(main())\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const int row = rowNamed(window.parametersModel(), QStringLiteral("ROUNDS"));
        QVERIFY(row >= 0);
        const long ticks = window.playhead()->tickCount();
        window.playhead()->goToTick(5);
        QVERIFY(setValue(window, row, 8));  // more ticks: the tick stays
        QVERIFY(window.playhead()->tickCount() > ticks);
        QCOMPARE(window.playhead()->tick(), 5L);
        window.playhead()->last();
        QVERIFY(setValue(window, row, 1));  // fewer ticks: clamped to the last
        QVERIFY(window.playhead()->tickCount() < ticks);
        QCOMPARE(window.playhead()->tick(), window.playhead()->tickCount() - 1);
        QCOMPARE(window.timeline()->currentTick(), static_cast<int>(window.playhead()->tickCount() - 1));
    }

    void undoRedoRestoreTheExactTraces() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        const std::string original = json(window);
        QVERIFY(setValue(window, 0, 3.0));
        const std::string three = json(window);
        QVERIFY(setValue(window, 1, 0.5));
        const std::string both = json(window);
        QVERIFY(three != original && both != three);
        QUndoStack* stack = window.session()->undoStack();
        QCOMPARE(stack->count(), 2);

        QAction* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
        QAction* redo = window.findChild<QAction*>(QStringLiteral("actionRedo"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(waitLoaded(window, [&] { undo->trigger(); }));
        QCOMPARE(json(window), three);
        QCOMPARE(window.parametersModel()->index(1, 1).data(Qt::EditRole).toDouble(), 2.0);
        QVERIFY(waitLoaded(window, [&] { undo->trigger(); }));
        QCOMPARE(json(window), original);
        QVERIFY(!window.session()->hasEdits());
        QVERIFY(waitLoaded(window, [&] { redo->trigger(); }));
        QCOMPARE(json(window), three);
        QVERIFY(waitLoaded(window, [&] { redo->trigger(); }));
        QCOMPARE(json(window), both);

        // Dragging a slider is one undo step.
        for (double v : {4.0, 5.0, 6.0})
            QVERIFY(setValue(window, 0, v));
        QCOMPARE(stack->count(), 3);
        QVERIFY(waitLoaded(window, [&] { undo->trigger(); }));
        QCOMPARE(json(window), both);
    }

    void variantIsComparedWithTheOriginal() {
        MainWindow window;
        QVERIFY(waitLoaded(window,
                           [&] { window.openProgram(kLessons + QStringLiteral("02_sequential_await.py")); }));
        const auto original = window.playhead()->trace();
        QVERIFY(waitLoaded(window, [&] { window.parametersPanel()->variantRequested(0); }));
        QCOMPARE(window.session()->variantIndex(), 0);
        QVERIFY(window.timeline()->ghostModel());
        QCOMPARE(window.timeline()->ghostModel()->trace(), original.get());
        QVERIFY(waitLoaded(window, [&] { window.session()->undoStack()->undo(); }));
        QCOMPARE(window.session()->variantIndex(), -1);
        QCOMPARE(window.playhead()->trace(), original);
    }

    void codeEditWithASyntaxErrorKeepsTheLastGoodRun() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        window.setCodeEditing(true);
        QVERIFY(window.isCodeEditing());
        QVERIFY(!window.codeView()->isReadOnly());
        const auto good = window.playhead()->trace();
        window.playhead()->goToTick(3);

        // Break line 12 (`async def main():`) by typing at its end.
        CodeView* view = window.codeView();
        QTextCursor cursor(view->document()->findBlockByNumber(11));
        cursor.movePosition(QTextCursor::EndOfBlock);
        view->setTextCursor(cursor);
        QVERIFY(waitRefused(window, [&] { QTest::keyClicks(view, QStringLiteral(" ]")); }));
        QVERIFY(!window.codeEditTimer()->isActive());
        QCOMPARE(view->errorLine(), 12);
        QCOMPARE(window.playhead()->trace(), good);  // the last good run stays
        QCOMPARE(window.playhead()->tick(), 3L);
        QVERIFY(view->toPlainText().contains(QStringLiteral("async def main(): ]")));  // the text is kept
        // While editing, the stepping keys belong to the editor.
        const int position = view->textCursor().position();
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(window.playhead()->tick(), 3L);
        QVERIFY(view->textCursor().position() < position);
        QTest::keyClick(view, Qt::Key_End);
        QVERIFY(window.hasUnsavedChanges());

        // Fix it and change a delay in the code: it runs, and the parameters follow the code.
        QVERIFY(waitLoaded(window, [&] {
            for (int i = 0; i < 2; ++i)
                QTest::keyClick(view, Qt::Key_Backspace);
            QTextCursor c(view->document()->findBlockByNumber(15));
            c.setPosition(c.position() + 39);
            c.deleteChar();
            c.insertText(QStringLiteral("4"));
        }));
        QCOMPARE(view->errorLine(), 0);
        QVERIFY(window.playhead()->trace() != good);
        QCOMPARE(window.playhead()->tick(), 3L);
        QVERIFY(window.playhead()->trace()->output().find("done order milk at 00:00:04") !=
                std::string::npos);
        const int row = window.parametersModel()->rowOf(16, 40);
        QVERIFY(row >= 0);
        QCOMPARE(window.parametersModel()->index(row, 1).data(Qt::EditRole).toDouble(), 4.0);
        // The edited buffer is autosaved.
        const auto saved = Autosave::pending();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->source, view->toPlainText().toUtf8());
        QCOMPARE(saved->originalPath, kCreateTask);
    }

    void saveWritesTheFileAtomically() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.py"));
        writeFile(path,
                  "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    "
                  "print('ok')\n\n\nasyncio.run(main())\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        QVERIFY(!window.hasUnsavedChanges());
        window.setCodeEditing(true);
        QTextCursor cursor(window.codeView()->document()->findBlockByNumber(5));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("\n    print('more')"));
        QVERIFY(window.hasUnsavedChanges());
        QVERIFY(window.windowTitle().endsWith(QStringLiteral("*")));
        QString error;
        QVERIFY2(window.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), window.codeView()->toPlainText().toUtf8());
        QVERIFY(!window.hasUnsavedChanges());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("mine.py")});  // no temporary left
        QVERIFY(!Autosave::pending());

        // A file where a directory should be: nothing can be written there.
        const QString bad = path + QStringLiteral("/nested.py");
        QVERIFY(!window.saveTo(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("nested.py")), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), window.codeView()->toPlainText().toUtf8());
    }

    void unsavedCodeIsAskedAboutOnClose() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        window.show();
        QVERIFY(window.close());  // nothing changed: no question
        window.show();
        window.setCodeEditing(true);
        window.codeView()->textCursor().insertText(QStringLiteral("# a note\n"));
        int asked = 0;
        window.setUnsavedPrompt([&](const QString& name) {
            ++asked;
            return name == QStringLiteral("03_create_task.py") ? MainWindow::UnsavedDecision::Cancel
                                                               : MainWindow::UnsavedDecision::Discard;
        });
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        window.setUnsavedPrompt([&](const QString&) {
            ++asked;
            return MainWindow::UnsavedDecision::Discard;
        });
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
    }

    void autosavedCodeComesBackAfterACrash() {
        const QByteArray code =
            "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(2)\n    "
            "print('restored')\n\n\nasyncio.run(main())\n";
        QVERIFY(Autosave::write({kCreateTask, code}));
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { QVERIFY(window.restoreAutosave()); }));
        // The original opens first, then the restored code runs.
        if (window.playhead()->trace()->output().find("restored") == std::string::npos)
            QVERIFY(waitLoaded(window, [] {}));
        QVERIFY(window.isCodeEditing());
        QCOMPARE(window.codeView()->toPlainText().toUtf8(), code);
        QCOMPARE(QString::fromStdString(window.playhead()->trace()->output()), QStringLiteral("restored\n"));
        QVERIFY(window.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestGuiLiveEditing)
#include "test_gui_live_editing.moc"
