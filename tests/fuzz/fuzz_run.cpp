// libFuzzer target: a whole run_program with small budgets, recording the trace and formatting it
// as tables and JSON. Every input must end with a status, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine.h"
#include "trace/trace.h"
#include "trace/trace_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string source(reinterpret_cast<const char*>(data), size);
    loopstep::RunOptions options;
    options.max_instructions = 200'000;
    options.max_ticks = 2'000;
    options.max_objects = 100'000;
    options.max_live_tasks = 200;
    options.recursion_limit = 200;
    loopstep::Trace trace;
    loopstep::run_program(source, "fuzz.py", options, loopstep::OutputSinks{}, &trace);
    loopstep::format_tables(trace);
    loopstep::trace_to_json(trace);
    return 0;
}
