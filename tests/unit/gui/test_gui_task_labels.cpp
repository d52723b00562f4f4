// Labels that tell tasks apart: what all tasks of one call share is elided, what differs is
// kept whole (`worker('alpha', …)`, not `worker(… 20000)`), the full label is in the tooltip,
// and the tick table's columns are as wide as their content.
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "models/task_labels.h"
#include "models/tick_table_model.h"

using namespace loopstep;

namespace {

bool waitLoaded(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(20000);
}

QStringList column(const TickTableModel* model, int column, int role = Qt::DisplayRole) {
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data(role).toString();
    return out;
}

bool allDistinct(const QStringList& list) {
    QStringList unique = list;
    unique.removeDuplicates();
    return unique.size() == list.size();
}

}  // namespace

class TestGuiTaskLabels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_task_labels"));
    }

    void splitsCallsAtTopLevelCommas() {
        QString head;
        QStringList args;
        QVERIFY(splitCallLabel(QStringLiteral("f(1, 'a, b', g(2, 3), [4, 5])"), &head, &args));
        QCOMPARE(head, QStringLiteral("f"));
        QCOMPARE(args, (QStringList{"1", "'a, b'", "g(2, 3)", "[4, 5]"}));
        QVERIFY(!splitCallLabel(QStringLiteral("task1"), &head, &args));
        QVERIFY(!splitCallLabel(QStringLiteral("<module>"), &head, &args));
        QVERIFY(!splitCallLabel(QStringLiteral("f(a)(b)"), &head, &args));
    }

    void elidesWhatIsCommonKeepsWhatDiffers_data() {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("issue: same count, different names")
            << QStringList{"main", "worker('alpha', 20000)", "worker('beta', 20000)",
                           "worker('gamma', 20000)"}
            << QStringList{"main", "worker('alpha', …)", "worker('beta', …)", "worker('gamma', …)"};
        QTest::newRow("lesson 6: customers and shops share the queue")
            << QStringList{"main", "place_order('customer0', q)", "place_order('customer1', q)",
                           "process_orders('shop0', q)", "process_orders('shop1', q)"}
            << QStringList{"main", "place_order('customer0', …)", "place_order('customer1', …)",
                           "process_orders('shop0', …)", "process_orders('shop1', …)"};
        QTest::newRow("common run in the middle")
            << QStringList{"job(1, q, lock, 'a')", "job(2, q, lock, 'b')"}
            << QStringList{"job(1, …, 'a')", "job(2, …, 'b')"};
        QTest::newRow("one task of a coroutine keeps its whole call")
            << QStringList{"worker(1, 'order milk')", "task2"}
            << QStringList{"worker(1, 'order milk')", "task2"};
        QTest::newRow("the very same call twice stays whole")
            << QStringList{"tick(1)", "tick(1)"} << QStringList{"tick(1)", "tick(1)"};
        QTest::newRow("different argument counts are different groups")
            << QStringList{"w(1)", "w(1, 2)", "w(3, 2)"} << QStringList{"w(1)", "w(1, …)", "w(3, …)"};
    }

    void elidesWhatIsCommonKeepsWhatDiffers() {
        QFETCH(QStringList, labels);
        QFETCH(QStringList, expected);
        const QStringList got = distinctShortLabels(labels);
        QCOMPARE(got, expected);
        // Labels that differ before stay different after, and nothing gets longer.
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(got[i].size() <= labels[i].size());
            for (int j = i + 1; j < labels.size(); ++j)
                if (labels[i] != labels[j]) QVERIFY2(got[i] != got[j], qPrintable(got[i]));
        }
    }

    void tickTableShowsDistinctLabelsWithTheFullOneInTheTooltip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workers.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "import asyncio\n\n\nasync def worker(name, n):\n    for i in range(n):\n"
            "        await asyncio.sleep(0.01)\n    print(name, 'done')\n\n\n"
            "async def main():\n    await asyncio.gather(\n        worker('alpha', 200),\n"
            "        worker('beta', 200),\n        worker('gamma', 200),\n    )\n\n\nasyncio.run(main())\n");
        file.close();
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(waitLoaded(window, [&] { window.openProgram(path); }));
        window.show();
        window.playhead()->goToTick(10);
        const TickTableModel* model = window.tickTableModel();
        const QStringList shown = column(model, TickTableModel::TaskColumn);
        QVERIFY2(shown.contains(QStringLiteral("worker('alpha', …)")), qPrintable(shown.join(" | ")));
        QVERIFY(shown.contains(QStringLiteral("worker('beta', …)")));
        QVERIFY(allDistinct(shown));
        const QStringList tips = column(model, TickTableModel::TaskColumn, Qt::ToolTipRole);
        QVERIFY(tips.join(QLatin1Char('\n')).contains(QStringLiteral("worker('gamma', 200)")));

        // Columns sized to content: no label is cut.
        auto* view = window.findChild<QTableView*>(QStringLiteral("tickTable"));
        QVERIFY(view);
        QCOMPARE(view->textElideMode(), Qt::ElideNone);
        const QFontMetrics metrics(view->font());
        for (const QString& label : shown)
            QVERIFY2(view->columnWidth(TickTableModel::TaskColumn) >= metrics.horizontalAdvance(label),
                     qPrintable(label));
    }

    void lessonSixLabelsAreDistinct() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] {
            window.openProgram(QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/06_queues.py"));
        }));
        window.playhead()->last();
        const QStringList shown = column(window.tickTableModel(), TickTableModel::TaskColumn);
        QVERIFY(shown.size() >= 4);
        QVERIFY2(allDistinct(shown), qPrintable(shown.join(" | ")));
        for (const QString& label : shown)
            QVERIFY2(!label.contains(QStringLiteral("…'")), qPrintable(label));
    }
};

QTEST_MAIN(TestGuiTaskLabels)
#include "test_gui_task_labels.moc"
