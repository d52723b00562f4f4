#include "core/session.h"

#include <QUndoStack>
#include <functional>

#include "core/setup_change_command.h"
#include "core/variant_source.h"

namespace loopstep {

namespace {

// Merge keys: one per literal (line, col), one for the seed, one for typing.
constexpr int kSeedMergeKey = 1;
constexpr int kCodeMergeKey = 2;
int literalMergeKey(int line, int col) { return 16 + line * 1024 + col; }

}  // namespace

Session::Session(QObject* parent) : QObject(parent), undoStack_(new QUndoStack(this)) {
    connect(&runner_, &ProgramRunner::finished, this, &Session::onFinished);
}

const QByteArray& Session::runSource() const {
    static const QByteArray empty;
    return current_ ? current_->source : empty;
}

void Session::open(const QString& path) {
    QString error;
    std::optional<ProgramDocument> document = ProgramDocument::load(path, &error);
    if (!document) {
        emit openFailed(error);
        return;
    }
    RunSetup setup;
    setup.source = document->source;
    setup.document = std::move(*document);
    undoStack_->clear();
    run(std::move(setup));
}

void Session::change(const RunSetup& setup, const QString& text, int mergeKey) {
    const RunSetup* before = requestedSetup();
    if (!before || *before == setup) return;
    // The trace of "before" is known only when it is the run on screen.
    std::shared_ptr<const Trace> beforeTrace = pending_ ? nullptr : trace_;
    undoStack_->push(new SetupChangeCommand(this, *before, std::move(beforeTrace), setup, text, mergeKey));
}

void Session::applyVariant(int index) {
    const RunSetup* base = requestedSetup();
    if (!base) return;
    RunSetup setup = *base;
    const Lesson* lesson = setup.document.lesson ? &*setup.document.lesson : nullptr;
    setup.variant = lesson && index >= 0 && index < lesson->variants.size() ? index : -1;
    setup.source = setup.variant >= 0 ? loopstep::applyVariant(setup.document.source, lesson->variants[setup.variant])
                                      : setup.document.source;
    setup.codeEdited = false;
    if (*base == setup) {
        run(setup);  // "Run Again"
        return;
    }
    change(setup, setup.variant >= 0 ? tr("Variant %1").arg(lesson->variants[setup.variant].name) : tr("Program as written"));
}

void Session::tryQuestion(int index) {
    const RunSetup* base = requestedSetup();
    if (!base || !base->document.lesson) return;
    const Lesson& lesson = *base->document.lesson;
    if (index < 0 || index >= lesson.questions.size()) return;
    RunSetup setup = base->asWritten();
    for (const ParameterValue& value : lesson.questions[index].tries) {
        const LessonParameter* parameter = lesson.parameter(value.parameter);
        if (!parameter) continue;
        if (parameter->seed) setup.seed = static_cast<int64_t>(value.value);
        else setup.setEdit(parameter->line, parameter->col, numberLiteralText(value.value));
    }
    change(setup, tr("Try question %1").arg(index + 1));
}

void Session::restoreOriginal() {
    const RunSetup* base = requestedSetup();
    if (!base) return;
    change(base->asWritten(), tr("Program as written"));
}

std::shared_ptr<const Trace> Session::runBefore(const std::shared_ptr<const Trace>& shown) const {
    if (!shown) return nullptr;
    for (int i = undoStack_->count() - 1; i >= 0; --i)
        if (const auto* command = dynamic_cast<const SetupChangeCommand*>(undoStack_->command(i));
            command && command->afterTrace() == shown)
            return command->beforeTrace() != shown ? command->beforeTrace() : nullptr;
    return nullptr;
}

void Session::stopRun() { runner_.stop(); }

void Session::rerun() {
    if (const RunSetup* setup = requestedSetup()) run(*setup);
}

void Session::setLiteral(int line, int col, double value, const QString& name) {
    const RunSetup* base = requestedSetup();
    if (!base) return;
    RunSetup setup = *base;
    setup.setEdit(line, col, numberLiteralText(value));
    change(setup, tr("Set %1 to %2").arg(name, QString::fromStdString(numberLiteralText(value))), literalMergeKey(line, col));
}

void Session::setSeed(int64_t seed) {
    const RunSetup* base = requestedSetup();
    if (!base) return;
    RunSetup setup = *base;
    setup.seed = seed;
    change(setup, tr("Seed %1").arg(seed), kSeedMergeKey);
}

void Session::setCode(const QByteArray& source) {
    const RunSetup* base = requestedSetup();
    if (!base) return;
    RunSetup setup = *base;
    // The learner edits the text as shown: the literal edits are part of it now.
    setup.source = source;
    setup.edits.clear();
    setup.codeEdited = true;
    change(setup, tr("Edit code"), kCodeMergeKey);
}

void Session::rename(const QString& path, const QByteArray& source) {
    // Saving changes no run: the setups on the stack name the old file, so keep them as they are
    // and only move the current program.
    for (std::optional<RunSetup>* setup : {&current_, &pending_}) {
        if (!*setup) continue;
        (*setup)->document.path = path;
        (*setup)->document.source = source;
    }
}

void Session::run(RunSetup setup) {
    RunRequest request;
    request.source = setup.source;
    request.filename = setup.document.engineFileName();
    request.ownModules = !setup.document.isBuiltIn();
    request.seed = setup.seed;
    request.edits = setup.edits;
    request.budgets = budgets_;
    pending_ = std::move(setup);
    const bool wasBusy = runner_.isRunning();
    runner_.start(request);
    if (!wasBusy) emit busyChanged(true);
}

void Session::restore(const RunSetup& setup, std::shared_ptr<const Trace> trace) {
    if (runner_.isRunning()) {
        runner_.cancel();
        emit busyChanged(false);
    }
    pending_.reset();
    const bool sameProgram = current_ && current_->document.path == setup.document.path;
    current_ = setup;
    trace_ = std::move(trace);
    emit programLoaded(trace_, sameProgram);
}

void Session::onFinished(const RunOutcome& outcome) {
    emit busyChanged(false);
    if (!pending_) return;
    RunSetup setup = std::move(*pending_);
    pending_.reset();
    const bool sameProgram = current_ && current_->document.path == setup.document.path;
    if (outcome.result.status == RunStatus::SourceError) {
        emit programRefused(setup.document.path, outcome.result.diagnostic.value_or(Diagnostic{}), sameProgram);
        return;
    }
    const bool original = setup.variant < 0 && setup.edits.empty() && setup.seed == 0 && !setup.codeEdited;
    if (!sameProgram) originalTrace_.reset();
    if (original) originalTrace_ = outcome.trace;
    for (int i = 0; i < undoStack_->count(); ++i)
        if (auto* command = dynamic_cast<const SetupChangeCommand*>(undoStack_->command(i)))
            const_cast<SetupChangeCommand*>(command)->remember(setup, outcome.trace);
    current_ = std::move(setup);
    trace_ = outcome.trace;
    emit programLoaded(trace_, sameProgram);
}

}  // namespace loopstep
