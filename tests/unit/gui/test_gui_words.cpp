// Words that teach the right thing: a task stopped by the instruction limit or by Stop Run is
// told as still running and never awaiting (not "yielded … now ready"), by its label, at its line,
// with the app's setting named instead of a command-line flag; deadlocks name who waits on what;
// explanations wrap; numbers have no float noise; a multi-line call is shown whole; the Markdown
// export escapes the Markdown way; lesson notes say when they describe the program as written.
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "core/autosave.h"
#include "core/markdown_tables.h"
#include "core/playhead.h"
#include "core/run_budgets.h"
#include "core/run_end_text.h"
#include "core/session.h"
#include "core/tick_words.h"
#include "main_window.h"
#include "models/output_model.h"
#include "models/parameters_model.h"
#include "models/tick_table_model.h"
#include "widgets/settings_dialog.h"

using namespace loopstep;

namespace {

bool waitLoaded(MainWindow& window, const std::function<void()>& action, int timeout = 20000) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(timeout);
}

QString writeProgram(const QTemporaryDir& dir, const char* name, const QByteArray& code) {
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(code);
    return path;
}

// t2 spins without awaiting at line 13.
const QByteArray kSpinner =
    "import asyncio\n\n\nasync def ticker():\n    for i in range(3):\n        print('tick', i)\n"
    "        await asyncio.sleep(0.5)\n\n\nasync def spinner():\n    n = 0\n    while True:\n        n += "
    "1\n\n\n"
    "async def main():\n    t1 = asyncio.create_task(ticker())\n    t2 = asyncio.create_task(spinner())\n"
    "    await asyncio.gather(t1,\n                         t2)\n\n\nasyncio.run(main())\n";

QStringList outputRows(const MainWindow& window) {
    QStringList rows;
    const OutputModel* model = window.outputModel();
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, 1).data().toString();
    return rows;
}

QString statusText(const MainWindow& window) {
    return window.findChild<QLabel*>(QStringLiteral("positionLabel"))->text();
}

}  // namespace

