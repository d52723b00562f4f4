// What one run of the program is made of: the document, the source as run (a lesson variant
// applied, or the learner's own code), the literal edits on it (`--set` semantics), and the seed.
// Two setups that compare equal give the same trace, since the engine is deterministic.
#pragma once

#include <QByteArray>
#include <vector>

#include "core/program_document.h"
#include "engine.h"

namespace loopstep {

struct RunSetup {
    ProgramDocument document;
    QByteArray source;  // as run, before the literal edits
    int variant = -1;
    std::vector<LiteralEdit> edits;
    int64_t seed = 0;
    bool codeEdited = false;  // `source` was typed by the learner (code editing mode)

    // The edit of the literal at line:col, if any.
    const LiteralEdit* editAt(int line, int col) const;
    // Replaces (or adds) the edit of the literal at line:col; `number` empty removes it.
    void setEdit(int line, int col, const std::string& number);
    // The source with the edits written into it: what the code view shows and Save writes.
    QByteArray editedSource() const;
    // The same document as written: no variant, no typed code, no edits, seed 0.
    RunSetup asWritten() const;
};

bool operator==(const RunSetup& a, const RunSetup& b);

// Whole values as integers (so `range(5)` stays an int), others as the shortest repr.
std::string numberLiteralText(double value);

}  // namespace loopstep
