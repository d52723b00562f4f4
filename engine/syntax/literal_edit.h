// `--set LINE:COL=NUMBER`: replaces numeric literals in the source before it is parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine.h"
#include "source/diagnostic.h"

namespace loopstep {

// Each edit names the NUMBER token that starts exactly at its line and column (1-based, code
// points) in `normalized_source`, as it was before any edit. `edit.number` must be a non-negative
// int or float literal, optionally preceded by '-'. On error nothing is changed.
std::optional<Diagnostic> apply_literal_edits(std::string& normalized_source,
                                              const std::vector<LiteralEdit>& edits,
                                              const std::string& filename);

}  // namespace loopstep
