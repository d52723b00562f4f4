// One undoable change of the run (a literal, the seed, a variant, the code): it keeps the setups
// on both sides and their traces once known, so undo and redo show the very runs again.
#pragma once

#include <QUndoCommand>
#include <memory>

#include "core/run_setup.h"
#include "trace/trace.h"

namespace loopstep {

class Session;

class SetupChangeCommand : public QUndoCommand {
public:
    SetupChangeCommand(Session* session, RunSetup before, std::shared_ptr<const Trace> beforeTrace,
                       RunSetup after, const QString& text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_; }
    bool mergeWith(const QUndoCommand* other) override;

    const std::shared_ptr<const Trace>& beforeTrace() const { return beforeTrace_; }
    const std::shared_ptr<const Trace>& afterTrace() const { return afterTrace_; }

    // Called when a run finished: keeps its trace if it is this command's "after".
    void remember(const RunSetup& setup, const std::shared_ptr<const Trace>& trace);

private:
    Session* session_;
    RunSetup before_;
    std::shared_ptr<const Trace> beforeTrace_;
    RunSetup after_;
    std::shared_ptr<const Trace> afterTrace_;
    int mergeKey_;
};

}  // namespace loopstep
