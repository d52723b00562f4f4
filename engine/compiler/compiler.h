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
};

CompileResult compile_module(const ast::Module& module, const std::string& filename);

}  // namespace loopstep
