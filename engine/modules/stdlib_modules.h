// The standard-library modules made on first import: natives (math) and those written in Python
// (modules/python/*.py, embedded in the binary). A Python one is compiled once per process, on its
// first import by any runtime, and run into a fresh module on its first import in a runtime, as
// CPython runs a module's file; nothing of them is paid for at start-up. The Interp reaches this through import_stdlib_python_module (vm/interp.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopstep {

// The names of the embedded Python modules ("functools", "collections.abc", ...), sorted.
std::vector<std::string> stdlib_python_module_names();

}  // namespace loopstep
