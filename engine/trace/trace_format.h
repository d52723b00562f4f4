// Text forms of a trace: the workshop's event-loop tables (`loopstep-cli table`) and the JSON
// document (`loopstep-cli trace`, schema in the README). Both are deterministic: the same trace
// gives the same bytes.
#pragma once

#include <string>

#include "trace/trace.h"

namespace loopstep {

// One tick's table: a header line, then one row per task created so far.
std::string format_tick_table(const Trace& trace, size_t tick);
// All ticks' tables, T0 … Tn, separated by blank lines.
std::string format_tables(const Trace& trace);
// The same tables as Markdown (a heading and a table per tick) and as CSV (one row per task per
// tick: tick, clock, ran, task, name, where, state, detail), for slides and spreadsheets.
std::string format_tables_markdown(const Trace& trace);
std::string format_tables_csv(const Trace& trace);
// The whole trace as JSON.
std::string trace_to_json(const Trace& trace);

}  // namespace loopstep
