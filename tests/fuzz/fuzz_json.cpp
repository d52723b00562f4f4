// libFuzzer target: the input, as a str, goes to json.loads inside a program the engine runs. The
// run must end (never crash or hang), json may only refuse the text with its own errors, and what
// it accepts must survive dumps/loads unchanged in every output style (compact, indented, ASCII or
// not, sorted keys). Anything else aborts, so libFuzzer keeps the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine.h"

namespace {

// A Python string literal holding the input: valid UTF-8 sequences become their code points
// (surrogates excepted), every other byte the code point of the same value.
std::string python_literal(const uint8_t* data, size_t size) {
    std::string out = "\"";
    char buf[16];
    size_t i = 0;
    while (i < size) {
        uint8_t b = data[i];
        uint32_t code = b;
        size_t len = 1;
        if (b >= 0xc2 && b <= 0xf4) {
            size_t want = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            uint32_t c = b & (0x3f >> (want - 1));
            bool ok = i + want <= size;
            for (size_t k = 1; ok && k < want; ++k) {
                if ((data[i + k] & 0xc0) != 0x80) ok = false;
                else c = (c << 6) | (data[i + k] & 0x3f);
            }
            bool shortest = want == 2 || (want == 3 && c >= 0x800) || (want == 4 && c >= 0x10000);
            if (ok && shortest && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff)) {
                code = c;
                len = want;
            }
        }
        if (code >= 0x20 && code < 0x7f && code != '"' && code != '\\') {
            out += static_cast<char>(code);
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(code));
            out += buf;
        }
        i += len;
    }
    return out + "\"";
}

constexpr const char* kProgram = R"(
import json
try:
    value = json.loads(TEXT)
except (json.JSONDecodeError, RecursionError, OverflowError, ValueError):
    value = json.loads('"refused"')
canonical = json.dumps(value)
for options in [{}, {"ensure_ascii": False}, {"indent": 2}, {"indent": "\t", "sort_keys": False},
                {"separators": (",", ":"), "ensure_ascii": False}]:
    text = json.dumps(value, **options)
    if json.dumps(json.loads(text)) != canonical:
        print("ROUND TRIP MISMATCH", options)
if json.dumps(value, sort_keys=True) != json.dumps(json.loads(canonical), sort_keys=True):
    print("ROUND TRIP MISMATCH sort_keys")
print("done")
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096) return 0;
    std::string source = "TEXT = " + python_literal(data, size) + "\n" + kProgram;
    loopstep::RunOptions options;
    options.max_instructions = 2'000'000;
    options.max_ticks = 2'000;
    options.max_objects = 200'000;
    options.recursion_limit = 200;
    std::string out;
    loopstep::OutputSinks sinks;
    sinks.out = [&](const std::string& s) { out += s; };
    loopstep::RunResult result = loopstep::run_program(source, "fuzz_json.py", options, sinks);
    // Running out of a budget is an answer (a huge document); any other ending is a finding.
    if (result.status == loopstep::RunStatus::BudgetExceeded) return 0;
    if (result.status != loopstep::RunStatus::Ok || out != "done\n") {
        std::fprintf(stderr, "fuzz_json: status %d, error %s, output %s\n", static_cast<int>(result.status),
                     result.error_line.c_str(), out.c_str());
        std::abort();
    }
    return 0;
}
