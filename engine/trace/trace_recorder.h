// TraceRecorder: the engine's hooks that build a Trace while a program runs. The Interp calls it
// (when tracing is on) at each line of the main file, each output, each task creation, wake-up,
// step, timer and cancellation; it keeps the live state and stores only what changed.
#pragma once

#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

#include "trace/id_table.h"
#include "trace/trace.h"

namespace loopstep {

class Interp;
class TaskObject;
class HandleObject;
class GeneratorObject;
struct Frame;

class TraceRecorder {
public:
    TraceRecorder(Interp& vm, Trace& trace);

    void output(const std::string& text);
    void line(Frame* f, int line);
    void task_created(TaskObject& t);
    void task_hidden(TaskObject& t);
    void task_renamed(TaskObject& t);
    void task_ready(TaskObject& t);
    void step_begin(TaskObject& t);
    void step_end(TaskObject& t);
    void timer_set(HandleObject& h);
    // asyncio's _label(): a future now says what it is ("sleep"); timers waking it say so too.
    void future_labelled(const class FutureObject& f);
    void timer_fired(HandleObject& h);
    void timer_cancelled(HandleObject& h);
    void cancel_requested(TaskObject& t);
    void blocking_sleep(double seconds);
    // Notebook mode: the module's code is Task-1 (labelled `<module>`); the pseudo-task of row 0
    // becomes `<notebook>`, what awaits it in asyncio.run, busy there all along.
    void notebook_mode();
    void loop_started();
    void loop_stopped();
    void loop_closed();
    // Ends the trace: the module's final state and how the run ended.
    void finish(const RunResult& result, const std::string& report);

private:
    // Strings and statuses are interned by id; the tables hold ids only (the text lives once, in
    // the trace), and a status is keyed by its interned parts so that hashing it is cheap.
    struct StatusKey {
        TaskState state = TaskState::Ready;
        DoneHow done_how = DoneHow::None;
        int32_t line = 0;
        uint32_t where = 0;  // string ids
        uint32_t waits = 0;
        double until = -1.0;  // TaskStatus::sleep_until
        bool operator==(const StatusKey&) const = default;
    };
    static uint64_t hash_of(const StatusKey& k) {
        uint64_t until_bits;
        std::memcpy(&until_bits, &k.until, sizeof until_bits);
        uint64_t h = (static_cast<uint64_t>(k.where) << 32 | k.waits) * 0x9E3779B97F4A7C15ull + until_bits * 0xFF51AFD7ED558CCDull;
        h ^= (static_cast<uint64_t>(static_cast<uint32_t>(k.line)) << 16 | static_cast<uint64_t>(k.state) << 8 |
              static_cast<uint64_t>(k.done_how)) * 0xC2B2AE3D27D4EB4Full;
        return h ^ (h >> 29);
    }
    uint32_t intern(std::string_view text);
    TextRef task_text(std::string_view text);  // into the trace's arena of task texts
    bool set_status(int task, const TaskStatus& status);
    bool set_status(int task, const StatusKey& key);
    bool set_status_id(int task, uint32_t id);  // false: it had that status already
    void settle_lines(uint32_t tick, int32_t resumed, int32_t stopped);
    int32_t tick_resumed_line_ = 0, tick_stopped_line_ = 0;  // the newest tick's
    bool resumed_line_stored_ = false;
    uint32_t status_id(const StatusKey& key);
    enum { kToReady, kToRunning };
    uint32_t derived_status(uint32_t from, int to);
    std::vector<uint32_t> to_ready_, to_running_;  // by status id: the derived status (memo)
    const TaskStatus& status_of(int task) const;
    void event(EventKind kind, int task, uint32_t text, double when = 0.0);
    void timer_event(EventKind kind, uint32_t timer);  // its task, text and deadline are the timer's
    void push_event(uint32_t head, uint32_t ref);  // a Trace::EventRecord
    std::unordered_map<uint64_t, uint32_t> when_ids_;  // event(): a when's bits -> index into Trace::event_whens_
    uint64_t last_when_bits_ = UINT64_MAX;  // the last sleep deadline stored (none yet: a NaN's bits) and its index
    uint32_t last_when_id_ = 0;
    void ready_op(int32_t op, bool stored = true);
    void open_segment();
    void set_clock_end(double clock);  // of the newest tick
    void maybe_checkpoint();
    void drop_timer(HandleObject& h, enum EventKind kind);
    std::vector<uint32_t> pending_timers() const;  // the live timers' ids, in no order
    // Where a task's coroutine is suspended in the main file: line and the source text there.
    struct Position {
        int line = 0;
        std::string await_expr;  // "asyncio.sleep(delay)", "" when not at an await
        std::string where;       // "await sleep", "await task1", "async for", ...
        uint32_t where_id = 0;   // `where` interned
        bool awaits_sleep = false;  // the awaited expression calls a `sleep`
    };
    const Position& position_of(GeneratorObject* coro);
    std::deque<Position> line_positions_;  // by line: what `position_of` derives from the source
    // What a busy task waits on, into s.waits (a text id) or s.until (a sleep's deadline).
    void set_waits_on(TaskObject& t, StatusKey& s);
    // A sleep deadline as statuses keep it (-1: too large to key; spell it instead).
    double shown_deadline(double until);
    struct Deadline {
        int64_t thousandths;  // as printed
        double until;         // the first deadline printed so
    };
    std::vector<Deadline> deadlines_;
    IdTable deadline_ids_;  // over deadlines_
    std::string_view label_for_new_task(TaskObject& t);  // valid until the next call
    std::string label_buf_;
    const std::string& assigned_task_name(const Frame& f);
    std::unordered_map<int, std::string> assigned_names_;  // line of the file -> "task1" or ""
    std::string source_line(int line) const;
    std::string trimmed_source_line(int line) const;  // without the indentation and line end

