// loopstep: the GUI front end.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QRegularExpression>
#include <QTimer>

#include "core/session.h"
#include "main_window.h"
#include "resources_init.h"
#include "timeline_export_cli.h"

int main(int argc, char** argv) {
    // `loopstep --export-timeline …` writes an image and exits without a window (SPEC §5).
    if (const int status = loopstep::runTimelineExportCli(argc, argv); status >= 0) return status;
    QApplication app(argc, argv);
    loopstep::initResources();
    QApplication::setOrganizationName(QStringLiteral("Loopstep"));
    QApplication::setApplicationName(QStringLiteral("Loopstep"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSTEP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("loopstep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loopstep.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Step through Python asyncio programs tick by tick."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Python program to open."),
                                 QStringLiteral("[FILE.py]"));
    // For screenshots and demos: start at a tick, or on a built-in lesson.
    QCommandLineOption tickOption(QStringLiteral("tick"), QStringLiteral("Show tick N first."), QStringLiteral("N"));
    QCommandLineOption lessonOption(QStringLiteral("lesson"), QStringLiteral("Open built-in lesson N (1-based)."),
                                    QStringLiteral("N"));
    QCommandLineOption grabOption(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window as an image once shown, then quit."),
                                  QStringLiteral("FILE.png"));
    // For screenshots of an edit: after the first run, set these literals one by one (LINE:COL=NUMBER).
    QCommandLineOption setOption(QStringLiteral("set"), QStringLiteral("Edit the literal at LINE:COL after opening."),
                                 QStringLiteral("LINE:COL=NUMBER"));
    for (QCommandLineOption* option : {&tickOption, &lessonOption, &grabOption, &setOption}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    loopstep::MainWindow window;
    if (parser.isSet(tickOption)) window.setStartTick(parser.value(tickOption).toLong());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) window.openProgram(files.first());
    else if (parser.isSet(lessonOption) || !window.restoreAutosave())
        window.openLesson(parser.isSet(lessonOption) ? parser.value(lessonOption).toInt() - 1 : 0);
    window.show();

    QStringList edits = parser.values(setOption);
    auto applyNextEdit = [&window, &edits] {
        static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d+)=(.+)$"));
        const QRegularExpressionMatch m = pattern.match(edits.takeFirst());
        if (m.hasMatch())
            window.session()->setLiteral(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toDouble(),
                                         QStringLiteral("L%1").arg(m.captured(1)));
    };
    QObject::connect(window.session(), &loopstep::Session::programLoaded, &window, [&edits, applyNextEdit] {
        if (!edits.isEmpty()) QTimer::singleShot(0, applyNextEdit);
    });

    if (parser.isSet(grabOption)) {
        const QString out = parser.value(grabOption);
        QObject::connect(window.session(), &loopstep::Session::busyChanged, &window, [&window, &edits, out](bool busy) {
            if (busy || !edits.isEmpty()) return;
            QTimer::singleShot(300, &window, [&window, out] {
                window.grab().save(out);
                QApplication::quit();
            });
        });
    }
    return QApplication::exec();
}
