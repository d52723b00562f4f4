#include "core/setup_change_command.h"

#include "core/session.h"

namespace loopstep {

SetupChangeCommand::SetupChangeCommand(Session* session, RunSetup before,
                                       std::shared_ptr<const Trace> beforeTrace, RunSetup after,
                                       const QString& text, int mergeKey)
    : QUndoCommand(text),
      session_(session),
      before_(std::move(before)),
      beforeTrace_(std::move(beforeTrace)),
      after_(std::move(after)),
      mergeKey_(mergeKey) {}

void SetupChangeCommand::undo() {
    // The "before" run may still have been in progress when this change came: then run it again
    // (the same setup gives the same trace).
    if (beforeTrace_)
        session_->restore(before_, beforeTrace_);
    else
        session_->run(before_);
}

void SetupChangeCommand::redo() {
    if (afterTrace_)
        session_->restore(after_, afterTrace_);
    else
        session_->run(after_);
}

bool SetupChangeCommand::mergeWith(const QUndoCommand* other) {
    if (other->id() != id() || mergeKey_ < 0) return false;
    const auto* change = static_cast<const SetupChangeCommand*>(other);
    after_ = change->after_;
    afterTrace_ = change->afterTrace_;
    setText(change->text());
    return true;
}

void SetupChangeCommand::remember(const RunSetup& setup, const std::shared_ptr<const Trace>& trace) {
    if (!afterTrace_ && setup == after_) afterTrace_ = trace;
}

}  // namespace loopstep
