// The modules a program may import: the compiler refuses any other before the program runs.
// Every name here must import (tests/unit/engine/test_stdlib_modules.cpp checks it): the natives of
// vm/runtime_setup.cpp and asyncio/, and the Python of modules/python/<name>.py.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace loopstep {

inline constexpr std::string_view kSupportedModules[] = {
    "abc",       "asyncio",  "asyncio.exceptions", "bisect", "collections", "collections.abc", "contextlib", "copy",
    "dataclasses", "enum",   "functools", "heapq",  "itertools", "math",   "operator", "random",
    "string",    "time",     "typing",
};

inline bool is_supported_module(std::string_view name) {
    return std::find(std::begin(kSupportedModules), std::end(kSupportedModules), name) != std::end(kSupportedModules);
}

}  // namespace loopstep
