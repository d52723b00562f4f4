// The modules a program may import: the compiler refuses any other before the program runs.
// Every name here must import (tests/unit/engine/test_stdlib_modules.cpp checks it): the natives of
// vm/runtime_setup.cpp and asyncio/, and the Python of modules/python/<name>.py.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace loopstep {

inline constexpr std::string_view kSupportedModules[] = {
    "_random", "_strptime", "abc", "argparse", "asyncio", "asyncio.exceptions", "bisect", "collections",
    "collections.abc", "contextlib", "contextvars", "copy", "dataclasses", "datetime", "enum", "functools",
    "heapq", "io", "itertools", "json", "logging", "math", "operator", "pprint", "queue", "random",
    "string", "sys", "textwrap", "time", "typing", "warnings",
};

inline bool is_supported_module(std::string_view name) {
    return std::find(std::begin(kSupportedModules), std::end(kSupportedModules), name) != std::end(kSupportedModules);
}

}  // namespace loopstep
