// The trace as JSON (schema in the README, "Trace JSON"). Numbers are written with Python's float
// repr so that clocks read exactly as the program printed them; strings are escaped as JSON wants.
#include <cstdio>

#include "numbers/float_format.h"
#include "trace/trace_format.h"

namespace loopstep {

namespace {

class JsonWriter {
public:
    std::string out;
    void str(std::string_view s) {
        out += '"';
        for (unsigned char c : s) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default:
                    if (c < 0x20) {
                        char buf[8];
                        std::snprintf(buf, sizeof buf, "\\u%04x", c);
                        out += buf;
                    } else {
                        out += static_cast<char>(c);
                    }
            }
        }
        out += '"';
    }
    void num(double v) { out += float_repr(v); }
    void num(long long v) { out += std::to_string(v); }
    void key(const char* k) {
        comma();
        str(k);
        out += ':';
        fresh_ = true;
    }
    void open(char c) {
        comma();
        out += c;
        fresh_ = true;
    }
    void close(char c) {
        out += c;
        fresh_ = false;
    }
    void comma() {
        if (!fresh_) out += ',';
        fresh_ = false;
    }
    // After key(): the value must not add a comma.
    void value_str(std::string_view s) {
        comma();
        str(s);
    }
    void value_num(double v) {
        comma();
        num(v);
    }
    void value_int(long long v) {
        comma();
        num(v);
    }
    void value_bool(bool b) {
        comma();
        out += b ? "true" : "false";
    }

private:
    bool fresh_ = true;
};

const char* status_name(RunStatus s) {
    switch (s) {
        case RunStatus::Ok: return "ok";
        case RunStatus::UncaughtException: return "exception";
        case RunStatus::SourceError: return "source-error";
        case RunStatus::Deadlock: return "deadlock";
        case RunStatus::BudgetExceeded: return "budget";
    }
    return "?";
}

void write_status(JsonWriter& w, int task, const TaskStatus& s) {
    w.open('{');
    w.key("task"), w.value_int(task);
    w.key("state"), w.value_str(task_state_name(s.state));
    if (s.done_how != DoneHow::None) w.key("done"), w.value_str(done_how_name(s.done_how));
    w.key("where"), w.value_str(s.where);
    w.key("line"), w.value_int(s.line);
    if (std::string waits = s.waits_text(); !waits.empty()) w.key(s.state == TaskState::Busy ? "waits_on" : "detail"), w.value_str(waits);
    w.close('}');
}

void write_lines(JsonWriter& w, const Trace& trace, uint32_t begin, uint32_t end) {
    w.open('[');
    for (uint32_t i = begin; i < end; ++i) {
        const LineRecord l = trace.line(i);
        w.open('{');
        w.key("line"), w.value_int(l.line);
        w.key("task"), w.value_int(l.task);
        w.key("clock"), w.value_num(l.clock);
        uint32_t out_end = trace.line_output_end(i);
        if (out_end > l.output_begin) w.key("output"), w.value_str(trace.output().substr(l.output_begin, out_end - l.output_begin));
        w.close('}');
    }
    w.close(']');
}

}  // namespace

std::string trace_to_json(const Trace& trace) {
    JsonWriter w;
    w.open('{');
    w.key("format"), w.value_str("loopstep-trace");
    w.key("version"), w.value_int(1);
    w.key("file"), w.value_str(trace.filename);
    w.key("status"), w.value_str(status_name(trace.result.status));
    w.key("exit_code"), w.value_int(static_cast<int>(trace.result.status));
    w.key("error_line"), w.value_str(trace.result.error_line);
    w.key("error_report"), w.value_str(trace.error_report);
    w.key("notebook"), w.value_bool(trace.result.notebook);
    w.key("output"), w.value_str(trace.output());
    w.key("tasks"), w.open('[');
    for (const TraceTask& t : trace.tasks()) {
        w.open('{');
        w.key("id"), w.value_int(t.id);
        w.key("name"), w.value_str(trace.text_of(t.name));
        w.key("label"), w.value_str(trace.text_of(t.label));
        w.key("coroutine"), w.value_str(trace.text_of(t.coroutine));
        w.key("created_tick"), w.value_int(t.created_tick);
        w.key("created_at"), w.value_num(t.created_at);
        w.key("hidden"), w.value_bool(t.hidden);
        w.close('}');
    }
    w.close(']');
    w.key("prologue"), w.open('{');
    w.key("lines");
    write_lines(w, trace, 0, trace.prologue_lines_end());
    w.key("states"), w.open('[');
    LoopState previous = trace.state_after(-1);
    for (size_t id = 0; id < previous.tasks.size(); ++id) write_status(w, static_cast<int>(id), previous.tasks[id]);
    w.close(']');
    w.close('}');
    w.key("ticks"), w.open('[');
    for (size_t i = 0; i < trace.tick_count(); ++i) {
        const Tick& t = trace.tick(i);
        LoopState state = trace.state_after(static_cast<long>(i));
        w.open('{');
        w.key("index"), w.value_int(static_cast<long long>(i));
        w.key("task"), w.value_int(t.task);
        w.key("clock_start"), w.value_num(t.clock_start);
        w.key("clock_end"), w.value_num(trace.clock_end(i));
        w.key("summary"), w.value_str(trace.tick_summary(i));
        w.key("resumed"), w.open('{');
        w.key("line"), w.value_int(trace.resumed_line(i));
        w.key("at"), w.value_str(trace.text(t.resumed_at));
        w.close('}');
        w.key("stopped"), w.open('{');
        w.key("line"), w.value_int(trace.stopped_line(i));
        w.key("at"), w.value_str(trace.stopped_text(i));
        w.close('}');
        w.key("lines");
        const IndexRange lines = trace.lines_of(static_cast<long>(i));
        write_lines(w, trace, lines.begin, lines.end);
        w.key("events"), w.open('[');
        const IndexRange events = trace.events_of(static_cast<long>(i));
        for (uint32_t e = events.begin; e < events.end; ++e) {
            const TraceEvent ev = trace.event(e);
            w.open('{');
            w.key("kind"), w.value_str(event_kind_name(ev.kind));
            w.key("task"), w.value_int(ev.task);
            w.key("clock"), w.value_num(ev.clock);
            w.key("text"), w.value_str(trace.event_text(e));
            w.close('}');
        }
        w.close(']');
        // Only the tasks whose state changed since the previous tick (apply in order to rebuild).
        w.key("changes"), w.open('[');
        for (size_t id = 0; id < state.tasks.size(); ++id)
            if (id >= previous.tasks.size() || !(previous.tasks[id] == state.tasks[id]))
                write_status(w, static_cast<int>(id), state.tasks[id]);
        w.close(']');
        w.key("ready"), w.open('[');
        for (int32_t id : state.ready) w.value_int(id);
        w.close(']');
        w.key("timers"), w.open('[');
        for (const PendingTimer& timer : state.timers) {
            w.open('{');
            w.key("when"), w.value_num(timer.when);
            w.key("task"), w.value_int(timer.task);
            w.key("what"), w.value_str(trace.text(timer.what));
            w.close('}');
        }
        w.close(']');
        w.close('}');
        previous = std::move(state);
    }
    w.close(']');
    w.close('}');
    return w.out + "\n";
}

}  // namespace loopstep
