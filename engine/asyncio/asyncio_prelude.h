// The Python half of asyncio (engine/asyncio/*.py), embedded in the binary at build time and run
// into the `asyncio` module's namespace, in order, after its natives are installed.
#pragma once

#include "modules/embedded_python.h"

namespace loopstep {

extern const EmbeddedPython kAsyncioPrelude[];
extern const size_t kAsyncioPreludeCount;

}  // namespace loopstep
