// Reading a trace: names, summaries, and the loop state at any tick rebuilt from the nearest
// checkpoint plus the deltas after it.
#include "trace/trace.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "numbers/float_format.h"

namespace loopstep {

std::string clock_text(double t) {
    // As printf's "%.3f" (exact, correctly rounded), without its format parsing.
    char buf[400];
    auto end = std::to_chars(buf, buf + sizeof buf, t, std::chars_format::fixed, 3).ptr;
    return std::string(buf, end);
}

const char* task_state_name(TaskState s) {
    switch (s) {
        case TaskState::Running: return "running";
        case TaskState::Ready: return "ready";
        case TaskState::Busy: return "busy";
        case TaskState::Done: return "done";
    }
    return "?";
}

const char* done_how_name(DoneHow d) {
    switch (d) {
        case DoneHow::None: return "";
        case DoneHow::Returned: return "returned";
        case DoneHow::Raised: return "raised";
        case DoneHow::Cancelled: return "cancelled";
    }
    return "";
}

const char* event_kind_name(EventKind k) {
    switch (k) {
        case EventKind::TaskCreated: return "task-created";
        case EventKind::TaskReady: return "task-ready";
        case EventKind::TaskDone: return "task-done";
        case EventKind::TimerSet: return "timer-set";
        case EventKind::TimerFired: return "timer-fired";
        case EventKind::TimerCancelled: return "timer-cancelled";
        case EventKind::CancelRequested: return "cancel-requested";
        case EventKind::BlockingSleep: return "blocking-sleep";
    }
    return "?";
}

std::string sleep_until_text(double deadline) { return "sleep until t=" + clock_text(deadline); }

std::string TaskStatus::waits_text() const { return sleep_until >= 0 ? sleep_until_text(sleep_until) : waits_on; }

std::string TaskStatus::state_text() const {
    std::string s = task_state_name(state);
    if (std::string waits = waits_text(); state == TaskState::Busy && !waits.empty()) s += " (" + waits + ")";
    if (state == TaskState::Done) {
        s += " (";
        s += done_how_name(done_how);
        if (done_how == DoneHow::Raised && !waits_on.empty()) s += " " + waits_on;
        s += ")";
    }
    return s;
}

Trace::Trace() = default;
Trace::~Trace() = default;
Trace::Trace(Trace&&) noexcept = default;
Trace& Trace::operator=(Trace&&) noexcept = default;

Trace::Ends Trace::ends_of(long tick) const {
    size_t next = static_cast<size_t>(tick + 2);  // segment after tick's (segment i+1 is tick i)
    if (next < segments_.size())
        return {segments_.at(next, kChanges), segments_.at(next, kReadyOps), segments_.at(next, kClosedTimers),
                segments_.at(next, kEvents)};
    return {static_cast<uint32_t>(changes_.size()), static_cast<uint32_t>(ready_ops_.size()),
            static_cast<uint32_t>(closed_timers_.size()), static_cast<uint32_t>(events_.size())};
}

void Trace::replay_timers(std::vector<uint32_t>& live, uint32_t events_from, uint32_t events_to, uint32_t closed_from,
                          uint32_t closed_to) const {
    // Each timer is added once and removed once: collect the removals, then drop them in one pass.
    std::vector<uint32_t> removed;
    for (uint32_t i = events_from; i < events_to; ++i) {
        const EventRecord& e = events_[i];
        switch (kind_of(e)) {
            case EventKind::TimerSet: live.push_back(e.ref); break;
            case EventKind::TimerFired:
            case EventKind::TimerCancelled: removed.push_back(e.ref); break;
            default: break;
        }
    }
    for (uint32_t i = closed_from; i < closed_to; ++i) removed.push_back(closed_timers_[i]);
    if (!removed.empty()) {
        std::sort(removed.begin(), removed.end());
        std::erase_if(live, [&](uint32_t id) { return std::binary_search(removed.begin(), removed.end(), id); });
    }
}

LoopState Trace::state_after(long tick) const {
    if (tick >= static_cast<long>(ticks_.size())) tick = static_cast<long>(ticks_.size()) - 1;
    if (tick < -1) tick = -1;
    Ends end = ends_of(tick);
    // The latest checkpoint at or before the tick.
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), tick,
                               [](long t, const Checkpoint& cp) { return t < cp.tick; });
    std::vector<uint32_t> statuses;
    std::vector<int32_t> ready;
    std::vector<uint32_t> live;
    uint32_t from_changes = 0, from_ready = 0, from_events = 0, from_closed = 0;
    if (it != checkpoints_.begin()) {
        const Checkpoint& cp = *std::prev(it);
        statuses = cp.statuses;
        ready = cp.ready;
        live = cp.timers;
        from_changes = cp.changes_end;
        from_ready = cp.ready_end;
        from_events = cp.events_end;
        from_closed = cp.closed_end;
    }
    for (uint32_t i = from_changes; i < end.changes; ++i) {
        const StatusChange& c = changes_[i];
        if (static_cast<size_t>(c.task) >= statuses.size()) statuses.resize(static_cast<size_t>(c.task) + 1, UINT32_MAX);
        statuses[static_cast<size_t>(c.task)] = c.status;
    }
    size_t head = 0;  // ready-queue pops are almost always at the front
    auto pop = [&](int32_t task) {
        if (head < ready.size() && ready[head] == task) {
            ++head;
        } else {
            auto at = std::find(ready.begin() + static_cast<long>(head), ready.end(), task);
            if (at != ready.end()) ready.erase(at);
        }
    };
    // Tick by tick: its segment's ops, then the pop of its own step, which is not stored (it
    // began the step, before the step's pushes; popping it after them removes the same entry,
    // the task's only one before its step).
    const long first = it != checkpoints_.begin() ? std::prev(it)->tick + 1 : -1;
    uint32_t i = from_ready;
    for (long t = first; t <= tick; ++t) {
        const auto next = static_cast<size_t>(t + 2);
        const uint32_t segment_end = next < segments_.size() ? segments_.at(next, kReadyOps) : end.ready_ops;
        for (; i < segment_end; ++i) {
            const int32_t op = ready_ops_[i];
            if (op >= 0) ready.push_back(op);
            else pop(-op - 1);
        }
        if (t >= 0) pop(ticks_[static_cast<size_t>(t)].task);
    }
    ready.erase(ready.begin(), ready.begin() + static_cast<long>(head));
    replay_timers(live, from_events, end.events, from_closed, end.closed_timers);
    LoopState state;
    state.tasks.reserve(statuses.size());
    for (uint32_t id : statuses) state.tasks.push_back(id == UINT32_MAX ? TaskStatus{} : statuses_[id]);
    state.ready = std::move(ready);
    std::sort(live.begin(), live.end(), [&](uint32_t a, uint32_t b) {
        const TimerRecord& x = timers_[a];
        const TimerRecord& y = timers_[b];
        if (x.timer.when != y.timer.when) return x.timer.when < y.timer.when;
        return a < b;
    });
    for (uint32_t id : live) state.timers.push_back(timers_[id].timer);
    return state;
}

