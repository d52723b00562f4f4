// Recursive-descent parser for the Python 3.11 grammar (Grammar/python.gram) that ast.h can express.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "source/diagnostic.h"
#include "syntax/ast.h"

namespace loopstep {

struct ParseResult {
    std::unique_ptr<ast::Module> module;  // null when error is set
    std::optional<Diagnostic> error;
};

// `normalized_source` must have gone through normalize_source (valid UTF-8, LF line ends).
// Syntax errors use CPython 3.11's messages; constructs outside the subset of SPEC §3 are refused
// with "<construct> is not supported".
ParseResult parse_module(std::string_view normalized_source, const std::string& filename);

}  // namespace loopstep
