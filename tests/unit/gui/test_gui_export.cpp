// File → Export: the timeline as PNG (at the asked size and scale), SVG (parses) and PDF (a PDF),
// the tables as the engine formats them (text, Markdown, CSV; the current tick's or all), the
// trace as JSON; a file that cannot be written gives a message and leaves nothing. And the
// headless `loopstep --export-timeline` honours --set and --seed without any display.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "core/playhead.h"
#include "core/session.h"
#include "core/markdown_tables.h"
#include "main_window.h"
#include "models/parameters_model.h"
#include "timeline/timeline_widget.h"
#include "trace/trace_format.h"
#include "widgets/export_image_dialog.h"

using namespace loopstep;

namespace {

const QString kCreateTask = QStringLiteral(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");

bool waitLoaded(MainWindow& window, const std::function<void()>& action) {
    QSignalSpy loaded(window.session(), &Session::programLoaded);
    action();
    return !loaded.isEmpty() || loaded.wait(10000);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestGuiExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LoopstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_export"));
    }

    void timelineImages_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light 1x") << 900 << 300 << 1.0 << false;
        QTest::newRow("dark 2x") << 640 << 240 << 2.0 << true;
    }

    void timelineImages() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, scale);
        QFETCH(bool, dark);
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        // After an edit, so the previous run is drawn too.
        ParametersModel* model = window.parametersModel();
        QVERIFY(waitLoaded(window, [&] { model->setData(model->index(0, 1), 3.0); }));
        QVERIFY(window.timeline()->ghostModel());
        QTemporaryDir dir;
        const ImageExportSettings settings{width, height, scale, dark};
        QString error;

        const QString png = dir.filePath(QStringLiteral("t.png"));
        QVERIFY2(window.exportTimelineImage(png, settings, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(qRound(width * scale), qRound(height * scale)));
        const QColor corner = image.pixelColor(2, 2);
        QCOMPARE(corner.lightness() < 128, dark);

        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY2(window.exportTimelineImage(svg, settings, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, width, height));

        const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY2(window.exportTimelineImage(pdf, settings, &error), qPrintable(error));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    void imageDialogKeepsItsSettings() {
        const ImageExportSettings asked{1600, 500, 2.0, true};
        ExportImageDialog dialog(asked);
        const ImageExportSettings got = dialog.settings();
        QCOMPARE(got.width, 1600);
        QCOMPARE(got.height, 500);
        QCOMPARE(got.scale, 2.0);
        QCOMPARE(got.dark, true);
    }

    void tablesAndTraceAreTheEngineFormats() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        window.playhead()->goToTick(2);
        const Trace& trace = *window.playhead()->trace();
        QTemporaryDir dir;
        QString error;
        auto exported = [&](const QString& name, bool current) {
            const QString path = dir.filePath(name);
            if (!window.exportTables(path, current, &error))
                return QByteArray("<failed: ") + error.toUtf8() + ">";
            return readAll(path);
        };
        QCOMPARE(exported(QStringLiteral("all.txt"), false), QByteArray::fromStdString(format_tables(trace)));
        // Markdown is the app's own (markdown_tables.h): `<module>` in code spans, no HTML entities.
        const QByteArray allMarkdown = exported(QStringLiteral("all.md"), false);
        QCOMPARE(allMarkdown, markdownTables(trace, 0, trace.tick_count() - 1));
        QVERIFY(allMarkdown.contains("`<module>`"));
        QVERIFY(!allMarkdown.contains("&lt;"));
        QCOMPARE(exported(QStringLiteral("all.csv"), false),
                 QByteArray::fromStdString(format_tables_csv(trace)));
        QCOMPARE(exported(QStringLiteral("t2.txt"), true),
                 QByteArray::fromStdString(format_tick_table(trace, 2)));
        const QByteArray md = exported(QStringLiteral("t2.md"), true);
        QVERIFY(md.startsWith("### T2 "));
        QVERIFY(allMarkdown.contains(md));
        const QList<QByteArray> csv = exported(QStringLiteral("t2.csv"), true).trimmed().split('\n');
        QCOMPARE(csv.first(), QByteArray("tick,clock,ran,task,name,where,state,detail"));
        QVERIFY(csv.size() > 1);
        for (qsizetype i = 1; i < csv.size(); ++i)
            QVERIFY(csv[i].startsWith("T2,"));
        const QString json = dir.filePath(QStringLiteral("trace.json"));
        QVERIFY2(window.exportTraceJson(json, &error), qPrintable(error));
        QCOMPARE(readAll(json), QByteArray::fromStdString(trace_to_json(trace)));
    }

    void unwritableExportsFailCleanly() {
        MainWindow window;
        QVERIFY(waitLoaded(window, [&] { window.openProgram(kCreateTask); }));
        QTemporaryDir dir;
        // A file where a directory should be: not even root can write below it.
        const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QString& name : {QStringLiteral("t.png"), QStringLiteral("t.svg"), QStringLiteral("t.pdf"),
                                    QStringLiteral("tables.txt"), QStringLiteral("trace.json")}) {
            const QString path = blocker + QLatin1Char('/') + name;
            QString error;
            bool ok = true;
            if (name.startsWith(QStringLiteral("t.")))
                ok = window.exportTimelineImage(path, ImageExportSettings{}, &error);
            else if (name.startsWith(QStringLiteral("tables")))
                ok = window.exportTables(path, false, &error);
            else
                ok = window.exportTraceJson(path, &error);
            QVERIFY2(!ok, qPrintable(name));
            QVERIFY2(error.contains(name) && error.startsWith(QStringLiteral("Cannot write")),
                     qPrintable(error));
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("not-a-dir")});
    }

    void headlessExportHonoursSetAndSeedWithoutADisplay() {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        auto exportImage = [&](const QString& name, const QStringList& extra) {
            QProcess process;
            process.setProcessEnvironment(env);
            const QString out = dir.filePath(name);
            process.start(
                QStringLiteral(LOOPSTEP_GUI),
                QStringList{QStringLiteral("--export-timeline"), out, QStringLiteral("--width"),
                            QStringLiteral("700"), QStringLiteral("--height"), QStringLiteral("260")} +
                    extra + QStringList{kCreateTask});
            if (!process.waitForFinished(60000) || process.exitCode() != 0) return QImage();
            return QImage(out);
        };
        const QImage plain = exportImage(QStringLiteral("plain.png"), {});
        const QImage edited =
            exportImage(QStringLiteral("edited.png"), {QStringLiteral("--set"), QStringLiteral("16:40=3")});
        const QImage seeded =
            exportImage(QStringLiteral("seeded.png"), {QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(plain.size(), QSize(700, 260));
        QCOMPARE(edited.size(), QSize(700, 260));
        QVERIFY(plain != edited);  // task1 now busy for 3 s
        QVERIFY(plain == seeded);  // the lesson draws no random numbers
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(LOOPSTEP_GUI),
                  {QStringLiteral("--export-timeline"), dir.filePath(QStringLiteral("x.png")),
                   QStringLiteral("--set"), QStringLiteral("1:1=3"), kCreateTask});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_MAIN(TestGuiExport)
#include "test_gui_export.moc"
