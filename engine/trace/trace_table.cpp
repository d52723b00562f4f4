// The workshop's event-loop tables:
//   T1  t=0.000  task1 ran: started, then awaited asyncio.sleep(1) at L8
//     main: await task1        -- busy (task1)
#include <algorithm>

#include "trace/trace_format.h"

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
        rows.emplace_back(std::string(trace.text_of(task.label)) + ": " + s.where, s.state_text());
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

namespace {

std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '\n') out += ' ';
        else out += c;
    }
    return out;
}

std::string csv_cell(std::string_view s) {
    if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string format_tables_markdown(const Trace& trace) {
    std::string out;
    for (size_t i = 0; i < trace.tick_count(); ++i) {
        const Tick& tick = trace.tick(i);
        out += "### T" + std::to_string(i) + " — t=" + clock_text(tick.clock_start) + " — " + md_cell(trace.tick_summary(i)) + "\n\n";
        out += "| task | name | where | state |\n|---|---|---|---|\n";
        LoopState state = trace.state_after(static_cast<long>(i));
        for (size_t id = 0; id < state.tasks.size() && id < trace.tasks().size(); ++id) {
            const TraceTask& task = trace.tasks()[id];
            if (task.hidden) continue;
            const TaskStatus& s = state.tasks[id];
            std::string label = md_cell(trace.text_of(task.label));
            if (static_cast<int>(id) == tick.task) label = "**" + label + "**";
            out += "| " + label + " | " + md_cell(trace.text_of(task.name)) + " | " + md_cell(s.where) + " | " + md_cell(s.state_text()) + " |\n";
        }
        out += "\n";
    }
    return out;
}

std::string format_tables_csv(const Trace& trace) {
    std::string out = "tick,clock,ran,task,name,where,state,detail\n";
    for (size_t i = 0; i < trace.tick_count(); ++i) {
        const Tick& tick = trace.tick(i);
        LoopState state = trace.state_after(static_cast<long>(i));
        for (size_t id = 0; id < state.tasks.size() && id < trace.tasks().size(); ++id) {
            const TraceTask& task = trace.tasks()[id];
            if (task.hidden) continue;
            const TaskStatus& s = state.tasks[id];
            out += "T" + std::to_string(i) + "," + clock_text(tick.clock_start) + "," + csv_cell(trace.task_label(tick.task)) + "," +
                   csv_cell(trace.text_of(task.label)) + "," + csv_cell(trace.text_of(task.name)) + "," + csv_cell(s.where) + "," + task_state_name(s.state) + "," +
                   csv_cell(s.state == TaskState::Done ? std::string(done_how_name(s.done_how)) +
                                                             (s.waits_on.empty() ? "" : " " + s.waits_on)
                                                       : s.waits_text()) +
                   "\n";
        }
    }
    return out;
}

}  // namespace loopstep
