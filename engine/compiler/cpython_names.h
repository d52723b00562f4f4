// What CPython 3.11's standard library holds (generated into cpython_names.inc by
// scripts/gen_cpython_names.py), so that a refusal can say whose gap it is: a module or name that
// CPython has and Loopstep lacks is "not supported by Loopstep"; anything else is the program's.
#pragma once

#include <string_view>

namespace loopstep {

// `os`, `socket`, `collections`: a top-level module of CPython's standard library.
bool is_cpython_stdlib_module(std::string_view name);

// `itertools` has `tee`: `name` is a public name of the (supported) standard-library module
// `module` in CPython 3.11. False for modules outside the list in the generator.
bool cpython_module_has(std::string_view module, std::string_view name);

// "itertools.tee is not supported by Loopstep"
inline constexpr std::string_view kNotSupportedByLoopstep = " is not supported by Loopstep";

}  // namespace loopstep
