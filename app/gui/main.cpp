// loopstep: the GUI front end.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
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
    parser.process(app);

    loopstep::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) window.setProgramPath(files.first());
    window.show();
    return QApplication::exec();
}
