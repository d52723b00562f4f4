// The numbers the Parameters panel offers for one run setup: the lesson's named parameters first
// (while the code is the lesson's), then every delay the engine finds in the source (sleeps,
// timeouts, the arguments that reach them, UPPER_CASE constants), then the random seed. Each
// literal is named by where it starts in the source as run (`--set LINE:COL`).
#pragma once

#include <QList>
#include <QString>

#include "core/run_setup.h"

namespace loopstep {

struct EditableParameter {
    QString name;    // "task1 delay", "asyncio.sleep(…) at L8", "random seed"
    QString detail;  // tooltip: where it is and what it does
    int line = 0;    // 1-based line and column of the literal; 0 for the seed
    int col = 0;
    bool seed = false;
    bool isInt = false;
    bool fromLesson = false;
    double value = 0.0;     // now (with the setup's edits)
    double original = 0.0;  // as written in the source
    double min = 0.0, max = 10.0, step = 0.5;
    QString unit;
};

QList<EditableParameter> editableParameters(const RunSetup& setup);

// The value of the numeric literal starting at line:col (1-based, code points), if there is one.
bool literalValueAt(const QByteArray& source, int line, int col, double* value, bool* isInt);

}  // namespace loopstep
