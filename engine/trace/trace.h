// The trace of a whole run: what the app steps through and what `loopstep-cli table|trace` print.
//
// A tick is one task step (one CPython Task.__step). Tick N covers everything from the end of
// step N-1 to the end of step N: the timers that fired and the callbacks that ran in between,
// then the step itself. Lines the module runs before the first step are the prologue; lines it
// runs after the last step belong to the last tick. A program without any task step has one tick,
// run by the `<module>` pseudo-task.
//
// Scale: per-tick changes are stored as deltas (task status ids, ready-queue pushes and pops,
// timers added and removed) with full checkpoints taken whenever the changes since the last one
// outweigh two checkpoints, so memory grows with what changed and state_after(tick) costs a few
// times the size of the state, whatever the tick index.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine.h"
#include "trace/chunked_array.h"
#include "trace/line_numbers.h"
#include "trace/offset_index.h"
#include "trace/text_arena.h"
#include "trace/value_runs.h"

namespace loopstep {

enum class TaskState : uint8_t { Running, Ready, Busy, Done };
enum class DoneHow : uint8_t { None, Returned, Raised, Cancelled };

// Loop times in tables and states: three decimals, as the workshop's "t=1.000".
std::string clock_text(double t);
// What a task sleeping until `deadline` waits on: "sleep until t=1.000".
std::string sleep_until_text(double deadline);
// A delay as a sleep call shows it: 2 -> "2", 0.5 -> "0.5".
std::string number_text(double v);
const char* task_state_name(TaskState s);  // "running", "ready", "busy", "done"
const char* done_how_name(DoneHow d);      // "", "returned", "raised", "cancelled"

// One task's situation at the end of a tick.
struct TaskStatus {
    TaskState state = TaskState::Ready;
    DoneHow done_how = DoneHow::None;
    int line = 0;          // source line it is suspended at (0: not started / not in the file)
    std::string where;     // "start", "await task1", "await sleep", "return", "asyncio.run(main())"
    std::string waits_on;  // busy: "task1", "queue.get"; raised: "ValueError: x"
    // Busy in a sleep: its deadline, and waits_on is empty (a text per deadline would cost a
    // string per sleeping task and tick); waits_text() spells it. Negative: not sleeping.
    double sleep_until = -1.0;
    bool operator==(const TaskStatus&) const = default;
    // What it waits on: waits_on, or "sleep until t=1.000".
    std::string waits_text() const;
    // The workshop's state column: "ready", "busy (task1)", "done (returned)".
    std::string state_text() const;
};

// A task's texts are TextRefs into one arena of the trace (Trace::text_of).
struct TraceTask {
    int id = 0;              // 0 is the `<module>` pseudo-task; tasks count from 1 in creation order
    int created_tick = -1;   // the tick during which it was created (-1: the prologue)
    double created_at = 0.0;
    TextRef name;            // "Task-2" (its last name; `<module>` for the module)
    TextRef label;           // "task1", else "worker(1, 'order milk')"
    TextRef coroutine;       // "worker"
    bool hidden = false;     // asyncio.run's own shutdown tasks (not in `steps`)
};

// One executed line of the main file, as Trace::line() reads it back. The trace keeps the line
// number per record and the task, clock and output offset once per change of each.
struct LineRecord {
    int32_t line = 0;
    int32_t task = 0;            // task id running it (0: module; -1: a loop callback)
    uint32_t output_begin = 0;   // offset into Trace::output() where this line's output starts
    double clock = 0.0;
};

enum class EventKind : uint8_t {
    TaskCreated, TaskReady, TaskDone, TimerSet, TimerFired, TimerCancelled, CancelRequested, BlockingSleep
};
const char* event_kind_name(EventKind k);  // "task-created", "task-ready", ...

// One event, as Trace::event() reads it back (the clock is stored once per change).
struct TraceEvent {
    EventKind kind = EventKind::TaskCreated;
    int32_t task = -1;  // the task concerned, if any
    double clock = 0.0;
    uint32_t text = 0;  // string id: "sleep", "task1 (Task-2)", "returned"
    double when = 0.0;  // timers: the deadline (shown as "sleep at t=1.000")
};

// (24 bytes a tick. A tick's lines, events and output are ranges of the trace's, from
// Trace::lines_of / events_of / output_of; the loop time when it ended from Trace::clock_end;
// the lines where it resumed and stopped from Trace::resumed_line / stopped_line.)
struct Tick {
    int32_t task = 0;                 // the task that ran
    TaskState state_after = TaskState::Busy;
    DoneHow done_how = DoneHow::None;
    // Stopped in asyncio.sleep: 1 + the index, among the tick's events, of the sleep's timer-set
    // event, whose deadline less clock_start is the delay shown (Trace::stopped_text); else 0.
    uint16_t slept_event = 0;
    double clock_start = 0.0;         // loop time when the step began
    uint32_t resumed_at = 0;          // string ids: "start", "await task1"
    uint32_t stopped_at = 0;          // "await asyncio.sleep(1)", "return", "raise ValueError" (see Trace::stopped_text)
};
static_assert(sizeof(Tick) == 24, "Tick grew: check its field order");

// A range of indices into the trace's lines, events or output.
struct IndexRange {
    uint32_t begin = 0, end = 0;
    bool empty() const { return end <= begin; }
};

struct PendingTimer {
    double when = 0.0;
    int32_t task = -1;    // the task it wakes (-1: a plain callback)
    uint32_t what = 0;    // string id: "sleep", "callback name()"
};

// The loop's state at the end of a tick, rebuilt on demand.
struct LoopState {
    std::vector<TaskStatus> tasks;     // by task id, for the tasks created so far (index 0: module)
    std::vector<int32_t> ready;        // task ids whose steps are queued, in queue order
    std::vector<PendingTimer> timers;  // by (deadline, scheduling order)
};

class TraceRecorder;

class Trace {
public:
    Trace();
    ~Trace();
    Trace(Trace&&) noexcept;
    Trace& operator=(Trace&&) noexcept;

