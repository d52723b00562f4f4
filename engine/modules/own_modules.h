// The program's own modules (`import helpers` → helpers.py beside the program): found through the
// front end's ModuleFinder and compiled before the run starts, so that a construct Loopstep
// refuses is refused in any file of the program before anything runs. A name the finder lacks is
// left to the import itself: CPython's ModuleNotFoundError at its line (or a stdlib module).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "engine.h"
#include "source/diagnostic.h"
#include "vm/interp.h"

namespace loopstep {

// At most this many own modules per program: an accident, not a program, beyond it.
inline constexpr size_t kMaxOwnModules = 256;

// Every module imported (at any depth, in any branch) by `main` and, in turn, by the modules found,
// that `find` knows: compiled into `out` by dotted name. The first file that does not compile
// is the refusal returned.
std::optional<Diagnostic> resolve_own_modules(const Code& main, const ModuleFinder& find,
                                              std::map<std::string, OwnModule>& out);

}  // namespace loopstep