std::vector<Trace::Change> Trace::changes_in(long tick) const {
    std::vector<Change> out;
    if (tick < -1 || tick >= static_cast<long>(ticks_.size())) return out;
    uint32_t begin = segments_.at(static_cast<size_t>(tick + 1), kChanges);
    uint32_t end = ends_of(tick).changes;
    for (uint32_t i = begin; i < end; ++i) out.push_back({changes_[i].task, &statuses_[changes_[i].status]});
    return out;
}

int32_t Trace::line_of_change(size_t tick, bool first_running) const {
    const int32_t task = ticks_[tick].task;
    const uint32_t begin = segments_.at(tick + 1, kChanges);
    const uint32_t end = ends_of(static_cast<long>(tick)).changes;
    if (first_running) {
        for (uint32_t i = begin; i < end; ++i)
            if (changes_[i].task == task && statuses_[changes_[i].status].state == TaskState::Running)
                return statuses_[changes_[i].status].line;
    } else {
        for (uint32_t i = end; i > begin; --i)
            if (changes_[i - 1].task == task) return statuses_[changes_[i - 1].status].line;
    }
    return 0;
}

int32_t Trace::kept_or_changed_line(const std::vector<std::pair<uint32_t, int32_t>>& aside, size_t tick,
                                    bool first_running) const {
    auto it = std::lower_bound(aside.begin(), aside.end(), tick, [](const auto& a, size_t t) { return a.first < t; });
    return it != aside.end() && it->first == tick ? it->second : line_of_change(tick, first_running);
}

int32_t Trace::resumed_line(size_t i) const { return kept_or_changed_line(resumed_aside_, i, true); }
int32_t Trace::stopped_line(size_t i) const { return kept_or_changed_line(stopped_aside_, i, false); }

double Trace::clock_end(size_t i) const {
    auto it = std::lower_bound(late_ends_.begin(), late_ends_.end(), i,
                               [](const LateEnd& e, size_t t) { return e.tick < t; });
    return it != late_ends_.end() && it->tick == i ? it->clock : ticks_[i].clock_start;
}