    size_t tick_count() const { return ticks_.size(); }
    const Tick& tick(size_t i) const { return ticks_[i]; }
    // The line where tick i's task resumed (0: it started) and where it stopped.
    int32_t resumed_line(size_t i) const;
    int32_t stopped_line(size_t i) const;
    // The loop time when tick i ended: its start, unless time.sleep blocked during its step (or
    // the loop ran on after the last step).
    double clock_end(size_t i) const;
    const ChunkedArray<TraceTask>& tasks() const { return tasks_; }
    // A task's texts: text_of(task.label), text_of(task.name), ...
    std::string_view text_of(TextRef r) const { return task_text_.view(r); }
    // The name task `id` was created with when it was renamed since (else empty).
    TextRef first_name(int id) const {
        auto it = first_names_.find(id);
        return it == first_names_.end() ? TextRef{} : it->second;
    }
    // Executed lines of the main file, in order (the prologue's, then each tick's).
    size_t line_count() const { return line_numbers_.size(); }
    LineRecord line(size_t i) const;
    size_t event_count() const { return events_.size(); }
    TraceEvent event(size_t i) const;
    // Tick `tick`'s lines, events and output (tick -1: the prologue).
    IndexRange lines_of(long tick) const;
    IndexRange events_of(long tick) const;
    IndexRange output_of(long tick) const;
    // The loop time when output()[offset] was printed.
    double clock_of_output(uint32_t offset) const;
    const std::string& output() const { return output_; }
    const std::string& text(uint32_t id) const { return strings_[id]; }
    // Where tick i stopped: "awaited asyncio.sleep(0.5) at L8", "returned", ...
    std::string stopped_text(size_t i) const;
    // In a stopped_at text, stands for the tick's sleep delay (one text serves all such ticks).
    static constexpr char kSleepPlaceholder = '\x01';
    // A task-ready event's text when the task slept; the event's `when` is the deadline.
    static constexpr const char* kSleepUntilText = "\x01sleep until";
    // A task-created event's text: the task's label and the name it was created with.
    static constexpr const char* kTaskCreatedText = "\x01task created";
    // "sleep at t=1.000", "task1 (Task-2)", "time.sleep(2)"
    std::string event_text(size_t i) const;
    uint32_t prologue_lines_end() const { return lines_of(-1).end; }

    // State at the end of tick `tick` (clamped); tick -1 is the end of the prologue.
    LoopState state_after(long tick) const;
    // The status changes recorded during tick `tick` (-1: the prologue), in the order they
    // happened (a task may appear several times: ready, running, busy). For the timeline.
    struct Change {
        int32_t task;
        const TaskStatus* status;
    };
    std::vector<Change> changes_in(long tick) const;
    // The same without allocating: f(const Change&) for each change of the tick, in order.
    template <class F>
    void for_each_change(long tick, F&& f) const {
        if (tick < -1 || tick >= static_cast<long>(ticks_.size())) return;
        uint32_t begin = segments_.at(static_cast<size_t>(tick + 1), kChanges);
        uint32_t end = ends_of(tick).changes;
        for (uint32_t i = begin; i < end; ++i) f(Change{changes_[i].task, &statuses_[changes_[i].status]});
    }
    // Output end offset of line record i.
    uint32_t line_output_end(size_t i) const;
    // "task1 ran: started, then awaited asyncio.sleep(1) at L8"
    std::string tick_summary(size_t i) const;
    // "task1" / "<module>"
    std::string task_label(int id) const;

    RunResult result;          // how the run ended
    std::string error_report;  // the traceback / deadlock report printed on stderr
    std::string filename;
    std::vector<std::string> source_lines;

