// The program being studied and how it is run: which file, which lesson variant, which literal
// edits and seed. Opening or changing any of these re-runs the engine off the GUI thread; a run
// the engine refuses leaves the current program and its trace as they were.
#pragma once

#include <QObject>
#include <memory>
#include <optional>

#include "core/program_document.h"
#include "core/program_runner.h"

namespace loopstep {

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);

    // The program whose trace is shown (nothing before the first successful run).
    const ProgramDocument* document() const { return current_ ? &current_->document : nullptr; }
    const QByteArray& runSource() const;  // the source as run: the variant applied
    int variantIndex() const { return current_ ? current_->variant : -1; }
    int64_t seed() const { return current_ ? current_->seed : 0; }
    bool hasEdits() const { return current_ && !current_->edits.empty(); }
    bool isBusy() const { return runner_.isRunning(); }

public slots:
    void open(const QString& path);
    void applyVariant(int index);  // -1: the program as written
    void tryQuestion(int index);   // the question's "try" values, on the program as written
    void restoreOriginal();        // no variant, no edits, the default seed

signals:
    void programLoaded(std::shared_ptr<const loopstep::Trace> trace, bool sameProgram);
    void programRefused(const QString& path, const loopstep::Diagnostic& diagnostic, bool sameProgram);
    void openFailed(const QString& message);
    void busyChanged(bool busy);

private:
    struct Setup {
        ProgramDocument document;
        QByteArray source;  // as run
        int variant = -1;
        std::vector<LiteralEdit> edits;
        int64_t seed = 0;
    };
    void run(Setup setup);
    void onFinished(const RunOutcome& outcome);

    ProgramRunner runner_;
    std::optional<Setup> current_;
    std::optional<Setup> pending_;
};

}  // namespace loopstep