const Tick* Trace::tick_holding(SegmentColumn column, uint32_t index) const {
    // Segment k holds the records from its start to the next one's; segment k is tick k - 1.
    const long tick = static_cast<long>(segments_.count_at_or_below(column, index)) - 2;
    return tick >= 0 && tick < static_cast<long>(ticks_.size()) ? &ticks_[static_cast<size_t>(tick)] : nullptr;
}

LineRecord Trace::line(size_t i) const {
    const auto at = static_cast<uint32_t>(i);
    LineRecord r{line_numbers_[i], line_tasks_.at(at), line_outputs_.at(at), line_clocks_.at(at)};
    if (r.task == kTickTask || r.clock == kTickClock) {
        const Tick* tick = tick_holding(kLines, at);
        if (r.task == kTickTask) r.task = tick ? tick->task : 0;
        if (r.clock == kTickClock) r.clock = tick ? tick->clock_start : 0.0;
    }
    return r;
}

double Trace::event_when(const EventRecord& e) const {
    if (e.head & kSleepReady) return event_whens_[e.head & kTextMask];
    const EventKind kind = kind_of(e);
    if (is_timer_event(kind)) return timers_[e.ref].timer.when;
    return kind == EventKind::TaskReady ? -1.0 : 0.0;
}

TraceEvent Trace::event(size_t i) const {
    const EventRecord& e = events_[i];
    double clock = event_clocks_.at(static_cast<uint32_t>(i));
    if (clock == kTickClock) {
        const Tick* tick = tick_holding(kEvents, static_cast<uint32_t>(i));
        clock = tick ? tick->clock_start : 0.0;
    }
    const EventKind kind = kind_of(e);
    if (is_timer_event(kind)) {
        const PendingTimer& t = timers_[e.ref].timer;
        return {kind, t.task, clock, t.what, t.when};
    }
    const uint32_t text = e.head & kSleepReady ? sleep_until_id_ : e.head & kTextMask;
    return {kind, static_cast<int32_t>(e.ref), clock, text, event_when(e)};
}

IndexRange Trace::range_of(long tick, SegmentColumn column, uint32_t total) const {
    if (tick < -1 || tick >= static_cast<long>(ticks_.size()) || segments_.empty()) return {};
    const auto next = static_cast<size_t>(tick + 2);
    return {segments_.at(static_cast<size_t>(tick + 1), column), next < segments_.size() ? segments_.at(next, column) : total};
}

IndexRange Trace::lines_of(long tick) const {
    return range_of(tick, kLines, static_cast<uint32_t>(line_numbers_.size()));
}

IndexRange Trace::events_of(long tick) const {
    return range_of(tick, kEvents, static_cast<uint32_t>(events_.size()));
}

IndexRange Trace::output_of(long tick) const {
    return range_of(tick, kOutput, static_cast<uint32_t>(output_.size()));
}

double Trace::clock_of_output(uint32_t offset) const {
    // The line that printed it: the last of the lines sharing the latest output offset at or
    // before `offset` (the lines before it in that run printed nothing), if its output reaches it.
    uint32_t first = line_outputs_.last_run_at_or_below(offset);
    if (first != UINT32_MAX) {
        uint32_t next = line_outputs_.next_change(first);
        size_t last = next == UINT32_MAX ? line_numbers_.size() - 1 : next - 1;
        if (line_output_end(last) > offset) return line(last).clock;
    }
    // Output from outside any recorded line (a loop callback): the clock of its tick.
    long lo = 0, hi = static_cast<long>(ticks_.size()) - 1;
    if (hi < 0) return 0.0;
    while (lo < hi) {  // the first tick whose output ends after `offset`
        long mid = (lo + hi) / 2;
        if (output_of(mid).end > offset) hi = mid;
        else lo = mid + 1;
    }
    return output_of(lo).end > offset ? ticks_[static_cast<size_t>(lo)].clock_start : 0.0;
}

