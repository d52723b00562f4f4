// Building the trace while the program runs: live state in, deltas and checkpoints out. The words
// for each task (where it is, what it waits on, its label) are in trace_recorder_labels.cpp.
#include "trace/trace_recorder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <cstring>

#include "asyncio/asyncio_objects.h"
#include "vm/interp.h"

namespace loopstep {

TraceRecorder::TraceRecorder(Interp& vm, Trace& trace)
    : vm_(vm), trace_(trace) {
    intern("");
    start_id_ = intern("start");
    end_id_ = intern("end");
    sleep_until_id_ = intern(Trace::kSleepUntilText);
    trace_.sleep_until_id_ = sleep_until_id_;
    task_created_id_ = intern(Trace::kTaskCreatedText);
    trace_.segments_.push_back(Trace::Segment{});
    TraceTask module;
    module.name = task_text("<module>");
    module.label = module.name;
    module.coroutine = module.name;
    trace_.tasks_.push_back(module);
    set_status(0, TaskStatus{TaskState::Running, DoneHow::None, 0, "<module>", ""});
}

TextRef TraceRecorder::task_text(std::string_view text) {
    return trace_.task_text_.add(text);
}

uint32_t TraceRecorder::intern(std::string_view text) {
    auto& strings = trace_.strings_;
    return string_ids_.find_or_add(
        std::hash<std::string_view>()(text), [&](uint32_t id) { return strings[id] == text; },
        [&] {
            // Ids leave the top bits of an event's text field to its kind: past that many
            // distinct texts (hundreds of millions), new ones read back as the empty text.
            if (strings.size() >= Trace::kTextMask) return 0u;
            strings.emplace_back(text);
            return static_cast<uint32_t>(strings.size() - 1);
        });
}

const TaskStatus& TraceRecorder::status_of(int task) const { return trace_.statuses_[current_[static_cast<size_t>(task)]]; }

bool TraceRecorder::set_status(int task, const TaskStatus& status) {
    return set_status(task, StatusKey{status.state, status.done_how, status.line, intern(status.where), intern(status.waits_on), status.sleep_until});
}

bool TraceRecorder::set_status(int task, const StatusKey& key) { return set_status_id(task, status_id(key)); }

uint32_t TraceRecorder::status_id(const StatusKey& key) {
    return status_ids_.find_or_add(
        hash_of(key), [&](uint32_t known) { return status_keys_[known] == key; },
        [&] {
            trace_.statuses_.push_back(
                TaskStatus{key.state, key.done_how, key.line, trace_.strings_[key.where], trace_.strings_[key.waits], key.until});
            status_keys_.push_back(key);
            return static_cast<uint32_t>(status_keys_.size() - 1);
        });
}

bool TraceRecorder::set_status_id(int task, uint32_t id) {
    if (static_cast<size_t>(task) >= current_.size()) current_.resize(static_cast<size_t>(task) + 1, UINT32_MAX);
    if (current_[static_cast<size_t>(task)] == id) return false;
    current_[static_cast<size_t>(task)] = id;
    trace_.changes_.push_back({task, id});
    ++changes_since_checkpoint_;
    return true;
}

void TraceRecorder::settle_lines(uint32_t tick, int32_t resumed, int32_t stopped) {
    // Keep aside what the tick's changes do not give (always the newest tick: appended in order).
    auto settle = [&](std::vector<std::pair<uint32_t, int32_t>>& aside, bool first_running, int32_t line) {
        if (!aside.empty() && aside.back().first == tick) aside.pop_back();
        if (trace_.line_of_change(tick, first_running) != line) aside.push_back({tick, line});
    };
    settle(trace_.resumed_aside_, true, resumed);
    settle(trace_.stopped_aside_, false, stopped);
}

void TraceRecorder::event(EventKind kind, int task, uint32_t text, double when) {
    uint32_t head = static_cast<uint32_t>(kind) << Trace::kKindShift | text;
    if (kind == EventKind::TaskReady && text == sleep_until_id_) {
        // A sleep's deadline (shown_deadline: few distinct ones), each stored once, keyed by its
        // bits; the same one as the last event's needs no lookup.
        uint64_t bits;
        std::memcpy(&bits, &when, sizeof bits);
        if (bits != last_when_bits_) {
            auto [it, fresh] = when_ids_.try_emplace(bits, static_cast<uint32_t>(trace_.event_whens_.size()));
            if (fresh) trace_.event_whens_.push_back(when);
            last_when_bits_ = bits;
            last_when_id_ = it->second;
        }
        // (Past 2^28 distinct deadlines, as for texts, the deadline reads back as the first.)
        head = static_cast<uint32_t>(kind) << Trace::kKindShift | Trace::kSleepReady | (last_when_id_ & Trace::kTextMask);
    }
    push_event(head, static_cast<uint32_t>(task));
}

void TraceRecorder::timer_event(EventKind kind, uint32_t timer) {
    push_event(static_cast<uint32_t>(kind) << Trace::kKindShift, timer);
}

void TraceRecorder::push_event(uint32_t head, uint32_t ref) {
    const auto index = static_cast<uint32_t>(trace_.events_.size());
    trace_.events_.push_back({head, ref});
    if (in_tick_) trace_.event_clocks_.note(index, vm_.clock == tick_clock_ ? Trace::kTickClock : vm_.clock);
    else if (gap_clocks_.empty() || gap_clocks_.back().second != vm_.clock) gap_clocks_.push_back({index, vm_.clock});
}

void TraceRecorder::flush_gap_clocks(bool at_tick_start) {
    if (gap_clocks_.empty()) return;
    // All at the clock the tick starts at (timers fire, then the step runs): nothing to keep.
    if (at_tick_start && std::all_of(gap_clocks_.begin(), gap_clocks_.end(), [&](const auto& run) { return run.second == vm_.clock; }))
        trace_.event_clocks_.note(gap_clocks_.front().first, Trace::kTickClock);
    else
        for (const auto& [index, clock] : gap_clocks_) trace_.event_clocks_.note(index, clock);
    gap_clocks_.clear();
}

void TraceRecorder::ready_op(int32_t op, bool stored) {
    if (stored) trace_.ready_ops_.push_back(op);
    ++changes_since_checkpoint_;
    if (op >= 0) {
        ready_.push_back(op);
        return;
    }
    int32_t task = -op - 1;
    if (!ready_.empty() && ready_.front() == task) {  // steps run in queue order, almost always
        ready_.pop_front();
        return;
    }
    auto it = std::find(ready_.begin(), ready_.end(), task);
    if (it != ready_.end()) ready_.erase(it);
}

void TraceRecorder::open_segment() {
    Trace::Segment seg;
    seg[Trace::kChanges] = static_cast<uint32_t>(trace_.changes_.size());
    seg[Trace::kReadyOps] = static_cast<uint32_t>(trace_.ready_ops_.size());
    seg[Trace::kClosedTimers] = static_cast<uint32_t>(trace_.closed_timers_.size());
    seg[Trace::kLines] = static_cast<uint32_t>(trace_.line_numbers_.size());
    seg[Trace::kEvents] = static_cast<uint32_t>(trace_.events_.size());
    seg[Trace::kOutput] = static_cast<uint32_t>(trace_.output_.size());
    trace_.segments_.push_back(seg);
}

void TraceRecorder::maybe_checkpoint() {
    // A checkpoint once the changes since the last one are four times the state's size:
    // state_after then replays at most that many changes (a bound set by the state, not by the
    // tick), and checkpoints take at most a quarter of the changes' memory. (The task table alone
    // is a lower bound of the state's size: most calls stop at the first test.)
    constexpr size_t kChangesPerState = 4;
    if (changes_since_checkpoint_ < std::max<size_t>(64, kChangesPerState * current_.size())) return;
    size_t state_size = current_.size() + ready_.size() + live_timer_count_;
    if (changes_since_checkpoint_ < std::max<size_t>(64, kChangesPerState * state_size)) return;
    Trace::Checkpoint cp;
    cp.tick = static_cast<long>(trace_.ticks_.size()) - 1;
    cp.changes_end = static_cast<uint32_t>(trace_.changes_.size());
    cp.ready_end = static_cast<uint32_t>(trace_.ready_ops_.size());
    cp.events_end = static_cast<uint32_t>(trace_.events_.size());
    cp.closed_end = static_cast<uint32_t>(trace_.closed_timers_.size());
    cp.statuses = current_;
    cp.ready.assign(ready_.begin(), ready_.end());
    cp.timers = pending_timers();
    trace_.checkpoints_.push_back(std::move(cp));
    changes_since_checkpoint_ = 0;
}

void TraceRecorder::output(const std::string& text) { trace_.output_ += text; }

void TraceRecorder::line(Frame*, int line) {
    int task = in_step_ ? running_ : (vm_.running_loop.is_set() ? -1 : 0);
    const auto index = static_cast<uint32_t>(trace_.line_numbers_.size());
    trace_.line_numbers_.push_back(line);
    if (in_tick_) {
        trace_.line_tasks_.note(index, Trace::kTickTask);
        trace_.line_clocks_.note(index, vm_.clock == tick_clock_ ? Trace::kTickClock : vm_.clock);
    } else {
        trace_.line_tasks_.note(index, task);
        trace_.line_clocks_.note(index, vm_.clock);
    }
    trace_.line_outputs_.note(index, static_cast<uint32_t>(trace_.output_.size()));
}

void TraceRecorder::task_created(TaskObject& t) {
    int id = static_cast<int>(t.serial);
    while (static_cast<size_t>(id) >= trace_.tasks_.size()) trace_.tasks_.push_back(TraceTask{});
    TraceTask& task = trace_.tasks_[static_cast<size_t>(id)];
    task.id = id;
    task.name = task_text(t.name);
    auto* coro = t.coro.as<GeneratorObject>();
    // One copy of each coroutine name: tasks of the same coroutine share it.
    if (coro && coro->name() == last_coroutine_) {
        task.coroutine = last_coroutine_text_;
    } else {
        task.coroutine = task_text(coro ? std::string_view(coro->name()) : std::string_view("?"));
        last_coroutine_ = coro ? coro->name() : "?";
        last_coroutine_text_ = task.coroutine;
    }
    // Created inside tick N's step or in the gap that becomes tick N+1 (or the prologue).
    task.created_tick = static_cast<int>(trace_.segments_.size()) - 2;
    task.created_at = vm_.clock;
    task.label = task_text(label_for_new_task(t));
    StatusKey ready;
    ready.where = start_id_;
    set_status(id, ready);
    // "task1 (Task-2)", spelled when read from the task's label and first name.
    event(EventKind::TaskCreated, id, task_created_id_);
}

void TraceRecorder::task_renamed(TaskObject& t) {
    if (t.serial >= trace_.tasks_.size()) return;
    TraceTask& task = trace_.tasks_[t.serial];
    trace_.first_names_.try_emplace(static_cast<int>(t.serial), task.name);  // its task-created event's name
    task.name = task_text(t.name);
}

void TraceRecorder::task_hidden(TaskObject& t) {
    if (t.serial < trace_.tasks_.size()) trace_.tasks_[t.serial].hidden = true;
}

void TraceRecorder::task_ready(TaskObject& t) {
    int id = static_cast<int>(t.serial);
    ready_op(id);
    uint32_t from = current_[static_cast<size_t>(id)];
    const StatusKey& k = status_keys_[from];
    if (k.state == TaskState::Ready || k.state == TaskState::Running) return;
    uint32_t why = k.until >= 0 ? sleep_until_id_ : k.waits;
    double until = k.until;
    set_status_id(id, derived_status(from, kToReady));
    if (!t.hidden) event(EventKind::TaskReady, id, why, until);
}

void TraceRecorder::set_clock_end(double clock) {
    // Kept only for ticks that end later than they began; always the newest tick.
    auto& late = trace_.late_ends_;
    const auto tick = static_cast<uint32_t>(trace_.ticks_.size() - 1);
    const bool newest_is_late = !late.empty() && late.back().tick == tick;
    if (clock == trace_.ticks_.back().clock_start) {
        if (newest_is_late) late.pop_back();
    } else if (newest_is_late) {
        late.back().clock = clock;
    } else {
        late.push_back({tick, clock});
    }
}

void TraceRecorder::step_begin(TaskObject& t) {
    int id = static_cast<int>(t.serial);
    ready_op(-id - 1, t.hidden);  // a tick's own pop is implied by the tick (Trace::state_after)
    running_ = id;
    in_step_ = true;
    if (t.hidden) return;
    // Tick N's segment is the gap opened when step N-1 ended; the first tick opens its own.
    flush_gap_clocks(gap_open_);
    if (!gap_open_) open_segment();
    gap_open_ = false;
    in_tick_ = true;
    tick_clock_ = vm_.clock;
    Tick tick;
    tick.task = id;
    tick.clock_start = vm_.clock;
    auto* g = t.coro.as<GeneratorObject>();
    bool started = !g || g->state == GeneratorObject::State::Created;
    // Where it stopped last time (its coroutine has not moved since), else found now.
    const Position* known = static_cast<size_t>(id) < resume_position_.size() ? resume_position_[static_cast<size_t>(id)] : nullptr;
    const Position& p = known ? *known : position_of(g);
    tick_resumed_line_ = started ? 0 : p.line;
    tick_stopped_line_ = 0;  // (until it stops)
    tick.resumed_at = started ? start_id_ : p.where_id;
    trace_.ticks_.push_back(tick);
    const uint32_t running = derived_status(current_[static_cast<size_t>(id)], kToRunning);
    // Its resumed line is read from this change (Trace::resumed_line) when they agree.
    resumed_line_stored_ = set_status_id(id, running) && status_keys_[running].line == tick_resumed_line_;
}

uint32_t TraceRecorder::derived_status(uint32_t from, int to) {
    // The same status always becomes the same ready/running status: remembered per status id.
    auto& memo = to == kToReady ? to_ready_ : to_running_;
    if (from < memo.size() && memo[from] != UINT32_MAX) return memo[from];
    StatusKey k = status_keys_[from];
    k.state = to == kToReady ? TaskState::Ready : TaskState::Running;
    k.waits = 0;
    k.until = -1.0;
    uint32_t id = status_id(k);
    if (from >= memo.size()) memo.resize(from + 1, UINT32_MAX);
    memo[from] = id;
    return id;
}

void TraceRecorder::step_end(TaskObject& t) {
    int id = static_cast<int>(t.serial);
    in_step_ = false;
    running_ = -1;
    StatusKey s;
    const Position& p = position_of(t.coro.as<GeneratorObject>());
    if (static_cast<size_t>(id) >= resume_position_.size()) resume_position_.resize(static_cast<size_t>(id) + 1, nullptr);
    resume_position_[static_cast<size_t>(id)] = &p;
    s.line = p.line;
    std::string stopped;
    uint32_t stopped_id = 0;
    if (t.done()) {
        s.state = TaskState::Done;
        s.where = end_id_;
        if (t.state == FutureObject::State::Cancelled) {
            s.done_how = DoneHow::Cancelled;
            stopped = "was cancelled";
        } else if (t.exception.is_set()) {
            s.done_how = DoneHow::Raised;
            std::string line = vm_.exception_line(t.exception);
            s.waits = intern(line);
            stopped = "raised " + line;
        } else {
            s.done_how = DoneHow::Returned;
            stopped = "returned";
        }
        if (!t.hidden) event(EventKind::TaskDone, id, intern(stopped));
    } else {
        s.where = p.where.empty() ? start_id_ : p.where_id;
        // The text is the same for every stop of this kind at this line: made once, then looked up.
        enum : uint64_t { kAwaited, kSlept, kYielded };
        uint64_t kind = kYielded;
        if (t.fut_waiter.is_set()) {
            s.state = TaskState::Busy;
            set_waits_on(t, s);
            if (s.until >= 0 && p.await_expr.empty()) {
                // Not stopped at an await of the file: the stop text names the deadline, so spell it now.
                s.waits = intern(sleep_until_text(s.until));
                s.until = -1.0;
            }
            auto* w = t.fut_waiter.as<FutureObject>();
            kind = kAwaited;
            if (w && w->has_label_time && p.awaits_sleep && !t.hidden && is_sleep(*w)) {
                // The delay goes in when the text is read (Trace::stopped_text): ticks share the
                // text, and the tick points at the event that set the sleep's timer. (Not set in
                // this step, or too far back: the awaited text is spelled out instead.)
                const uint32_t first = trace_.segments_.back(Trace::kEvents);
                const uint32_t at = w->trace_timer_event;
                if (at != UINT32_MAX && at >= first && at < trace_.events_.size() && at - first < UINT16_MAX &&
                    trace_.event_when(trace_.events_[at]) == w->label_time) {
                    kind = kSlept;
                    trace_.ticks_.back().slept_event = static_cast<uint16_t>(at - first + 1);
                }
            }
        } else {
            s.state = TaskState::Ready;  // a bare yield (sleep(0)): its next step is queued
        }
        uint64_t key = static_cast<uint64_t>(static_cast<uint32_t>(p.line)) << 34 | kind << 32 | (kind == kAwaited ? s.waits : 0);
        auto [it, fresh] = stop_text_ids_.try_emplace(key, 0);
        if (fresh) {
            if (kind == kYielded) stopped = "yielded";
            else if (kind == kSlept) stopped = "awaited asyncio.sleep(" + std::string(1, Trace::kSleepPlaceholder) + ")";
            else if (!p.await_expr.empty()) stopped = "awaited " + p.await_expr;
            else stopped = "awaited " + trace_.strings_[s.waits];
            if (p.line) stopped += " at L" + std::to_string(p.line);
            it->second = intern(stopped);
        }
        stopped_id = it->second;
    }
    // Its stopped line is read from this change (Trace::stopped_line).
    const bool stopped_line_stored = set_status(id, s);
    if (t.hidden) return;
    set_clock_end(vm_.clock);
    Tick& tick = trace_.ticks_.back();
    tick_stopped_line_ = p.line;
    if (!(resumed_line_stored_ && stopped_line_stored)) settle_lines(static_cast<uint32_t>(trace_.ticks_.size() - 1), tick_resumed_line_, tick_stopped_line_);
    tick.stopped_at = t.done() ? intern(stopped) : stopped_id;
    tick.state_after = s.state;
    tick.done_how = s.done_how;
    maybe_checkpoint();
    in_tick_ = false;
    open_segment();  // the gap before the next step belongs to the next tick
    gap_open_ = true;
}

void TraceRecorder::timer_set(HandleObject& h) {
    PendingTimer timer;
    timer.when = h.when;
    timer.task = running_;
    const FutureObject* labelled = nullptr;
    if (!h.args.empty())
        if (auto* f = h.args[0].as<FutureObject>(); f && f->label) labelled = f;
    if (labelled && labelled->label == last_label_) {
        // The usual case (a sleep after a sleep): no string work.
        timer.what = last_label_id_;
        if (!last_label_wakes_) timer.task = -1;
    } else {
        std::string what = labelled ? *labelled->label : "";
        if (what.empty()) {
            if (aio::task_of_callback(h.callback)) what = aio::kTaskCallbackLabel;
            else if (auto* n = h.callback.as<NativeFunctionObject>()) what = n->name + "()";
            else if (auto* fn = h.callback.as<FunctionObject>()) what = fn->qualname + "()";
            else what = "callback";
            if (what == "_release_waiter()" || what == "_on_timeout()") what = "timeout";
        }
        if (what != "sleep" && what != "timeout") timer.task = -1;
        timer.what = intern(what);
        if (labelled) {
            last_label_ = labelled->label;
            last_label_id_ = timer.what;
            last_label_wakes_ = what == "sleep" || what == "timeout";
        }
    }
    uint32_t id = static_cast<uint32_t>(trace_.timers_.size());
    trace_.timers_.push_back({timer});
    h.trace_timer = id;
    timer_live_.push_back(true);  // (ids are given in order)
    ++live_timer_count_;
    ++changes_since_checkpoint_;
    timer_event(EventKind::TimerSet, id);  // (which adds it to the pending timers: Trace::state_after)
    if (!h.args.empty())
        if (auto* f = h.args[0].as<FutureObject>()) {
            f->trace_timer = id;
            f->trace_timer_event = static_cast<uint32_t>(trace_.events_.size() - 1);
        }
}

std::vector<uint32_t> TraceRecorder::pending_timers() const {
    // The last checkpoint's and those set since, that are still live.
    std::vector<uint32_t> live;
    live.reserve(live_timer_count_);
    uint32_t events_from = 0;
    if (!trace_.checkpoints_.empty()) {
        const Trace::Checkpoint& cp = trace_.checkpoints_.back();
        for (uint32_t id : cp.timers)
            if (timer_live_[id]) live.push_back(id);
        events_from = cp.events_end;
    }
    for (uint32_t i = events_from; i < trace_.events_.size(); ++i) {
        const Trace::EventRecord& e = trace_.events_[i];
        if (Trace::kind_of(e) == EventKind::TimerSet && timer_live_[e.ref]) live.push_back(e.ref);
    }
    return live;
}

void TraceRecorder::future_labelled(const FutureObject& cf) {
    auto& f = const_cast<FutureObject&>(cf);
    if (f.trace_timer == UINT32_MAX) return;
    PendingTimer& timer = trace_.timers_[f.trace_timer].timer;
    if (f.label != last_label_) {
        last_label_ = f.label;
        last_label_id_ = intern(f.label_text());
        last_label_wakes_ = f.label_text() == "sleep" || f.label_text() == "timeout";
    }
    timer.what = last_label_id_;  // (its timer-set event reads both from the timer)
    timer.task = running_;
    f.trace_timer = UINT32_MAX;
}

void TraceRecorder::drop_timer(HandleObject& h, EventKind kind) {
    uint32_t id = h.trace_timer;
    h.trace_timer = UINT32_MAX;
    // Unknown, or already dropped when its loop was closed.
    if (id >= timer_live_.size() || !timer_live_[id]) return;
    if (!h.args.empty())
        if (auto* f = h.args[0].as<FutureObject>(); f && f->trace_timer == id) f->trace_timer = UINT32_MAX;
    timer_live_[id] = false;
    --live_timer_count_;
    ++changes_since_checkpoint_;
    timer_event(kind, id);  // (which removes it from the pending timers)
}

void TraceRecorder::timer_fired(HandleObject& h) { drop_timer(h, EventKind::TimerFired); }
void TraceRecorder::timer_cancelled(HandleObject& h) { drop_timer(h, EventKind::TimerCancelled); }

void TraceRecorder::cancel_requested(TaskObject& t) {
    if (!t.hidden) event(EventKind::CancelRequested, static_cast<int>(t.serial), intern(trace_.task_label(static_cast<int>(t.serial))));
}

void TraceRecorder::blocking_sleep(double seconds) {
    event(EventKind::BlockingSleep, running_ >= 0 ? running_ : 0, intern("time.sleep(" + number_text(seconds) + ")"));
}

void TraceRecorder::notebook_mode() {
    notebook_ = true;
    TraceTask& runner = trace_.tasks_[0];
    runner.name = task_text("<notebook>");
    runner.label = runner.name;
    runner.coroutine = runner.name;
    set_notebook_busy();
}

void TraceRecorder::set_notebook_busy() {
    TaskStatus s;
    s.state = TaskState::Busy;
    s.where = "asyncio.run(<module>)";
    s.waits_on = "asyncio.run";
    set_status(0, s);
}

void TraceRecorder::loop_started() {
    Frame* f = vm_.current_frame();
    while (f && !(f->code && f->code->traced && !f->generator)) f = f->back;
    if (!f && notebook_ && vm_.step_task == nullptr) return set_notebook_busy();  // asyncio.run's own clean-up
    if (!f) return;  // run_until_complete called from inside a task: not the module's call
    TaskStatus s;
    s.state = TaskState::Busy;
    s.line = f->current_line();
    s.where = trimmed_source_line(s.line);
    s.waits_on = "asyncio.run";
    set_status(0, s);
}

void TraceRecorder::loop_stopped() {
    TaskStatus s = status_of(0);
    if (s.state != TaskState::Busy) return;
    s.state = TaskState::Running;
    s.waits_on.clear();
    set_status(0, s);
}

void TraceRecorder::loop_closed() {
    // The timers still pending, in the order they were set (as the handles were once listed).
    std::vector<uint32_t> pending = pending_timers();
    std::sort(pending.begin(), pending.end());
    for (uint32_t id : pending) {
        timer_live_[id] = false;
        --live_timer_count_;
        trace_.closed_timers_.push_back(id);
    }

    while (!ready_.empty()) ready_op(-ready_.front() - 1);
}

void TraceRecorder::finish(const RunResult& result, const std::string& report) {
    flush_gap_clocks(false);
    in_tick_ = false;
    TaskStatus s = status_of(0);
    if (result.status == RunStatus::Ok) {
        s = TaskStatus{TaskState::Done, DoneHow::Returned, 0, "end", ""};
    } else if (result.status == RunStatus::UncaughtException) {
        s = TaskStatus{TaskState::Done, DoneHow::Raised, s.line, "end", result.error_line};
    } else if (result.status == RunStatus::Deadlock) {
        s.state = TaskState::Busy;
        s.waits_on = "deadlock";
    } else {
        s.state = TaskState::Busy;
        s.waits_on = "stopped: " + result.error_line;
    }
    set_status(0, s);
    const bool synthesized = trace_.ticks_.empty();
    if (synthesized) {
        // A program without task steps is one tick of the module.
        Tick tick;
        tick.task = 0;
        tick.clock_start = 0.0;
        tick.resumed_at = intern("start");
        tick.stopped_at = intern(result.status == RunStatus::Ok ? "returned" : "raised " + result.error_line);
        tick.state_after = TaskState::Done;
        tick.done_how = result.status == RunStatus::Ok ? DoneHow::Returned : DoneHow::Raised;
        trace_.ticks_.push_back(tick);
        // A segment in front: shift them all up by one.
        auto& segments = trace_.segments_;
        std::vector<Trace::Segment> kept;
        for (size_t i = 0; i < segments.size(); ++i) kept.push_back(segments.entry(i));
        segments.clear();
        segments.push_back(Trace::Segment{});
        for (const auto& seg : kept) segments.push_back(seg);
    } else if (gap_open_) {
        trace_.segments_.pop_back();  // what followed the last step belongs to the last tick
        gap_open_ = false;
    }
    set_clock_end(vm_.clock);
    // The last tick's segment may have grown since its step ended (or it never ended).
    if (synthesized) settle_lines(0, 0, 0);
    else settle_lines(static_cast<uint32_t>(trace_.ticks_.size() - 1), tick_resumed_line_, tick_stopped_line_);
    trace_.result = result;
    trace_.error_report = report;
    trace_.source_lines = vm_.source_lines;
}

}  // namespace loopstep
