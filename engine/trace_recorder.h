// TraceRecorder: the engine's hooks that build a Trace while a program runs. The Interp calls it
// (when tracing is on) at each line of the main file, each output, each task creation, wake-up,
// step, timer and cancellation; it keeps the live state and stores only what changed.
#pragma once

#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "trace.h"

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
    void loop_started();
    void loop_stopped();
    void loop_closed();
    // Ends the trace: the module's final state and how the run ended.
    void finish(const RunResult& result, const std::string& report);

private:
    uint32_t intern(const std::string& text);
    uint32_t intern_status(const TaskStatus& status);
    void set_status(int task, const TaskStatus& status);
    const TaskStatus& status_of(int task) const;
    void event(EventKind kind, int task, uint32_t text, double when = 0.0);
    void ready_op(int32_t op);
    void open_segment();
    void maybe_checkpoint();
    void drop_timer(HandleObject& h, enum EventKind kind);
    // Where a task's coroutine is suspended in the main file: line and the source text there.
    struct Position {
        int line = 0;
        std::string await_expr;  // "asyncio.sleep(delay)", "" when not at an await
        std::string where;       // "await sleep", "await task1", "async for", ...
    };
    Position position_of(GeneratorObject* coro);
    std::vector<Position> line_positions_;  // by line: what `position_of` derives from the source
    struct StatusHash {
        size_t operator()(const TaskStatus& s) const;
    };
    std::unordered_map<TaskStatus, uint32_t, StatusHash> status_index_;
    std::string waits_on(TaskObject& t) const;
    std::string label_for_new_task(TaskObject& t) const;
    std::string source_line(int line) const;

    Interp& vm_;
    Trace& trace_;
    std::unordered_map<std::string, uint32_t> string_ids_;
    std::unordered_map<std::string, uint32_t> status_ids_;
    std::vector<uint32_t> current_;        // status id by task id
    std::deque<int32_t> ready_;            // live ready queue of task ids
    std::unordered_map<const HandleObject*, uint32_t> timer_ids_;
    std::unordered_set<uint32_t> live_timers_;  // timer ids pending
    struct TimerOf {
        uint32_t timer;
        uint32_t event;
    };
    std::unordered_map<const void*, TimerOf> timer_of_future_;  // future -> the newest timer that completes it
    size_t changes_since_checkpoint_ = 0;
    int running_ = -1;                     // task id of the step in progress
    bool in_step_ = false;
    bool gap_open_ = false;                // a segment opened at the end of a step awaits its tick
};

}  // namespace loopstep
