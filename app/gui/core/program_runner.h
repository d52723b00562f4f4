// Runs the engine off the GUI thread. Starting a run stops the one in progress (RunOptions::stop);
// only the latest run's outcome is reported, so the window stays responsive and never shows a
// stale result.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>

#include "core/run_budgets.h"
#include "engine.h"
#include "trace/trace.h"

class QThread;

namespace loopstep {

struct RunRequest {
    QByteArray source;
    QString filename;  // for diagnostics and tracebacks
    bool ownModules = false;  // a file from disk: `import helpers` finds helpers.py beside it
    int64_t seed = 0;
    std::vector<LiteralEdit> edits;
    RunBudgets budgets;  // the Settings dialog's limits
};

// How far a run has come, written by the worker thread at every task step and read by the GUI
// thread while the run goes on (a slow run shows ticks and virtual time so far).
struct RunProgress {
    std::atomic<int64_t> ticks{0};
    std::atomic<double> clock{0.0};
};

struct RunOutcome {
    quint64 id = 0;                      // ProgramRunner::start's return value
    RunResult result;
    std::shared_ptr<const Trace> trace;  // also set for refused programs (then without ticks)
};

class ProgramRunner : public QObject {
    Q_OBJECT

public:
    explicit ProgramRunner(QObject* parent = nullptr);
    ~ProgramRunner() override;

    // Starts a run; returns its id (also in the outcome).
    quint64 start(const RunRequest& request);
    bool isRunning() const { return pending_ != 0; }
    // Stops the run in progress and forgets it: no outcome is reported.
    void cancel();
    // Stops the run in progress; its outcome (a budget stop, "run stopped", with the trace so far)
    // is still reported.
    void stop();

    // The progress of the run in progress (ticks 0 before its first step); none when idle.
    std::shared_ptr<const RunProgress> progress() const { return pending_ ? progress_ : nullptr; }

    // Runs on the calling thread (command-line tools, tests); counts its steps in `progress`.
    static RunOutcome runNow(const RunRequest& request, const std::atomic<bool>* stop = nullptr,
                             RunProgress* progress = nullptr);

signals:
    void finished(const loopstep::RunOutcome& outcome);

private:
    void deliver(const RunOutcome& outcome);

    quint64 nextId_ = 0;
    quint64 pending_ = 0;  // id of the run whose outcome is awaited (0: none)
    std::shared_ptr<std::atomic<bool>> stop_;
    std::shared_ptr<RunProgress> progress_;
    QList<QPointer<QThread>> threads_;
    int arena_ = -1;  // the allocator arena the workers share with this object's thread
};

}  // namespace loopstep

Q_DECLARE_METATYPE(loopstep::RunOutcome)
