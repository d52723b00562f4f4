// libFuzzer target: arbitrary bytes through the source checks, the parser and the AST dump.
#include <cstddef>
#include <cstdint>
#include <string>

#include "source/source_text.h"
#include "syntax/ast.h"
#include "syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (loopstep::normalize_source(text, "fuzz.py")) return 0;
    loopstep::ParseResult parsed = loopstep::parse_module(text, "fuzz.py");
    if (parsed.module) loopstep::ast::dump(*parsed.module);
    return 0;
}
