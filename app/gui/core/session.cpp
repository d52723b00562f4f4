#include "core/session.h"

#include <QLocale>
#include <cmath>

#include "core/variant_source.h"

namespace loopstep {

namespace {

// Whole values are written as integers (so `range(5)` stays an int), others as the shortest repr.
std::string numberText(double value) {
    if (std::floor(value) == value && std::abs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

}  // namespace

Session::Session(QObject* parent) : QObject(parent) {
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
    Setup setup;
    setup.source = document->source;
    setup.document = std::move(*document);
    run(std::move(setup));
}

void Session::applyVariant(int index) {
    if (!current_) return;
    Setup setup = *current_;
    const Lesson* lesson = setup.document.lesson ? &*setup.document.lesson : nullptr;
    setup.variant = lesson && index >= 0 && index < lesson->variants.size() ? index : -1;
    setup.source = setup.variant >= 0 ? loopstep::applyVariant(setup.document.source, lesson->variants[setup.variant])
                                      : setup.document.source;
    run(std::move(setup));
}

void Session::tryQuestion(int index) {
    if (!current_ || !current_->document.lesson) return;
    const Lesson& lesson = *current_->document.lesson;
    if (index < 0 || index >= lesson.questions.size()) return;
    Setup setup = *current_;
    setup.variant = -1;
    setup.source = setup.document.source;
    setup.edits.clear();
    setup.seed = 0;
    for (const ParameterValue& value : lesson.questions[index].tries) {
        const LessonParameter* parameter = lesson.parameter(value.parameter);
        if (!parameter) continue;
        if (parameter->seed) setup.seed = static_cast<int64_t>(value.value);
        else setup.edits.push_back({parameter->line, parameter->col, numberText(value.value)});
    }
    run(std::move(setup));
}

void Session::restoreOriginal() {
    if (!current_) return;
    Setup setup = *current_;
    setup.variant = -1;
    setup.source = setup.document.source;
    setup.edits.clear();
    setup.seed = 0;
    run(std::move(setup));
}

void Session::run(Setup setup) {
    RunRequest request;
    request.source = setup.source;
    request.filename = setup.document.engineFileName();
    request.seed = setup.seed;
    request.edits = setup.edits;
    pending_ = std::move(setup);
    const bool wasBusy = runner_.isRunning();
    runner_.start(request);
    if (!wasBusy) emit busyChanged(true);
}

void Session::onFinished(const RunOutcome& outcome) {
    emit busyChanged(false);
    if (!pending_) return;
    Setup setup = std::move(*pending_);
    pending_.reset();
    const bool sameProgram = current_ && current_->document.path == setup.document.path;
    if (outcome.result.status == RunStatus::SourceError) {
        emit programRefused(setup.document.path, outcome.result.diagnostic.value_or(Diagnostic{}), sameProgram);
        return;
    }
    current_ = std::move(setup);
    emit programLoaded(outcome.trace, sameProgram);
}

}  // namespace loopstep
