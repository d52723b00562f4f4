// The recorder's words for tasks, read from the live runtime: where a suspended task is (its line
// and the expression it awaits), what it waits on (a task, a sleep's deadline, a labelled future),
// and what a new task is called (the variable it is bound to, else its call).
#include "trace/trace_recorder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "asyncio/asyncio_objects.h"
#include "vm/interp.h"

namespace loopstep {

namespace {

std::string trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return "";
    size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// "asyncio.sleep(delay)" -> "sleep"; "task1" -> "task1"; "q.get()" -> "get".
std::string short_awaitable(const std::string& expr) {
    size_t paren = expr.find('(');
    std::string callee = paren == std::string::npos ? expr : expr.substr(0, paren);
    if (paren == std::string::npos) return expr;
    size_t dot = callee.rfind('.');
    return dot == std::string::npos ? callee : callee.substr(dot + 1);
}

// The expression after `await` on a source line, up to the end of the balanced expression.
std::string await_operand(const std::string& text) {
    size_t at = 0;
    for (;;) {
        at = text.find("await", at);
        if (at == std::string::npos) return "";
        bool starts = at == 0 || !is_name_char(text[at - 1]);
        bool ends = at + 5 < text.size() && !is_name_char(text[at + 5]);
        if (starts && ends) break;
        at += 5;
    }
    size_t i = at + 5;
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    int depth = 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '(' || c == '[' || c == '{') ++depth;
        else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) break;
            --depth;
        } else if (depth == 0 && (c == ',' || c == ':' || c == '#')) break;
        else if (c == '\'' || c == '"') {
            char q = c;
            for (++i; i < text.size() && text[i] != q; ++i)
                if (text[i] == '\\') ++i;
        }
    }
    return trim(text.substr(start, i - start));
}

}  // namespace

std::string TraceRecorder::source_line(int line) const {
    if (line <= 0 || static_cast<size_t>(line) > vm_.source_lines.size()) return "";
    return vm_.source_lines[static_cast<size_t>(line) - 1];
}

std::string TraceRecorder::trimmed_source_line(int line) const { return trim(source_line(line)); }

const TraceRecorder::Position& TraceRecorder::position_of(GeneratorObject* coro) {
    static const Position kNowhere;
    int line = 0;
    Frame* f = coro ? coro->frame.get() : nullptr;
    while (f && f->code) {
        if (f->code->traced) line = f->current_line();
        Frame* next = nullptr;
        if (!f->stack.empty())
            if (auto* inner = f->stack.back().as<GeneratorObject>(); inner && inner->state == GeneratorObject::State::Suspended)
                next = inner->frame.get();
        f = next;
    }
    if (line <= 0) return kNowhere;
    if (static_cast<size_t>(line) >= line_positions_.size()) line_positions_.resize(static_cast<size_t>(line) + 1);
    Position& cached = line_positions_[static_cast<size_t>(line)];  // a deque: references stay valid
    if (cached.line == line) return cached;
    Position p;
    p.line = line;
    std::string text = source_line(p.line);
    p.await_expr = await_operand(text);
    std::string t = trim(text);
    if (!p.await_expr.empty()) p.where = "await " + short_awaitable(p.await_expr);
    else if (t.rfind("async for", 0) == 0) p.where = "async for";
    else if (t.rfind("async with", 0) == 0) p.where = "async with";
    else p.where = "L" + std::to_string(p.line);
    p.where_id = intern(p.where);
    p.awaits_sleep = short_awaitable(p.await_expr) == "sleep";
    cached = std::move(p);
    return cached;
}

double TraceRecorder::shown_deadline(double until) {
    // Deadlines that print alike ("t=1.000") are one deadline, so that statuses stay shared:
    // keyed by the printed thousandths, the first deadline seen stands for them all.
    if (!(until >= 0 && until < 1e12)) return -1.0;  // inf, huge: spelled out by the caller
    // "%.3f" rounds the exact value to thousandths. until * 1000 is within a few ulps of the exact
    // product, so unless it lies that close to a half, rounding it gives the same thousandths;
    // near a half, the printed digits decide.
    double scaled = until * 1000.0;
    double whole = std::floor(scaled);
    double frac = scaled - whole;
    int64_t thousandths;
    if (std::abs(frac - 0.5) > 8 * std::numeric_limits<double>::epsilon() * (scaled + 1.0)) {
        thousandths = static_cast<int64_t>(whole) + (frac > 0.5 ? 1 : 0);
    } else {
        char buf[32];
        char* end = std::to_chars(buf, buf + sizeof buf, until, std::chars_format::fixed, 3).ptr;
        thousandths = 0;
        for (char* c = buf; c != end; ++c)
            if (*c != '.') thousandths = thousandths * 10 + (*c - '0');
    }
    uint32_t at = deadline_ids_.find_or_add(
        static_cast<uint64_t>(thousandths) * 0x9E3779B97F4A7C15ull, [&](uint32_t i) { return deadlines_[i].thousandths == thousandths; },
        [&] {
            deadlines_.push_back({thousandths, until});
            return static_cast<uint32_t>(deadlines_.size() - 1);
        });
    return deadlines_[at].until;
}

