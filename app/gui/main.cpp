// loopstep: the GUI front end.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>

#include "classroom_actions.h"
#include "core/session.h"
#include "core/theme.h"
#include "core/zoom_level.h"
#include "main_window.h"
#include "resources_init.h"
#include "timeline_export_cli.h"
#include "widgets/code_view.h"
#include "widgets/export_image_dialog.h"

// main() is no QObject: its strings are translated in the context "main".
int main(int argc, char** argv) {
    // `loopstep --export-timeline …` writes an image and exits without a window (SPEC §5).
    if (const int status = loopstep::runTimelineExportCli(argc, argv); status >= 0) return status;
    QApplication app(argc, argv);
    loopstep::initResources();
    QApplication::setOrganizationName(QStringLiteral("Loopstep"));
    QApplication::setApplicationName(QStringLiteral("Loopstep"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSTEP_VERSION));
    // The id of the .desktop file and the AppStream metainfo (resources/).
    QApplication::setDesktopFileName(QStringLiteral("io.github.loopstep.Loopstep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loopstep.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Step through Python asyncio programs tick by tick."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Python program to open."),
                                 QStringLiteral("[FILE.py]"));
    // For screenshots and demos: start at a tick, or on a built-in lesson.
    QCommandLineOption tickOption(QStringLiteral("tick"),
                                  QCoreApplication::translate("main", "Show tick N first."),
                                  QStringLiteral("N"));
    QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                    QCoreApplication::translate("main", "Open built-in lesson N (1-based)."),
                                    QStringLiteral("N"));
    QCommandLineOption grabOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window as an image once shown, then quit."),
        QStringLiteral("FILE.png"));
    // For screenshots of an edit: after the first run, set these literals one by one (LINE:COL=NUMBER).
    QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("main", "Edit the literal at LINE:COL after opening."),
        QStringLiteral("LINE:COL=NUMBER"));
    QCommandLineOption variantOption(
        QStringLiteral("variant"),
        QCoreApplication::translate("main", "Then run the lesson's variant N (1-based)."),
        QStringLiteral("N"));
    // With --screenshot: also export the timeline as the app shows it (the previous run included).
    QCommandLineOption imageOption(QStringLiteral("export-image"),
                                   QCoreApplication::translate("main", "Also export the timeline to FILE."),
                                   QStringLiteral("FILE"));
    QCommandLineOption darkOption(QStringLiteral("export-dark"),
                                  QCoreApplication::translate("main", "Export it on a dark background."));
    // Then switch to code editing and replace line N with TEXT, as if typed (N:TEXT).
    QCommandLineOption lineOption(QStringLiteral("edit-line"),
                                  QCoreApplication::translate("main", "Then type TEXT over line N."),
                                  QStringLiteral("N:TEXT"));
    for (QCommandLineOption* option : {&tickOption, &lessonOption, &grabOption, &setOption, &variantOption,
                                       &imageOption, &darkOption, &lineOption}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    // For a class: start zoomed, in a theme, or in the presentation layout (kept for next time,
    // as the View menu's choices are).
    QCommandLineOption zoomOption(
        QStringLiteral("zoom"),
        QCoreApplication::translate("main", "Zoom every panel to PERCENT (70 to 300)."),
        QStringLiteral("PERCENT"));
    QCommandLineOption themeOption(
        QStringLiteral("theme"), QCoreApplication::translate("main", "Colour theme: system, light or dark."),
        QStringLiteral("THEME"));
    QCommandLineOption presentationOption(
        QStringLiteral("presentation"),
        QCoreApplication::translate("main",
                                    "Start in the presentation layout: code, tick table and timeline."));
    parser.addOptions({zoomOption, themeOption, presentationOption});
    parser.process(app);

    loopstep::MainWindow window;
    auto* classroom = window.findChild<loopstep::ClassroomActions*>();
    if (parser.isSet(themeOption)) classroom->setTheme(loopstep::themeFromKey(parser.value(themeOption)));
    if (parser.isSet(zoomOption)) classroom->zoom()->setPercent(parser.value(zoomOption).toInt());
    if (parser.isSet(tickOption)) window.setStartTick(parser.value(tickOption).toLong());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openProgram(files.first());
    else if (parser.isSet(lessonOption) || !window.restoreAutosave())
        window.openLesson(parser.isSet(lessonOption) ? parser.value(lessonOption).toInt() - 1 : 0);
    window.show();
    if (parser.isSet(presentationOption)) classroom->setPresentation(true);

    QStringList edits = parser.values(setOption);
    if (parser.isSet(variantOption)) edits.prepend(QStringLiteral("variant=") + parser.value(variantOption));
    for (const QString& line : parser.values(lineOption))
        edits.append(QStringLiteral("line=") + line);
    auto applyNextEdit = [&window, &edits] {
        static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d+)=(.+)$"));
        const QString edit = edits.takeFirst();
        if (edit.startsWith(QStringLiteral("line="))) {
            window.setCodeEditing(true);
            const QString spec = edit.mid(5);
            QTextCursor cursor(window.codeView()->document()->findBlockByNumber(
                spec.section(QLatin1Char(':'), 0, 0).toInt() - 1));
            cursor.select(QTextCursor::LineUnderCursor);
            cursor.insertText(spec.section(QLatin1Char(':'), 1));
            return;
        }
        if (edit.startsWith(QStringLiteral("variant="))) {
            window.session()->applyVariant(edit.section(QLatin1Char('='), 1).toInt() - 1);
            return;
        }
        const QRegularExpressionMatch m = pattern.match(edit);
        if (m.hasMatch())
            window.session()->setLiteral(m.captured(1).toInt(), m.captured(2).toInt(),
                                         m.captured(3).toDouble(), QStringLiteral("L%1").arg(m.captured(1)));
    };
    QObject::connect(window.session(), &loopstep::Session::programLoaded, &window, [&edits, applyNextEdit] {
        if (!edits.isEmpty()) QTimer::singleShot(0, applyNextEdit);
    });

    if (parser.isSet(grabOption)) {
        const QString out = parser.value(grabOption);
        const QString image = parser.value(imageOption);
        const bool dark = parser.isSet(darkOption);
        QObject::connect(window.session(), &loopstep::Session::busyChanged, &window,
                         [&window, &edits, out, image, dark](bool busy) {
                             if (busy || !edits.isEmpty()) return;
                             QTimer::singleShot(300, &window, [&window, out, image, dark] {
                                 window.grab().save(out);
                                 if (!image.isEmpty())
                                     window.exportTimelineImage(image, {1280, 400, 1.0, dark});
                                 QApplication::quit();
                             });
                         });
    }
    return QApplication::exec();
}
