// Python source embedded in the binary at build time (cmake/EmbedPython.cmake): the Python half of
// asyncio (asyncio/*.py) and the standard-library modules written in Python (modules/python/*.py).
#pragma once

#include <cstddef>

namespace loopstep {

struct EmbeddedPython {
    const char* name;    // the file's name, e.g. "tasks.py"
    const char* source;
};

}  // namespace loopstep
