// libFuzzer target: arbitrary bytes through the source checks, the parser, the symbol table and
// the compiler, then the disassembler over the code objects produced.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/compiler.h"
#include "source/source_text.h"
#include "syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (loopstep::normalize_source(text, "fuzz.py")) return 0;
    loopstep::ParseResult parsed = loopstep::parse_module(text, "fuzz.py");
    if (!parsed.module) return 0;
    loopstep::CompileResult compiled = loopstep::compile_module(*parsed.module, "fuzz.py");
    if (compiled.code) loopstep::disassemble(*compiled.code);
    return 0;
}
