#include "core/program_runner.h"

#include <QThread>

#include "shared_arena.h"

namespace loopstep {

ProgramRunner::ProgramRunner(QObject* parent) : QObject(parent), arena_(allocator::current_arena()) {
    qRegisterMetaType<RunOutcome>();
}

ProgramRunner::~ProgramRunner() {
    if (stop_) stop_->store(true);
    // The workers post their outcome to this object: they must be gone before it is.
    for (const QPointer<QThread>& thread : threads_)
        if (thread) thread->wait();
}

RunOutcome ProgramRunner::runNow(const RunRequest& request, const std::atomic<bool>* stop, RunProgress* progress) {
    RunOptions options;
    options.seed = request.seed;
    options.edits = request.edits;
    options.stop = stop;
    request.budgets.applyTo(options);
    if (request.ownModules) options.find_module = modules_beside(request.filename.toStdString());
    OutputSinks sinks;
    // The engine reports each task step as it happens: the only safe view of a trace still
    // being written from another thread.
    if (progress)
        sinks.step = [progress](double clock, const std::string&) {
            progress->ticks.fetch_add(1, std::memory_order_relaxed);
            progress->clock.store(clock, std::memory_order_relaxed);
        };
    auto trace = std::make_shared<Trace>();
    RunOutcome outcome;
    outcome.result = run_program(request.source.toStdString(), request.filename.toStdString(), options, sinks,
                                 trace.get());
    outcome.trace = std::move(trace);
    return outcome;
}

quint64 ProgramRunner::start(const RunRequest& request) {
    if (stop_) stop_->store(true);
    auto stop = std::make_shared<std::atomic<bool>>(false);
    stop_ = stop;
    auto progress = std::make_shared<RunProgress>();
    progress_ = progress;
    const quint64 id = ++nextId_;
    pending_ = id;
    QThread* thread = QThread::create([this, request, stop, progress, id, arena = arena_] {
        allocator::use_arena(arena);  // reuse the pages earlier runs' traces gave back
        RunOutcome outcome = runNow(request, stop.get(), progress.get());
        outcome.id = id;
        QMetaObject::invokeMethod(this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    threads_.removeAll(nullptr);
    threads_.append(thread);
    thread->start();
    return id;
}

void ProgramRunner::cancel() {
    if (stop_) stop_->store(true);
    pending_ = 0;
}

void ProgramRunner::stop() {
    if (stop_ && pending_ != 0) stop_->store(true);
}

void ProgramRunner::deliver(const RunOutcome& outcome) {
    if (outcome.id != pending_) return;  // superseded by a later run
    pending_ = 0;
    emit finished(outcome);
}

}  // namespace loopstep