class TestGuiWords : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_words"));
        QSettings().clear();
        Autosave::clear();
    }
    void cleanup() { QSettings().clear(); }

    void numbersAsPythonWritesThem_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("sleep noise") << 0.010000000000005116 << QStringLiteral("0.01");
        QTest::newRow("whole") << 2.0 << QStringLiteral("2");
        QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
        QTest::newRow("milli") << 0.001 << QStringLiteral("0.001");
        QTest::newRow("sum noise") << 0.30000000000000004 << QStringLiteral("0.3");
        QTest::newRow("real digits") << 1234.5678 << QStringLiteral("1234.5678");
        QTest::newRow("almost two") << 1.9999999999998 << QStringLiteral("2");
    }
    void numbersAsPythonWritesThem() {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(pythonNumberText(value), text);
    }

    void noiseIsRemovedFromTextsOnly() {
        QCOMPARE(withoutFloatNoise(QStringLiteral("awaited asyncio.sleep(0.010000000000005116) at L8")),
                 QStringLiteral("awaited asyncio.sleep(0.01) at L8"));
        QCOMPARE(withoutFloatNoise(QStringLiteral("busy (sleep until t=1.010)")),
                 QStringLiteral("busy (sleep until t=1.010)"));
        QCOMPARE(withoutFloatNoise(QStringLiteral("worker(3.14159, 'x')")),
                 QStringLiteral("worker(3.14159, 'x')"));
    }

    void multiLineCallsAreShownWhole() {
        const std::vector<std::string> source = {"async def main():",
                                                 "    await asyncio.gather(  # both",
                                                 "        worker(1),",
                                                 "        worker(2),",
                                                 "    )",
                                                 "    print('x')"};
        QCOMPARE(completeCall(QStringLiteral("awaited asyncio.gather( at L2"), source, 2),
                 QStringLiteral("awaited asyncio.gather(worker(1), worker(2)) at L2"));
        QCOMPARE(completeCall(QStringLiteral("await asyncio.gather("), source, 2),
                 QStringLiteral("await asyncio.gather(worker(1), worker(2))"));
        QCOMPARE(completeCall(QStringLiteral("awaited task1 at L2"), source, 2),
                 QStringLiteral("awaited task1 at L2"));
    }

    void headerHasNoFloatNoise() {
        QTemporaryDir dir;
        const QString path = writeProgram(
            dir, "noise.py",
            "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n"
            "    for i in range(5):\n        await asyncio.sleep(0.01)\n\n\nasyncio.run(main())\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const Trace& trace = *window.playhead()->trace();
        int noisy = 0;
        for (size_t i = 0; i < trace.tick_count(); ++i) {
            const QString engine = QString::fromStdString(trace.tick_summary(i));
            if (!engine.contains(QStringLiteral("0.0100000"))) continue;
            ++noisy;  // the engine's words carry the noise here: the app's must not
            window.playhead()->goToTick(static_cast<long>(i));
            const QString header = window.tickTableModel()->header();
            QVERIFY2(header.contains(QStringLiteral("asyncio.sleep(0.01)")), qPrintable(header));
            QVERIFY2(!header.contains(QStringLiteral("0.0100000")), qPrintable(header));
        }
        QVERIFY2(noisy > 0, "the program should produce float noise in the engine's summary");
    }

    void gatherOverSeveralLinesIsOneLine() {
        QTemporaryDir dir;
        const QString path =
            writeProgram(dir, "gather.py",
                         "import asyncio\n\n\nasync def worker(n):\n    await asyncio.sleep(n)\n\n\n"
                         "async def main():\n    await asyncio.gather(\n        worker(1),\n"
                         "        worker(2),\n    )\n\n\nasyncio.run(main())\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        window.playhead()->goToTick(0);
        const QString header = window.tickTableModel()->header();
        QVERIFY2(header.contains(QStringLiteral("asyncio.gather(worker(1), worker(2)) at L9")),
                 qPrintable(header));
    }

    void aTaskThatNeverAwaitsIsToldSo() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "spin.py", kSpinner);
        MainWindow window;
        RunBudgets budgets;
        budgets.maxInstructions = 200'000;  // stop the spinner quickly
        window.session()->setBudgets(budgets);
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const Trace& trace = *window.playhead()->trace();
        QCOMPARE(trace.result.status, RunStatus::BudgetExceeded);
        window.playhead()->last();
        const QString header = window.tickTableModel()->header();
        // The loop is `while True:` (L12) and `n += 1` (L13): it is stopped on one of them.
        QVERIFY2(header.contains(QStringLiteral("at L12")) || header.contains(QStringLiteral("at L13")),
                 qPrintable(header));
        for (const char* word : {"t2", "never awaited", "Edit → Settings… → Instructions between awaits"})
            QVERIFY2(header.contains(QString::fromUtf8(word)), qPrintable(word + (": " + header)));
        for (const char* word : {"yielded", "Task-3", "--max-instructions", "now ready"})
            QVERIFY2(!header.contains(QLatin1String(word)), qPrintable(word + (": " + header)));
        QVERIFY2(statusText(window).contains(QStringLiteral("t2 never awaited at L1")),
                 qPrintable(statusText(window)));
        // The output panel's explanation wraps into rows a panel shows whole.
        const QStringList rows = outputRows(window);
        QVERIFY2(
            rows.join(QLatin1Char(' ')).simplified().contains(QStringLiteral("without reaching an await")),
            qPrintable(rows.join(QLatin1Char('\n'))));
        for (const QString& row : rows)
            QVERIFY2(row.size() <= 80, qPrintable(row));
        // … to the panel's width, however narrow the panel is made.
        window.outputModel()->setErrorColumns(36);
        const QStringList narrow = outputRows(window);
        QVERIFY(narrow.size() > 3);
        for (const QString& row : narrow)
            QVERIFY2(row.size() <= 36 + 2, qPrintable(row));
        QCOMPARE(narrow.join(QLatin1Char(' ')).simplified(), rows.join(QLatin1Char(' ')).simplified());
        // The tick table's state cell is short; the whole story is in the header (a wrapping label).
        const TickTableModel* model = window.tickTableModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString state = model->index(r, TickTableModel::StateColumn).data().toString();
            QVERIFY2(state.size() < 60 && !state.contains(QStringLiteral("--max")), qPrintable(state));
        }
    }

    void stopRunTellsWhatWasRunning() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "spin.py", kSpinner);
        MainWindow window;
        window.show();
        RunBudgets budgets;
        budgets.maxInstructions = RunBudgets::kInstructionsMax;  // runs until stopped
        window.session()->setBudgets(budgets);
        QSignalSpy loaded(window.session(), &Session::programLoaded);
        window.openProgram(path);
        QVERIFY(window.session()->isBusy());
        // Live progress while it runs: ticks so far, the UI answering meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->progress() && window.session()->progress()->ticks.load() >= 3, 10000);
        auto* progress = window.findChild<QLabel*>(QStringLiteral("runProgressLabel"));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 5000);
        QVERIFY2(progress->text().contains(QStringLiteral("3 ticks")), qPrintable(progress->text()));
        QVERIFY2(progress->text().contains(QStringLiteral("t=0.")), qPrintable(progress->text()));
        window.session()->stopRun();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!progress->isVisible());
        window.playhead()->last();
        const QString header = window.tickTableModel()->header();
        for (const char* word : {"t2", "still running", "stopped", "never awaited"})
            QVERIFY2(header.contains(QLatin1String(word)), qPrintable(word + (": " + header)));
        QVERIFY2(!header.contains(QLatin1String("yielded")), qPrintable(header));
    }

    void deadlockNamesWhoWaitsOnWhat() {
        QTemporaryDir dir;
        const QString path = writeProgram(
            dir, "dead.py",
            "import asyncio\n\n\nasync def waiter(ev):\n    await ev.wait()\n\n\n"
            "async def main():\n    ev = asyncio.Event()\n    w = asyncio.create_task(waiter(ev))\n"
            "    await w\n\n\nasyncio.run(main())\n");
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        window.playhead()->last();
        const QString header = window.tickTableModel()->header();
        QVERIFY2(header.contains(QStringLiteral("Deadlock")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("w waits on")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("at L5")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("main waits on w")), qPrintable(header));
        // The output panel tells it by the same labels, not by Task-N names.
        const QString output = outputRows(window).join(QLatin1Char(' ')).simplified();
        QVERIFY2(output.contains(QStringLiteral("w waits on")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("Task-2")), qPrintable(output));
    }

    void budgetsAreSettingsUsedByRuns() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "spin.py", kSpinner);
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] {
            window.openProgram(QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py"));
        }));
        RunBudgets budgets = window.session()->budgets();
        QCOMPARE(budgets, RunBudgets{});  // nothing stored yet: the engine's defaults
        budgets.maxInstructions = 150'000;
        budgets.maxTicks = 5'000;
        budgets.maxVirtualTime = 3600;
        QVERIFY(waitLoaded(window, [&] { window.applyBudgets(budgets); }));  // re-runs at once
        QCOMPARE(RunBudgets::load(), budgets);
        QCOMPARE(window.session()->budgets(), budgets);
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        const QString reason = QString::fromStdString(window.playhead()->trace()->result.error_line);
        QVERIFY2(reason.contains(QStringLiteral("ran 150000 instructions")), qPrintable(reason));
        // The Edit menu has the dialog.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSettings")));
    }

    void settingsDialogEditsTheBudgets() {
        RunBudgets budgets;
        budgets.maxTicks = 123'400;
        budgets.maxInstructions = 5'000'000;
        budgets.maxVirtualTime = 86'400;
        SettingsDialog dialog(budgets);
        QCOMPARE(dialog.budgets(), budgets);
        auto* instructions = dialog.findChild<QSpinBox*>(QStringLiteral("maxInstructionsBox"));
        QVERIFY(instructions);
        instructions->setValue(1'000'000);
        QCOMPARE(dialog.budgets().maxInstructions, 1'000'000);
        // The labels are the names the explanations send the learner to.
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QStringList texts;
        for (const QLabel* label : labels)
            texts << label->text();
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(instructionsBudgetName()),
                 qPrintable(texts.join(" | ")));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.budgets(), RunBudgets{});
    }

    void markdownEscapesTheMarkdownWay() {
        QCOMPARE(markdownEscaped(QStringLiteral("<module> ran | *x*")),
                 QStringLiteral("\\<module\\> ran \\| \\*x\\*"));
        QCOMPARE(markdownCode(QStringLiteral("<module>")), QStringLiteral("`<module>`"));
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(2); }));
        const QByteArray md = markdownTables(*window.playhead()->trace(), 0, 6);
        QVERIFY(md.contains("| `<module>` |"));
        QVERIFY(!md.contains("&lt;") && !md.contains("&gt;"));
        QVERIFY(md.contains("### T6 — t=2.000 — "));
    }

    void lessonNotesSayWhenTheRunChanged() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openLesson(2); }));
        window.playhead()->last();
        const QString marker = QStringLiteral("describes the lesson as written");
        QVERIFY(!window.notesView()->toPlainText().contains(marker));
        ParametersModel* model = window.parametersModel();
        QVERIFY(
            waitLoaded(window, [&] { model->setData(model->index(0, ParametersModel::ValueColumn), 5.0); }));
        window.playhead()->last();
        const QString notes = window.notesView()->toPlainText();
        QVERIFY2(notes.contains(marker), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("ends at t=")), qPrintable(notes));
    }
};

QTEST_MAIN(TestGuiWords)
#include "test_gui_words.moc"