bool TraceRecorder::is_sleep(const FutureObject& f) {
    if (!vm_.sleep_label) vm_.sleep_label = &vm_.stable_text("sleep");
    return f.label == vm_.sleep_label;
}

void TraceRecorder::set_waits_on(TaskObject& t, StatusKey& s) {
    auto* w = t.fut_waiter.as<FutureObject>();
    if (!w) return;
    if (w->kind == ObjKind::Task) {
        size_t id = static_cast<TaskObject*>(w)->serial;
        if (id >= task_label_ids_.size()) task_label_ids_.resize(id + 1, 0);
        if (!task_label_ids_[id]) task_label_ids_[id] = intern(trace_.task_label(static_cast<int>(id)));
        s.waits = task_label_ids_[id];
    } else if (w->has_label_time && is_sleep(*w)) {
        s.until = shown_deadline(w->label_time);  // spelled when read: TaskStatus::waits_text()
        if (s.until < 0) s.waits = intern(sleep_until_text(w->label_time));
    } else {
        // Labels are stable texts: their string ids are remembered by address.
        for (const auto& [label, id] : label_ids_)
            if (label == w->label) {
                s.waits = id;
                return;
            }
        s.waits = intern(w->label ? std::string_view(*w->label) : std::string_view("future"));
        if (label_ids_.size() < 8) label_ids_.push_back({w->label, s.waits});
    }
}

const std::string& TraceRecorder::assigned_task_name(const Frame& f) {
    // `task1 = asyncio.create_task(...)` on the creating line names the task "task1": read once
    // per line of the file (empty when the line is anything else, such as a list of tasks).
    auto [it, fresh] = assigned_names_.try_emplace(f.current_line());
    if (!fresh) return it->second;
    std::string text = trimmed_source_line(f.current_line());
    size_t eq = text.find('=');
    // ... where the right-hand side is the create_task call itself (not a list of them).
    std::string rhs = eq == std::string::npos ? "" : trim(text.substr(eq + 1));
    size_t call = rhs.find("create_task(");
    bool direct = call != std::string::npos &&
                  std::all_of(rhs.begin(), rhs.begin() + static_cast<long>(call), [](char c) { return is_name_char(c) || c == '.'; });
    if (eq != std::string::npos && eq > 0 && eq + 1 < text.size() && text[eq + 1] != '=' && direct) {
        std::string target = trim(text.substr(0, eq));
        if (!target.empty() && std::all_of(target.begin(), target.end(), is_name_char) &&
            !std::isdigit(static_cast<unsigned char>(target[0])))
            it->second = std::move(target);
    }
    return it->second;
}

std::string_view TraceRecorder::label_for_new_task(TaskObject& t) {
    // The variable the task is bound to on the creating line: `task1 = asyncio.create_task(...)`.
    Frame* f = vm_.current_frame();
    while (f && !(f->code && f->code->traced)) f = f->back;
    if (f) {
        const std::string& target = assigned_task_name(*f);
        if (!target.empty()) return target;
    }
    // Else its call: worker(1, 'order milk').
    auto* g = t.coro.as<GeneratorObject>();
    if (!g) return t.name;
    std::string& call = label_buf_;  // reused: one label per task is spelled here
    call.assign(g->name());
    call += '(';
    const Frame* cf = g->frame.get();
    if (cf && cf->code) {
        const Code& code = *cf->code->code;
        size_t nargs = static_cast<size_t>(code.arg_count + code.kwonly_arg_count);
        for (size_t i = 0; i < nargs && i < cf->fast.size(); ++i) {
            if (i) call += ", ";
            // Simple values as written (1, 'order milk'); objects by their parameter's name (q).
            const Value& v = cf->fast[i];
            if (v.is_int()) {  // as repr() spells it, without the detour
                char digits[24];
                call.append(digits, std::to_chars(digits, digits + sizeof digits, v.as_int()).ptr);
                continue;
            }
            bool simple = v.is_set() && (!v.is_obj() || v.is(ObjKind::Str));
            std::string r = simple ? vm_.repr(v) : "";
            if (!simple || r.size() > 24) r = i < code.varnames.size() ? code.varnames[i] : "?";
            call += r;
        }
    }
    if (call.back() == '(') return g->name();  // main() is "main"
    call += ')';
    return call;
}

}  // namespace loopstep
