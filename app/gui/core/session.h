// The program being studied and how it is run: which file, which lesson variant, which literal
// edits and seed, or the learner's own code. Opening or changing any of these re-runs the engine
// off the GUI thread; a run the engine refuses leaves the current program and its trace as they
// were. Every change after opening goes through an undo stack: undoing shows the previous run's
// very trace again (kept, not re-run).
#pragma once

#include <QObject>
#include <memory>
#include <optional>

#include "core/program_runner.h"
#include "core/run_setup.h"

class QUndoStack;

namespace loopstep {

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);

    // The program whose trace is shown (nothing before the first successful run).
    const ProgramDocument* document() const { return current_ ? &current_->document : nullptr; }
    const QByteArray& runSource() const;  // the source as run: the variant applied, before the edits
    const RunSetup* setup() const { return current_ ? &*current_ : nullptr; }
    // What runs next: the run in progress if any, else the current one.
    const RunSetup* requestedSetup() const { return pending_ ? &*pending_ : setup(); }
    const std::shared_ptr<const Trace>& trace() const { return trace_; }
    // The first run of the document as written (no variant, edits or seed): what variants and
    // edits are compared with.
    const std::shared_ptr<const Trace>& originalTrace() const { return originalTrace_; }
    // The run before the change that made `shown` (one slider drag, one burst of typing, one
    // variant: each is one change): what the timeline draws faintly behind it. Null for the run
    // of a program as opened, and after undoing back to it.
    std::shared_ptr<const Trace> runBefore(const std::shared_ptr<const Trace>& shown) const;
    int variantIndex() const { return current_ ? current_->variant : -1; }
    int64_t seed() const { return current_ ? current_->seed : 0; }
    bool hasEdits() const { return current_ && !current_->edits.empty(); }
    bool isBusy() const { return runner_.isRunning(); }
    // The run in progress: its ticks and virtual time so far (null when idle).
    std::shared_ptr<const RunProgress> progress() const { return runner_.progress(); }
    // The limits runs stop at (Edit → Settings…); the next run uses them.
    const RunBudgets& budgets() const { return budgets_; }
    void setBudgets(const RunBudgets& budgets) { budgets_ = budgets; }
    QUndoStack* undoStack() const { return undoStack_; }

    // Runs `setup` as an undoable change described by `text`; consecutive changes with the same
    // `mergeKey` (>= 0: dragging one slider, one burst of typing) undo as one.
    void change(const RunSetup& setup, const QString& text, int mergeKey = -1);
    // Runs `setup` now, outside the undo stack (the undo commands use it).
    void run(RunSetup setup);
    // Shows a run already made, without running it again (undo, redo).
    void restore(const RunSetup& setup, std::shared_ptr<const Trace> trace);

public slots:
    void open(const QString& path);
    void applyVariant(int index);  // -1: the program as written
    void tryQuestion(int index);   // the question's "try" values, on the program as written
    void restoreOriginal();        // no variant, no edits, the default seed
    void rerun();                  // the current setup once more
    void stopRun();                // stop the run in progress; show what it did so far
    // One literal (SPEC §5 `--set`), the seed, the learner's code.
    void setLiteral(int line, int col, double value, const QString& name);
    void setSeed(int64_t seed);
    void setCode(const QByteArray& source);
    // The program now lives at `path` with `source` as written there (after Save As).
    void rename(const QString& path, const QByteArray& source);

signals:
    void programLoaded(std::shared_ptr<const loopstep::Trace> trace, bool sameProgram);
    void programRefused(const QString& path, const loopstep::Diagnostic& diagnostic, bool sameProgram);
    void openFailed(const QString& message);
    void busyChanged(bool busy);

private:
    void onFinished(const RunOutcome& outcome);

    ProgramRunner runner_;
    QUndoStack* undoStack_;
    std::optional<RunSetup> current_;
    std::optional<RunSetup> pending_;
    std::shared_ptr<const Trace> trace_;
    std::shared_ptr<const Trace> originalTrace_;
    RunBudgets budgets_ = RunBudgets::load();
};

}  // namespace loopstep
