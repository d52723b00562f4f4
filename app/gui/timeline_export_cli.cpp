#include "timeline_export_cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <cstring>
#include <memory>

#include "engine.h"
#include "timeline/timeline_export.h"
#include "trace/trace.h"

namespace loopstep {

namespace {

constexpr const char* kExportOption = "--export-timeline";

int refuse(const QString& message) {
    std::fprintf(stderr, "loopstep: %s\n", message.toLocal8Bit().constData());
    return 2;
}

bool asksForExport(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], kExportOption) == 0 || std::strncmp(argv[i], "--export-timeline=", 18) == 0)
            return true;
    }
    return false;
}

bool parseSize(const QString& text, int* out) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0) return false;
    *out = value;
    return true;
}

}  // namespace

int runTimelineExportCli(int argc, char** argv) {
    if (!asksForExport(argc, argv)) return -1;
    // Without a display the default platform plugin cannot start; offscreen draws just as well.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Loopstep"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSTEP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the timeline of a Python program as an image."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("export-timeline"),
                                    QStringLiteral("Write the timeline to OUT (.png, .svg or .pdf)."), QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Image width in pixels (1280)."), QStringLiteral("W"),
                                   QStringLiteral("1280"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Image height in pixels (400)."),
                                    QStringLiteral("H"), QStringLiteral("400"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed the random module with N (0)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Replace the numeric literal starting at LINE:COL; repeatable."),
                                 QStringLiteral("LINE:COL=NUMBER"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark background."));
    const QCommandLineOption ticks(QStringLiteral("ticks"), QStringLiteral("Ticks on the x axis instead of seconds."));
    const QCommandLineOption cursor(QStringLiteral("tick"), QStringLiteral("Mark tick N with the cursor."), QStringLiteral("N"));
    parser.addOptions({output, width, height, seed, set, dark, ticks, cursor});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Python program to run."), QStringLiteral("FILE.py"));
    if (!parser.parse(QApplication::arguments())) return refuse(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) return refuse(QStringLiteral("--export-timeline wants exactly one FILE.py"));
    TimelineImageOptions image;
    image.dark = parser.isSet(dark);
    image.axisMode = parser.isSet(ticks) ? AxisMode::Ticks : AxisMode::Seconds;
    if (!parseSize(parser.value(width), &image.width)) return refuse(QStringLiteral("--width wants a positive integer"));
    if (!parseSize(parser.value(height), &image.height)) return refuse(QStringLiteral("--height wants a positive integer"));

    if (parser.isSet(cursor)) {
        bool ok = false;
        image.currentTick = parser.value(cursor).toInt(&ok);
        if (!ok || image.currentTick < 0) return refuse(QStringLiteral("--tick wants a tick number"));
    }

    RunOptions run;
    bool seedOk = false;
    run.seed = parser.value(seed).toLongLong(&seedOk);
    if (!seedOk) return refuse(QStringLiteral("--seed wants an integer, not '%1'").arg(parser.value(seed)));
    static const QRegularExpression editPattern(QStringLiteral("^(\\d+):(\\d+)=(.+)$"));
    for (const QString& value : parser.values(set)) {
        const QRegularExpressionMatch match = editPattern.match(value);
        if (!match.hasMatch()) return refuse(QStringLiteral("--set wants LINE:COL=NUMBER, not '%1'").arg(value));
        run.edits.push_back({match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toStdString()});
    }

    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot read %1: %2").arg(files.first(), file.errorString()));
    const QByteArray source = file.readAll();

    auto trace = std::make_shared<Trace>();
    OutputSinks sinks;  // the program's output is not part of the image
    run.find_module = modules_beside(files.first().toStdString());
    const RunResult result = run_program(source.toStdString(), files.first().toStdString(), run, sinks, trace.get());
    if (result.status == RunStatus::SourceError) {
        if (result.diagnostic) std::fprintf(stderr, "%s\n", result.diagnostic->format().c_str());
        else std::fprintf(stderr, "loopstep: %s\n", result.error_line.c_str());
        return 2;
    }

    QString error;
    auto model = std::make_shared<const TimelineModel>(std::shared_ptr<const Trace>(std::move(trace)));
    if (!exportTimelineImage(model, image, parser.value(output), &error)) {
        std::fprintf(stderr, "loopstep: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    return 0;
}

}  // namespace loopstep