    // Memory estimate of the stored trace (bytes), for the benchmarks.
    size_t memory_bytes() const;
    // The same by part: ("ticks", bytes), ("events", bytes), ...
    std::vector<std::pair<const char*, size_t>> memory_parts() const;

private:
    friend class TraceRecorder;
    struct StatusChange {
        int32_t task;
        uint32_t status;  // id into statuses_
    };
    struct Checkpoint {
        long tick;                       // state at the end of this tick
        uint32_t changes_end, ready_end, events_end, closed_end;  // the deltas it includes
        std::vector<uint32_t> statuses;  // by task id
        std::vector<int32_t> ready;
        std::vector<uint32_t> timers;    // live timer ids
    };
    // Where a segment's records begin (the columns of segments_): segment 0 is the prologue,
    // segment i+1 is tick i.
    enum SegmentColumn : size_t { kChanges, kReadyOps, kClosedTimers, kLines, kEvents, kOutput, kSegmentColumns };
    using Segment = OffsetIndex<kSegmentColumns>::Entry;
    // A timer as set; timers are numbered in the order they were scheduled (the loop's order
    // among equal deadlines).
    struct TimerRecord {
        PendingTimer timer;
    };
    struct Ends {
        uint32_t changes, ready_ops, closed_timers, events;
    };
    Ends ends_of(long tick) const;
    // An event as stored, in 8 bytes: its kind in bits 28-30 of `head`, and
    //  - a timer event: `ref` is its timer (id into timers_), which gives its task, text and `when`;
    //  - a task-ready event after a sleep (kSleepReady set): its text is kSleepUntilText, the low
    //    bits of `head` are its deadline's index into event_whens_, and `ref` is the task;
    //  - any other: the low bits of `head` are its text id, and `ref` is the task.
    // Its clock is in event_clocks_.
    struct EventRecord {
        uint32_t head;
        uint32_t ref;
    };
    static bool is_timer_event(EventKind k) {
        return k == EventKind::TimerSet || k == EventKind::TimerFired || k == EventKind::TimerCancelled;
    }
    static EventKind kind_of(const EventRecord& e) { return static_cast<EventKind>(e.head >> kKindShift & 7u); }
    double event_when(const EventRecord& e) const;
    static constexpr int kKindShift = 28;
    static constexpr uint32_t kTextMask = (1u << kKindShift) - 1;  // string ids stay below this
    static constexpr uint32_t kSleepReady = 1u << 31;
    uint32_t sleep_until_id_ = 0;  // the string id of kSleepUntilText
    IndexRange range_of(long tick, SegmentColumn column, uint32_t total) const;
    // The pending timers `live` (ids, in no order) become after events [events_from, events_to)
    // and closed timers [closed_from, closed_to).
    void replay_timers(std::vector<uint32_t>& live, uint32_t events_from, uint32_t events_to, uint32_t closed_from,
                       uint32_t closed_to) const;

    // In line_tasks_, line_clocks_ and event_clocks_: "the task / start clock of the record's
    // tick", which most records have (a step's own lines and events), so that they take no run
    // of their own per tick.
    static constexpr int32_t kTickTask = std::numeric_limits<int32_t>::min();
    static constexpr double kTickClock = -std::numeric_limits<double>::infinity();
    // The tick whose segment holds record `index` of `column` (null: the prologue's).
    const Tick* tick_holding(SegmentColumn column, uint32_t index) const;

    ChunkedArray<Tick> ticks_;
    // A tick's resumed and stopped lines are those of its task's running status and of its last
    // status in the tick's changes (the step's first and last change of it); where not, they are
    // kept here, as (tick, line) in tick order.
    int32_t line_of_change(size_t tick, bool first_running) const;
    std::vector<std::pair<uint32_t, int32_t>> resumed_aside_, stopped_aside_;
    int32_t kept_or_changed_line(const std::vector<std::pair<uint32_t, int32_t>>& aside, size_t tick, bool first_running) const;
    struct LateEnd {
        uint32_t tick;
        double clock;
    };
    ChunkedArray<LateEnd> late_ends_;       // the ticks that ended later than they began, in order
    ChunkedArray<TraceTask> tasks_;
    TextArena task_text_;                   // every task's texts
    std::unordered_map<int, TextRef> first_names_;  // the renamed tasks' first names
    LineNumbers line_numbers_;              // by line record
    ValueRuns<int32_t> line_tasks_;         // ... and the task, clock and output offset per change
    ValueRuns<double> line_clocks_;
    ValueRuns<uint32_t> line_outputs_;
    ChunkedArray<EventRecord> events_;
    std::vector<double> event_whens_;       // the distinct deadlines of task-ready events after a sleep
    ValueRuns<double> event_clocks_;
    std::string output_;
    std::vector<std::string> strings_;

    std::vector<TaskStatus> statuses_;       // distinct statuses
    OffsetIndex<kSegmentColumns> segments_;
    ChunkedArray<StatusChange> changes_;
    ChunkedArray<int32_t> ready_ops_;          // task id: queued; -(id+1): dequeued (a tick's own step: implied)
    // The pending timers change with the timer events (set: added; fired, cancelled: removed),
    // and when their loop closes: these are the timers it dropped then (ids into timers_).
    ChunkedArray<uint32_t> closed_timers_;
    ChunkedArray<TimerRecord> timers_;
    std::vector<Checkpoint> checkpoints_;
};

}  // namespace loopstep
