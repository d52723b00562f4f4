// The delays a learner can edit: every numeric literal that reaches a sleep or a timeout — passed
// to asyncio.sleep, time.sleep, wait_for / timeout / wait(timeout=) / call_later, or to a function
// parameter that reaches one of those (worker(1, "milk") where worker sleeps `delay`) — plus
// UPPER_CASE numeric constants at module level. Each is found by its LINE:COL, the position
// `--set LINE:COL=NUMBER` (RunOptions::edits) replaces.
#pragma once

#include <string>
#include <vector>

namespace loopstep {

struct DelayParameter {
    int line = 0;          // 1-based
    int col = 0;           // 1-based, in code points: where the literal starts
    std::string text;      // the literal as written: "1", "0.5"
    double value = 0.0;
    bool is_int = false;
    std::string kind;      // "asyncio.sleep", "time.sleep", "timeout", "call_later", "argument", "constant"
    std::string label;     // "asyncio.sleep(…) at L8", "worker(…, delay) at L16", "DELAY"
    double min = 0.0, max = 10.0, step = 0.5;  // a sensible slider range
    std::string unit;      // "s" for delays, "" for other constants
};

// Parses `source` (raw bytes of a .py file) and lists its editable numbers in source order;
// empty when the source does not parse.
std::vector<DelayParameter> find_delay_parameters(const std::string& source, const std::string& filename);

}  // namespace loopstep