    Interp& vm_;
    Trace& trace_;
    IdTable string_ids_;                   // over trace_.strings_
    IdTable status_ids_;                   // over status_keys_
    std::vector<StatusKey> status_keys_;   // by status id
    std::vector<uint32_t> current_;        // status id by task id
    std::vector<uint32_t> task_label_ids_; // by task id: its label interned (0: not yet)
    std::vector<const Position*> resume_position_;  // by task id: where its last step stopped
    std::deque<int32_t> ready_;            // live ready queue of task ids
    std::vector<bool> timer_live_;         // by timer id: still pending
    size_t live_timer_count_ = 0;
    std::unordered_map<uint64_t, uint32_t> stop_text_ids_;  // (line, kind, waits) -> "awaited ... at L8"
    // The label of the last labelled timer (labels are Interp::stable_text copies: one pointer per
    // text), its text id, and whether such a timer wakes a task (a sleep or a timeout).
    std::vector<std::pair<const std::string*, uint32_t>> label_ids_;  // set_waits_on's: label -> string id
    const std::string* last_label_ = nullptr;
    uint32_t last_label_id_ = 0;
    bool last_label_wakes_ = false;
    bool is_sleep(const FutureObject& f);  // labelled "sleep"
    std::string last_coroutine_;           // the coroutine name of the last task made, and its text
    TextRef last_coroutine_text_;
    uint32_t start_id_ = 0, end_id_ = 0;   // "start", "end"
    uint32_t sleep_until_id_ = 0;          // Trace::kSleepUntilText
    uint32_t task_created_id_ = 0;         // Trace::kTaskCreatedText
    size_t changes_since_checkpoint_ = 0;
    int running_ = -1;                     // task id of the step in progress
    bool in_step_ = false;
    // In a traced step (not a hidden task's): its lines and events are at the tick's task and,
    // until a time.sleep moves the clock, at its start clock (Trace::kTickTask, kTickClock).
    bool in_tick_ = false;
    double tick_clock_ = 0.0;
    // The clocks of the events since the last step, as (first event, clock) runs: they belong to
    // the next tick, whose start clock is known when it begins (flush_gap_clocks).
    std::vector<std::pair<uint32_t, double>> gap_clocks_;
    void flush_gap_clocks(bool at_tick_start);
    bool gap_open_ = false;                // a segment opened at the end of a step awaits its tick
    bool notebook_ = false;                // notebook_mode() was called
    void set_notebook_busy();
};

}  // namespace loopstep
