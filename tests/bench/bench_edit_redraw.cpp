// Benchmark: from an edit in the Parameters panel to the redraw done — the engine re-runs the
// edited program on the worker thread, the window rebuilds its models (tick table, output with
// the moved lines, loop internals, parameters), the timeline builds its model and replots with
// the previous run behind — for every built-in lesson and for a generated 100,000-tick program.
//
//   bench_edit_redraw [REPEATS]   (default 21; the big program runs REPEATS / 4 + 3 times)
//
// Each edit flips the first parameter between its value and value + step. Prints, per program,
// its ticks, the median and worst edit → redraw time (what the 16 ms frame budget is about), the
// engine's share of it, and the median time Qt then takes to paint the changed widgets.
// Runs offscreen in a 1280 x 800 window unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/lesson_catalog.h"
#include "core/playhead.h"
#include "core/program_runner.h"
#include "core/session.h"
#include "main_window.h"
#include "models/parameters_model.h"
#include "resources_init.h"

using namespace loopstep;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Figures {
    long ticks = 0;
    double medianMs = 0, worstMs = 0, engineMs = 0, paintMs = 0;
};

// The generated program: TASKS workers each sleeping DELAY ROUNDS times, all at once.
QByteArray bigProgram(int tasks, int rounds) {
    return QStringLiteral(
               "import asyncio\n\nDELAY = 0.25\n\n\nasync def worker(n):\n    for _ in range(%1):\n"
               "        await asyncio.sleep(DELAY)\n\n\nasync def main():\n"
               "    await asyncio.gather(*[worker(n) for n in range(%2)])\n\n\nasyncio.run(main())\n")
        .arg(rounds)
        .arg(tasks)
        .toUtf8();
}

bool measure(const QString& path, int repeats, Figures* out) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    bool opened = false;
    QObject::connect(window.session(), &Session::programLoaded, &window, [&opened] { opened = true; });
    QObject::connect(window.session(), &Session::programRefused, &window, [] { std::exit(2); });
    window.openProgram(path);
    while (!opened)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    ParametersModel* model = window.parametersModel();
    if (model->rowCount() == 0) return false;
    const QModelIndex value = model->index(0, ParametersModel::ValueColumn);
    const double base = value.data(Qt::EditRole).toDouble();
    const double step = value.data(ParametersModel::StepRole).toDouble();
    window.playhead()->goToTick(window.playhead()->tickCount() / 2);

    // Connected after the window's own slot: runs once the window has redrawn.
    QElapsedTimer clock;
    double doneAt = -1;
    QObject::connect(window.session(), &Session::programLoaded, &window,
                     [&] { doneAt = clock.nsecsElapsed() / 1e6; });
    RunRequest request;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    request.source = file.readAll();
    request.filename = QFileInfo(path).fileName();

    std::vector<double> total, engine, paint;
    for (int i = 0; i < repeats; ++i) {
        const double v = i % 2 == 0 ? base + step : base;
        doneAt = -1;
        clock.start();
        model->setData(model->index(0, ParametersModel::ValueColumn), v);
        while (doneAt < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        total.push_back(doneAt);
        QElapsedTimer painting;
        painting.start();
        QApplication::processEvents();  // the posted paints of the changed widgets
        paint.push_back(painting.nsecsElapsed() / 1e6);

        // The engine alone on the same setup, on this thread, for its share.
        request.edits = window.session()->setup()->edits;
        request.seed = window.session()->setup()->seed;
        QElapsedTimer running;
        running.start();
        ProgramRunner::runNow(request);
        engine.push_back(running.nsecsElapsed() / 1e6);
    }
    out->ticks = window.playhead()->tickCount();
    out->medianMs = median(total);
    out->worstMs = *std::max_element(total.begin(), total.end());
    out->engineMs = median(engine);
    out->paintMs = median(paint);
    return true;
}

void printRow(const QString& name, const Figures& f, double target) {
    std::printf("%-34s %9ld %10.2f %10.2f %10.2f %10.2f   %s\n", qPrintable(name), f.ticks, f.medianMs,
                f.worstMs, f.engineMs, f.paintMs, f.medianMs <= target ? "ok" : "OVER");
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopstepBench"));
    QApplication::setApplicationName(QStringLiteral("bench_edit_redraw"));
    initResources();
    const int repeats = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;

    std::printf(
        "edit -> redraw (engine re-run on the worker thread + models + timeline replot), median of %d\n\n",
        repeats);
    std::printf("%-34s %9s %10s %10s %10s %10s   %s\n", "program", "ticks", "median ms", "worst ms",
                "engine ms", "paint ms", "target");
    for (const LessonEntry& lesson : LessonCatalog::builtIn()) {
        Figures f;
        if (!measure(lesson.programPath, repeats, &f)) {
            std::printf("%-34s (no parameter to edit)\n",
                        qPrintable(QFileInfo(lesson.programPath).fileName()));
            continue;
        }
        printRow(QFileInfo(lesson.programPath).fileName(), f, 16.0);
    }
    QTemporaryDir dir;
    const QString big = QDir(dir.path()).filePath(QStringLiteral("gather_100k.py"));
    QFile file(big);
    if (!file.open(QIODevice::WriteOnly)) return 1;
    file.write(bigProgram(100, 1000));
    file.close();
    Figures f;
    if (measure(big, repeats / 4 + 3, &f))
        printRow(QStringLiteral("generated: 100 tasks x 1000 sleeps"), f, 100.0);
    std::printf("\ntargets: 16 ms per lesson, 100 ms for the 100,000-tick program (median column)\n");
    return 0;
}
