// libFuzzer target: arbitrary bytes through the source checks and the lexer (tests/fuzz/README.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "source/source_text.h"
#include "syntax/lexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (loopstep::normalize_source(text, "fuzz.py")) return 0;
    loopstep::tokenize(text, "fuzz.py");
    // f-string fields and `--set` edits lex parts of a line in expression mode.
    loopstep::LexOptions expression;
    expression.expression_mode = true;
    loopstep::tokenize(text, "fuzz.py", expression);
    return 0;
}