std::string Trace::event_text(size_t i) const {
    const TraceEvent e = event(i);
    switch (e.kind) {
        case EventKind::TimerSet:
        case EventKind::TimerFired:
        case EventKind::TimerCancelled: return strings_[e.text] + " at t=" + clock_text(e.when);
        case EventKind::TaskReady:
            // A sleep's wake-up names its deadline, kept in `when` (see TaskStatus::sleep_until).
            if (e.when >= 0 && strings_[e.text] == kSleepUntilText) return sleep_until_text(e.when) + " is over";
            return strings_[e.text].empty() ? "woken" : strings_[e.text] + " is over";
        case EventKind::TaskCreated:
            if (strings_[e.text] == kTaskCreatedText && e.task >= 0 && static_cast<size_t>(e.task) < tasks_.size()) {
                const TraceTask& t = tasks_[static_cast<size_t>(e.task)];
                std::string s(text_of(t.label));
                s += " (";
                const TextRef first = first_name(static_cast<int>(e.task));
                s += text_of(first.size ? first : t.name);
                return s + ")";
            }
            return strings_[e.text];
        default: return strings_[e.text];
    }
}

uint32_t Trace::line_output_end(size_t i) const {
    if (i + 1 < line_numbers_.size()) return line_outputs_.at(static_cast<uint32_t>(i + 1));
    return static_cast<uint32_t>(output_.size());
}

std::string Trace::task_label(int id) const {
    if (id < 0) return "(callback)";
    if (static_cast<size_t>(id) >= tasks_.size()) return "?";
    return std::string(text_of(tasks_[static_cast<size_t>(id)].label));
}

std::string number_text(double v) {
    // The range test comes first: converting inf, nan or a huge value to an integer is undefined.
    if (std::abs(v) < 1e15 && v == std::trunc(v)) return std::to_string(static_cast<long long>(v));
    return float_repr(v);
}

std::string Trace::stopped_text(size_t i) const {
    const Tick& t = ticks_[i];
    const std::string& text = strings_[t.stopped_at];
    size_t at = t.slept_event == 0 ? std::string::npos : text.find(kSleepPlaceholder);
    if (at == std::string::npos) return text;
    const double deadline = event_when(events_[events_of(static_cast<long>(i)).begin + t.slept_event - 1u]);
    return text.substr(0, at) + number_text(deadline - t.clock_start) + text.substr(at + 1);
}

std::string Trace::tick_summary(size_t i) const {
    const Tick& t = ticks_[i];
    if (t.task == 0) return "<module> ran the program, then " + stopped_text(i);
    std::string s = task_label(t.task) + " ran: ";
    const std::string& resumed = strings_[t.resumed_at];
    if (resumed == "start") s += "started";
    else s += "resumed at L" + std::to_string(resumed_line(i));
    s += ", then " + stopped_text(i);
    return s;
}

std::vector<std::pair<const char*, size_t>> Trace::memory_parts() const {
    size_t strings = 0, statuses = 0, checkpoints = 0;
    for (const auto& s : strings_) strings += sizeof(std::string) + s.capacity();
    for (const auto& s : statuses_) statuses += sizeof(TaskStatus) + s.where.capacity() + s.waits_on.capacity();
    for (const auto& cp : checkpoints_)
        checkpoints += sizeof(Checkpoint) + cp.statuses.capacity() * 4 + cp.ready.capacity() * 4 + cp.timers.capacity() * 4;
    return {
        {"ticks", ticks_.capacity() * sizeof(Tick) + late_ends_.capacity() * sizeof(LateEnd) +
                      (resumed_aside_.capacity() + stopped_aside_.capacity()) * sizeof(resumed_aside_[0])},
        {"line numbers", line_numbers_.memory_bytes()},
        {"line tasks", line_tasks_.memory_bytes()},
        {"line clocks", line_clocks_.memory_bytes()},
        {"line outputs", line_outputs_.memory_bytes()},
        {"events", events_.capacity() * sizeof(EventRecord) + event_whens_.capacity() * sizeof(double)},
        {"event clocks", event_clocks_.memory_bytes()},
        {"output", output_.capacity()},
        {"segments", segments_.memory_bytes()},
        {"status changes", changes_.capacity() * sizeof(StatusChange)},
        {"ready ops", ready_ops_.capacity() * sizeof(int32_t)},
        {"closed timers", closed_timers_.capacity() * sizeof(uint32_t)},
        {"timers", timers_.capacity() * sizeof(TimerRecord)},
        {"tasks", tasks_.capacity() * sizeof(TraceTask) + task_text_.memory_bytes() +
                      first_names_.size() * (sizeof(TextRef) + 2 * sizeof(void*) + sizeof(int))},
        {"strings", strings},
        {"statuses", statuses},
        {"checkpoints", checkpoints},
    };
}

size_t Trace::memory_bytes() const {
    size_t n = 0;
    for (const auto& [name, bytes] : memory_parts()) n += bytes;
    return n;
}

}  // namespace loopstep
