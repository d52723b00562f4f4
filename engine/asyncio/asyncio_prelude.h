// The Python half of asyncio (engine/asyncio/*.py), embedded in the binary at build time and run
// into the `asyncio` module's namespace, in order, after its natives are installed.
#pragma once

#include <cstddef>

namespace loopstep {

struct PreludeFile {
    const char* name;    // e.g. "tasks.py"
    const char* source;
};

extern const PreludeFile kAsyncioPrelude[];
extern const size_t kAsyncioPreludeCount;

}  // namespace loopstep
