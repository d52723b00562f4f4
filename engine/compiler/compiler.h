// The bytecode compiler: turns a parsed module into Code for the VM (opcodes.h documents the
// instruction set), or reports the first error or unsupported construct as a Diagnostic.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "compiler/code.h"
#include "source/diagnostic.h"
#include "syntax/ast.h"

namespace loopstep {

struct CompileResult {
    std::shared_ptr<const Code> code;
    std::optional<Diagnostic> error;
    // The first module-level await-like construct: the SyntaxError `python3 prog.py` gives. When
    // top-level await was allowed, the module's code is then a coroutine (kCoroutine | kModule).
    std::optional<Diagnostic> top_level_await;
};

// `allow_top_level_await`: CPython's ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (notebook mode, SPEC §2).
CompileResult compile_module(const ast::Module& module, const std::string& filename,
                             bool allow_top_level_await = false);

}  // namespace loopstep
