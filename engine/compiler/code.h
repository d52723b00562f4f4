// Compiled code: what the compiler produces and the VM runs. Plain data with no runtime objects,
// so the compiler needs nothing from the object model; the VM turns `constants` into values once.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/opcodes.h"

namespace loopstep {

struct Code;

struct Instruction {
    Op op;
    uint32_t arg = 0;
};

// A compile-time constant.
struct Constant {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Tuple, Code };
    Kind kind = Kind::None;
    int64_t int_value = 0;
    double float_value = 0.0;
    std::string text;                    // Str (UTF-8); BigInt (decimal digits, optional leading '-')
    std::vector<Constant> elements;      // Tuple (used for CALL_KW keyword names, and folded tuples)
    std::shared_ptr<const Code> code;    // Code: a nested function, lambda, comprehension or class body
};

enum CodeFlags : uint32_t {
    kVarArgs = 1u << 0,        // has *args
    kVarKeywords = 1u << 1,    // has **kwargs
    kGenerator = 1u << 2,      // contains yield
    kCoroutine = 1u << 3,      // async def without yield
    kAsyncGenerator = 1u << 4, // async def with yield
    kModule = 1u << 5,         // module body: LOAD_NAME/STORE_NAME on globals
    kClassBody = 1u << 6,      // class body: LOAD_NAME/STORE_NAME on the class namespace
    kNested = 1u << 7,         // defined inside a function (qualname has <locals>)
};

struct Code {
    std::string name;      // f, <lambda>, <listcomp>, <genexpr>, <module>, the class name for a body
    std::string qualname;  // Outer.<locals>.f, Class.method
    std::string filename;
    int first_line = 0;
    uint32_t flags = 0;

    // Parameters come first in `varnames`: positional (posonly first), then keyword-only, then
    // *args, then **kwargs.
    int arg_count = 0;          // positional parameters, including positional-only
    int posonly_arg_count = 0;
    int kwonly_arg_count = 0;
    std::vector<std::string> varnames;  // fast locals
    std::vector<std::string> cellvars;  // locals captured by inner functions
    std::vector<std::string> freevars;  // captured from outer functions
    // For each cellvar: the index in varnames of the parameter it starts from, or -1.
    std::vector<int> cell_from_arg;

    std::optional<std::string> docstring;  // functions: the leading string literal of the body
    std::vector<std::string> names;     // attribute, global and module names
    std::vector<Constant> constants;
    std::vector<Instruction> instructions;
    std::vector<int32_t> lines;         // source line of each instruction (same length)
    std::vector<int32_t> columns;       // 1-based source column of each instruction (same length)
    int stack_size = 0;                 // deepest value stack any path reaches (the compiler checks it)
};

// Human-readable listing of a code object and everything nested in it (for debugging).
std::string disassemble(const Code& code);

}  // namespace loopstep
