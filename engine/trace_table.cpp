// The workshop's event-loop tables:
//   T1  t=0.000  task1 ran: started, then awaited asyncio.sleep(1) at L8
//     main: await task1        -- busy (task1)
#include <algorithm>

#include "trace_format.h"

namespace loopstep {

std::string format_tick_table(const Trace& trace, size_t i) {
    const Tick& tick = trace.tick(i);
    std::string out = "T" + std::to_string(i) + "  t=" + clock_text(tick.clock_start) + "  " + trace.tick_summary(i) + "\n";
    LoopState state = trace.state_after(static_cast<long>(i));
    std::vector<std::pair<std::string, std::string>> rows;
    for (size_t id = 0; id < state.tasks.size() && id < trace.tasks().size(); ++id) {
        const TraceTask& task = trace.tasks()[id];
        if (task.hidden) continue;
        const TaskStatus& s = state.tasks[id];
        rows.emplace_back(task.label + ": " + s.where, s.state_text());
    }
    size_t width = 25;
    for (auto& r : rows) width = std::max(width, r.first.size() + 2);
    for (auto& [left, right] : rows) out += "  " + left + std::string(width - left.size(), ' ') + "-- " + right + "\n";
    return out;
}

std::string format_tables(const Trace& trace) {
    std::string out;
    for (size_t i = 0; i < trace.tick_count(); ++i) {
        if (i) out += "\n";
        out += format_tick_table(trace, i);
    }
    return out;
}

}  // namespace loopstep
