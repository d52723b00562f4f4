#include "resources_init.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initLoopstepResources() { Q_INIT_RESOURCE(resources); }

namespace loopstep {

void initResources() {
    static const bool done = (initLoopstepResources(), true);
    Q_UNUSED(done);
}

}  // namespace loopstep
