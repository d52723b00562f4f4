// The trace: the workshop's T0–T6 for the create_task lesson, the states a teacher reads off the
// tables, state reconstruction from checkpoints against a step-by-step replay, and determinism.
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>

#include "engine.h"
#include "trace/chunked_array.h"
#include "trace/line_numbers.h"
#include "trace/offset_index.h"
#include "trace/text_arena.h"
#include "trace/trace.h"
#include "trace/trace_format.h"

using namespace loopstep;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Trace trace_of(const std::string& source, RunResult* result = nullptr) {
    Trace trace;
    OutputSinks sinks;
    RunResult r = run_program(source, "prog.py", RunOptions{}, sinks, &trace);
    if (result) *result = r;
    return trace;
}

// The state after every tick by applying each tick's changes in order, from the start.
std::vector<std::vector<TaskStatus>> replay(const Trace& trace) {
    std::vector<std::vector<TaskStatus>> states;
    std::vector<TaskStatus> now;
    for (long tick = -1; tick < static_cast<long>(trace.tick_count()); ++tick) {
        for (const auto& c : trace.changes_in(tick)) {
            if (static_cast<size_t>(c.task) >= now.size()) now.resize(static_cast<size_t>(c.task) + 1);
            now[static_cast<size_t>(c.task)] = *c.status;
        }
        states.push_back(now);
    }
    return states;
}

const char* kManyTasks = R"(import asyncio
import random


async def worker(n):
    for round in range(6):
        await asyncio.sleep(random.random())
    return n


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(300)]
    results = await asyncio.gather(*tasks)
    print(sum(results))


asyncio.run(main())
)";

}  // namespace

class TestTrace : public QObject {
    Q_OBJECT

private slots:
    void workshopCreateTask() {
        std::string source = read_file(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");
        QVERIFY(!source.empty());
        RunResult result;
        Trace trace = trace_of(source, &result);
        QCOMPARE(int(result.status), int(RunStatus::Ok));
        QCOMPARE(trace.tick_count(), size_t(7));
        const char* running[] = {"main", "task1", "task2", "task1", "main", "task2", "main"};
        for (size_t i = 0; i < 7; ++i) QCOMPARE(trace.task_label(trace.tick(i).task), std::string(running[i]));
        QCOMPARE(trace.tick(0).clock_start, 0.0);
        QCOMPARE(trace.tick(3).clock_start, 1.0);
        QCOMPARE(trace.tick(5).clock_start, 2.0);
        // T1: task1 has started and sleeps; main waits on task1; task2 is ready to start.
        LoopState t1 = trace.state_after(1);
        auto row = [&](const LoopState& s, const std::string& label) {
            for (const auto& task : trace.tasks())
                if (trace.text_of(task.label) == label) return s.tasks[static_cast<size_t>(task.id)];
            return TaskStatus{};
        };
        QCOMPARE(row(t1, "main").state_text(), std::string("busy (task1)"));
        QCOMPARE(row(t1, "task1").state_text(), std::string("busy (sleep until t=1.000)"));
        QCOMPARE(row(t1, "task2").state_text(), std::string("ready"));
        QCOMPARE(row(t1, "task2").where, std::string("start"));
        QCOMPARE(row(t1, "<module>").state_text(), std::string("busy (asyncio.run)"));
        QCOMPARE(t1.ready.size(), size_t(1));
        QCOMPARE(t1.timers.size(), size_t(1));
        QCOMPARE(t1.timers[0].when, 1.0);
        // T3: task1 finished, which made main ready.
        LoopState t3 = trace.state_after(3);
        QCOMPARE(row(t3, "task1").state_text(), std::string("done (returned)"));
        QCOMPARE(row(t3, "main").state_text(), std::string("ready"));
        QCOMPARE(row(t3, "main").where, std::string("await task1"));
        // T4: main moved on to the next await.
        QCOMPARE(row(trace.state_after(4), "main").where, std::string("await task2"));
        QVERIFY(trace.tick_summary(1).rfind("task1 ran: started, then awaited asyncio.sleep(1) at L8", 0) == 0);
        // Output by tick: T0 printed "done scheduling tasks."
        const IndexRange t0 = trace.output_of(0);
        QCOMPARE(trace.output().substr(t0.begin, t0.end - t0.begin), std::string("started main at 00:00:00\ndone scheduling tasks.\n"));
        std::string tables = format_tables(trace);
        QVERIFY(tables.find("T6  t=2.000  main ran: resumed at L22, then returned") != std::string::npos);
    }

    void markdownAndCsvTables() {
        Trace trace = trace_of(read_file(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py"));
        std::string md = format_tables_markdown(trace);
        QVERIFY(md.find("### T1 — t=0.000 — task1 ran: started") != std::string::npos);
        QVERIFY(md.find("| **task1** | Task-2 | await sleep | busy (sleep until t=1.000) |") != std::string::npos);
        QVERIFY(md.find("| &lt;module&gt; |") != std::string::npos);
        std::string csv = format_tables_csv(trace);
        QVERIFY(csv.rfind("tick,clock,ran,task,name,where,state,detail\n", 0) == 0);
        QVERIFY(csv.find("T3,1.000,task1,task1,Task-2,end,done,returned\n") != std::string::npos);
        // 7 ticks x 4 rows (module, main, task1, task2) + the header.
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 7 * 4 + 1);
    }

    void sleepDeadlinesAsPrinted() {
        // Deadlines are kept as numbers and spelled when read; those printing alike share a status.
        Trace trace = trace_of(
            "import asyncio\n"
            "async def napper(d):\n"
            "    await asyncio.sleep(d)\n"
            "async def main():\n"
            "    await asyncio.gather(napper(1.0001), napper(1.0004), napper(2.5), napper(float('inf')), asyncio.sleep(3),\n"
            "                         napper(1.0005), napper(2.0015))\n"
            "asyncio.run(main())\n");
        // After T7 every napper has started and sleeps; the bare sleep task has too.
        LoopState s = trace.state_after(7);
        QCOMPARE(s.tasks.size(), size_t(9));
        QCOMPARE(s.tasks[2].state_text(), std::string("busy (sleep until t=1.000)"));
        QCOMPARE(s.tasks[3].waits_text(), std::string("sleep until t=1.000"));
        QVERIFY(s.tasks[2] == s.tasks[3]);  // one status for both (the first deadline stands for both)
        QCOMPARE(s.tasks[2].sleep_until, 1.0001);
        QVERIFY(s.tasks[2].waits_on.empty());
        QCOMPARE(s.tasks[4].waits_text(), std::string("sleep until t=2.500"));
        QCOMPARE(s.tasks[5].state_text(), std::string("busy (sleep until t=inf)"));
        // The sleep task's own coroutine is not a line of the file: its stop text names the deadline.
        QVERIFY2(trace.tick_summary(5).find("awaited sleep until t=3.000") != std::string::npos, trace.tick_summary(5).c_str());
        QCOMPARE(s.tasks[6].waits_text(), std::string("sleep until t=3.000"));
        // Deadlines a hair from a half round as "%.3f" rounds their exact values.
        QVERIFY(s.tasks[7] == s.tasks[2]);  // 1.0005 is 1.000499999... -> "1.000"
        QCOMPARE(s.tasks[8].waits_text(), std::string("sleep until t=2.002"));  // 2.0015 is 2.001500...06
        // Waking up says which deadline passed; JSON spells the deadline too.
        std::vector<std::string> woke;
        for (size_t i = 0; i < trace.event_count(); ++i)
            if (trace.event(i).kind == EventKind::TaskReady) woke.push_back(trace.event_text(i));
        QVERIFY(std::count(woke.begin(), woke.end(), std::string("sleep until t=1.000 is over")) == 3);
        QVERIFY(std::count(woke.begin(), woke.end(), std::string("sleep until t=2.500 is over")) == 1);
        std::string json = trace_to_json(trace);
        QVERIFY(json.find("\"waits_on\":\"sleep until t=2.500\"") != std::string::npos);
        QVERIFY(json.find("\x01") == std::string::npos);
    }

    void taskCreatedTexts() {
        // A task is named by the variable it is bound to on its line, else by its call; its
        // created event keeps the name it was created with, though it is renamed later.
        Trace trace = trace_of(
            "import asyncio\n"
            "async def worker(n, what):\n"
            "    await asyncio.sleep(n)\n"
            "async def main():\n"
            "    for i in range(2):\n"
            "        first = asyncio.create_task(worker(i, 'milk'))\n"
            "    pair = [asyncio.create_task(worker(5, 'tea')), asyncio.create_task(worker(6, 'x' * 30))]\n"
            "    first.set_name('renamed')\n"
            "    await asyncio.gather(first, *pair)\n"
            "asyncio.run(main())\n");
        std::string created;
        for (size_t i = 0; i < trace.event_count(); ++i)
            if (trace.event(i).kind == EventKind::TaskCreated) created += trace.event_text(i) + "; ";
        QCOMPARE(QString::fromStdString(created), QString("main (Task-1); first (Task-2); first (Task-3); worker(5, 'tea') (Task-4); "
                                      "worker(6, what) (Task-5); _shutdown_asyncgens(loop) (Task-6); "
                                      "_shutdown_default_executor(loop) (Task-7); "));
        QCOMPARE(trace.text_of(trace.tasks()[3].name), std::string_view("renamed"));
        std::string json = trace_to_json(trace);
        QVERIFY(json.find("\"text\":\"first (Task-3)\"") != std::string::npos);
        QVERIFY(json.find("\x01") == std::string::npos);
    }

    void syncProgramIsOneModuleTick() {
        Trace trace = trace_of("import time\nfor i in range(3):\n    time.sleep(1)\n    print(i)\n");
        QCOMPARE(trace.tick_count(), size_t(1));
        QCOMPARE(trace.tick(0).task, 0);
        QCOMPARE(trace.clock_end(0), 3.0);
        QCOMPARE(trace.output(), std::string("0\n1\n2\n"));
        // Line by line: the loop body's lines, each with its clock and output.
        size_t prints = 0;
        for (size_t i = 0; i < trace.line_count(); ++i)
            if (const LineRecord line = trace.line(i); line.line == 4) {
                QCOMPARE(line.clock, double(prints + 1));
                QCOMPARE(trace.output().substr(line.output_begin, trace.line_output_end(i) - line.output_begin),
                         std::to_string(prints) + "\n");
                ++prints;
            }
        QCOMPARE(prints, size_t(3));
    }

    void linesAndEventsReadBackAcrossTasksAndClocks() {
        // Records keep the task, clock and output offset once per change: read back, every line
        // still has its own. Two tasks interleave over changing clocks; a loop callback prints.
        Trace trace = trace_of(
            "import asyncio\n"
            "def cb():\n"
            "    print('cb')\n"
            "async def w(n):\n"
            "    for i in range(3):\n"
            "        print(n, i)\n"
            "        await asyncio.sleep(0.5 * n)\n"
            "async def main():\n"
            "    asyncio.get_running_loop().call_later(0.7, cb)\n"
            "    await asyncio.gather(w(1), w(2))\n"
            "asyncio.run(main())\n");
        QCOMPARE(trace.output(), std::string("1 0\n2 0\n1 1\ncb\n2 1\n1 2\n2 2\n"));  // as CPython
        std::vector<std::string> prints;
        for (size_t i = 0; i < trace.line_count(); ++i) {
            const LineRecord l = trace.line(i);
            if (l.line != 6 && l.line != 3) continue;
            const std::string out = trace.output().substr(l.output_begin, trace.line_output_end(i) - l.output_begin);
            prints.push_back(out.substr(0, out.size() - 1) + " @" + clock_text(l.clock) + " by " + trace.task_label(l.task));
            QCOMPARE(trace.clock_of_output(l.output_begin), l.clock);
        }
        QCOMPARE(QString::fromStdString(std::accumulate(prints.begin(), prints.end(), std::string(),
                                                        [](std::string a, const std::string& b) { return a + b + "; "; })),
                 QString("1 0 @0.000 by w(1); 2 0 @0.000 by w(2); 1 1 @0.500 by w(1); cb @0.700 by (callback); "
                         "2 1 @1.000 by w(2); 1 2 @1.000 by w(1); 2 2 @2.000 by w(2); "));
        // Each tick's lines are its task's (or a callback's), at clocks within the tick.
        for (size_t t = 0; t < trace.tick_count(); ++t) {
            const IndexRange r = trace.lines_of(static_cast<long>(t));
            for (uint32_t i = r.begin; i < r.end; ++i) {
                QVERIFY(trace.line(i).task == trace.tick(t).task || trace.line(i).task == -1);
                QVERIFY(trace.line(i).clock <= trace.clock_end(t));
            }
            const IndexRange e = trace.events_of(static_cast<long>(t));
            for (uint32_t i = e.begin; i < e.end; ++i) QVERIFY(trace.event(i).clock <= trace.clock_end(t));
        }
        // Timer events keep their deadlines and kinds.
        std::string timers;
        for (size_t i = 0; i < trace.event_count(); ++i)
            if (trace.event(i).kind == EventKind::TimerFired) timers += trace.event_text(i) + " @" + clock_text(trace.event(i).clock) + "; ";
        QCOMPARE(QString::fromStdString(timers), QString("sleep at t=0.500 @0.500; cb() at t=0.700 @0.700; sleep at t=1.000 @1.000; "
                                                         "sleep at t=1.000 @1.000; sleep at t=1.500 @1.500; sleep at t=2.000 @2.000; "
                                                         "sleep at t=3.000 @3.000; "));
    }

    void blockingSleepMovesOnlyItsTicksEnd() {
        // Ticks keep no end time of their own unless their step blocked the loop (time.sleep).
        Trace trace = trace_of(
            "import asyncio, time\n"
            "async def slow():\n"
            "    time.sleep(2)\n"
            "    await asyncio.sleep(1)\n"
            "async def main():\n"
            "    await asyncio.gather(slow(), asyncio.sleep(0.5))\n"
            "asyncio.run(main())\n");
        std::string ends;
        for (size_t i = 0; i < trace.tick_count(); ++i)
            ends += trace.task_label(trace.tick(i).task) + " " + clock_text(trace.tick(i).clock_start) + "-" +
                    clock_text(trace.clock_end(i)) + "; ";
        QCOMPARE(QString::fromStdString(ends), QString("main 0.000-0.000; slow 0.000-2.000; sleep(0.5, None) 2.000-2.000; "
                                                       "sleep(0.5, None) 2.500-2.500; slow 3.000-3.000; main 3.000-3.000; "));
        QVERIFY(trace_to_json(trace).find("\"clock_start\":0.0,\"clock_end\":2.0") != std::string::npos);
    }

    void traceStaysSmallPerTick() {
        // 20,000 sleeping steps: the stored trace (lines, events, states, timers, tasks) costs
        // under 190 bytes a step (228 when every line and event kept its own task and clock, and
        // an event was 12 bytes; 423 when every record kept its own output offset too).
        Trace trace = trace_of(
            "import asyncio, random\n"
            "async def sleeper(n):\n"
            "    for r in range(10):\n"
            "        d = random.random()\n"
            "        await asyncio.sleep(d)\n"
            "async def main():\n"
            "    await asyncio.gather(*[sleeper(n) for n in range(2000)])\n"
            "asyncio.run(main())\n");
        QVERIFY(trace.tick_count() > 20000);
        const double perTick = double(trace.memory_bytes()) / double(trace.tick_count());
        qInfo("trace: %.0f bytes per tick over %zu ticks", perTick, trace.tick_count());
        QVERIFY2(perTick < 190, qPrintable(QString::number(perTick)));
    }

    void recordsReadTheirTicksTaskAndClock() {
        // Lines and events store their task and clock only where they differ from their tick's:
        // a loop callback's line, a time.sleep moving the clock within a step, timers firing
        // before the step they wake.
        Trace trace = trace_of(
            "import asyncio, time\n"
            "def cb():\n"
            "    print('cb')\n"
            "async def worker(n):\n"
            "    await asyncio.sleep(1)\n"
            "    time.sleep(0.5)\n"
            "    print('after', n)\n"
            "    await asyncio.sleep(1)\n"
            "async def main():\n"
            "    asyncio.get_running_loop().call_later(0.25, cb)\n"
            "    await asyncio.gather(worker(1), worker(2))\n"
            "asyncio.run(main())\n");
        QCOMPARE(int(trace.result.status), int(RunStatus::Ok));
        int callbackLines = 0, afterLines = 0;
        for (long t = -1; t < static_cast<long>(trace.tick_count()); ++t) {
            const IndexRange lines = trace.lines_of(t);
            for (uint32_t i = lines.begin; i < lines.end; ++i) {
                const LineRecord l = trace.line(i);
                if (l.line == 3) {  // cb(): run by the loop, at its deadline, between two steps
                    ++callbackLines;
                    QCOMPARE(l.task, -1);
                    QCOMPARE(l.clock, 0.25);
                    continue;
                }
                if (t < 0) {
                    QCOMPARE(l.task, 0);
                    QCOMPARE(l.clock, 0.0);
                    continue;
                }
                const Tick& tick = trace.tick(static_cast<size_t>(t));
                QCOMPARE(l.task, tick.task);
                // After time.sleep(0.5) the clock is half a second past the step's start.
                const bool slept = l.line == 7 || (l.line == 8 && trace.resumed_line(static_cast<size_t>(t)) == 5);
                QCOMPARE(l.clock, tick.clock_start + (slept ? 0.5 : 0.0));
                if (l.line == 7) ++afterLines;
            }
            const IndexRange events = trace.events_of(t);
            for (uint32_t i = events.begin; i < events.end; ++i) {
                const TraceEvent e = trace.event(i);
                if (e.kind == EventKind::TimerFired) QCOMPARE(e.clock, e.when);  // fired at its deadline
                if (e.kind == EventKind::BlockingSleep) QCOMPARE(e.clock, trace.tick(static_cast<size_t>(t)).clock_start);
                if (e.kind == EventKind::TimerSet && t >= 0 && trace.resumed_line(static_cast<size_t>(t)) == 5)
                    QCOMPARE(e.clock, trace.tick(static_cast<size_t>(t)).clock_start + 0.5);  // the second sleep, after time.sleep
            }
        }
        QCOMPARE(callbackLines, 1);
        QCOMPARE(afterLines, 2);
        // The second worker's step begins when the first one's time.sleep ended.
        QVERIFY(trace.output().find("after 1\nafter 2\n") != std::string::npos);
    }

    void resumedAndStoppedLinesOfEveryTick() {
        // Read from the step's own status changes; a coroutine stepped by hand before its task
        // was made resumes where no status of its task says (kept aside).
        Trace trace = trace_of(
            "import asyncio\n"
            "async def w():\n"
            "    await asyncio.sleep(0)\n"
            "    print('resumed')\n"
            "async def main():\n"
            "    coro = w()\n"
            "    coro.send(None)\n"
            "    t = asyncio.create_task(coro)\n"
            "    await t\n"
            "asyncio.run(main())\n");
        QCOMPARE(trace.tick_count(), size_t(3));
        QCOMPARE(trace.resumed_line(0), 0);
        QCOMPARE(trace.stopped_line(0), 9);
        QCOMPARE(trace.resumed_line(1), 3);
        QCOMPARE(trace.stopped_line(1), 4);
        QCOMPARE(trace.resumed_line(2), 9);
        QVERIFY(trace.tick_summary(1).rfind("t ran: resumed at L3, then returned", 0) == 0);
        // And a program without task steps: one tick of the module, from line 0 to line 0.
        Trace plain = trace_of("print('hi')\n");
        QCOMPARE(plain.tick_count(), size_t(1));
        QCOMPARE(plain.resumed_line(0), 0);
        QCOMPARE(plain.stopped_line(0), 0);
    }

    void pendingTimersAgreeWithTheTimerEvents() {
        // The timers at every tick, rebuilt from a checkpoint, equal a replay of the timer events
        // from the start.
        Trace trace = trace_of(kManyTasks);
        std::map<std::pair<double, uint32_t>, int> pending;  // (deadline, text) -> how many
        for (long t = -1; t < static_cast<long>(trace.tick_count()); ++t) {
            const IndexRange events = trace.events_of(t);
            for (uint32_t i = events.begin; i < events.end; ++i) {
                const TraceEvent e = trace.event(i);
                if (e.kind == EventKind::TimerSet) ++pending[{e.when, e.text}];
                if (e.kind == EventKind::TimerFired || e.kind == EventKind::TimerCancelled)
                    if (--pending[{e.when, e.text}] == 0) pending.erase({e.when, e.text});
            }
            if (t % 5 != 0 && t != static_cast<long>(trace.tick_count()) - 1) continue;
            std::map<std::pair<double, uint32_t>, int> rebuilt;
            for (const PendingTimer& timer : trace.state_after(t).timers) ++rebuilt[{timer.when, timer.what}];
            QVERIFY2(rebuilt == pending, qPrintable(QString::number(t)));
        }
        QVERIFY(pending.empty());
        // A timer still pending when its loop closes is dropped then, without an event.
        Trace closing = trace_of(
            "import asyncio\n"
            "async def main():\n"
            "    asyncio.get_running_loop().call_later(100, print, 'never')\n"
            "    await asyncio.sleep(1)\n"
            "asyncio.run(main())\n");
        QCOMPARE(closing.state_after(0).timers.size(), size_t(2));
        QCOMPARE(closing.state_after(0).timers[1].when, 100.0);
        const long last = static_cast<long>(closing.tick_count()) - 1;
        QCOMPARE(closing.state_after(last).timers.size(), size_t(0));
        QVERIFY(closing.output().empty());
    }

    void chunkedArrayAcrossChunks() {
        // The trace's append-only storage: values, back() and pop_back() across chunk boundaries.
        ChunkedArray<int, 4> a;
        for (int i = 0; i < 10; ++i) {
            a.push_back(i * 3);
            QCOMPARE(a.back(), i * 3);
        }
        QCOMPARE(a.size(), size_t(10));
        QCOMPARE(a.capacity(), size_t(12));
        for (size_t i = 0; i < a.size(); ++i) QCOMPARE(a[i], int(i) * 3);
        a.pop_back();
        a.pop_back();  // 8 left: the third chunk is empty and dropped
        QCOMPARE(a.capacity(), size_t(8));
        QCOMPARE(a.back(), 21);
        a.pop_back();
        QCOMPARE(a.back(), 18);
        for (int i = 0; i < 3; ++i) a.push_back(100 + i);
        QCOMPARE(a.size(), size_t(10));
        QCOMPARE(a[6], 18);
        QCOMPARE(a[7], 100);
        QCOMPARE(a[9], 102);
        QCOMPARE(std::accumulate(a.begin(), a.end(), 0), 0 + 3 + 6 + 9 + 12 + 15 + 18 + 100 + 101 + 102);
        ChunkedArray<int, 4> b = std::move(a);  // chunks move with their cursor
        QCOMPARE(a.size(), size_t(0));
        b.push_back(7);
        QCOMPARE(b[10], 7);
        QCOMPARE(b.back(), 7);
        while (!b.empty()) b.pop_back();
        QCOMPARE(b.capacity(), size_t(0));
        b.push_back(5);
        QCOMPARE(b[0], 5);
    }

    void offsetIndexMatchesPlainStorage() {
        // Where each tick's records begin: small increases are a byte per column, a group with a
        // larger one is kept in full; every entry reads back as stored, across pops too.
        OffsetIndex<3> index;
        std::vector<OffsetIndex<3>::Entry> plain;
        uint32_t seed = 12345;
        auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
        OffsetIndex<3>::Entry e{0, 0, 0};
        for (int i = 0; i < 20000; ++i) {
            for (size_t c = 0; c < 3; ++c) {
                uint32_t r = next();
                e[c] += r % 97 == 0 ? 256 + r % 5000 : r % 9;  // now and then too large for a byte
            }
            index.push_back(e);
            plain.push_back(e);
            if (i % 37 == 36) {  // drop a few, across group boundaries
                for (int k = 0; k < 1 + i % 5; ++k) {
                    index.pop_back();
                    plain.pop_back();
                }
                e = plain.back();
            }
        }
        QCOMPARE(index.size(), plain.size());
        for (size_t i = 0; i < plain.size(); ++i) {
            QCOMPARE(index.entry(i), plain[i]);
            QCOMPARE(index.at(i, 2), plain[i][2]);
        }
        // How many entries are at or below a value (which tick a record belongs to): as a search
        // over the plain entries, at equal values, between them and inside wide groups.
        auto expected_count = [&](size_t c, uint32_t v) {
            return static_cast<size_t>(std::upper_bound(plain.begin(), plain.end(), v,
                                                        [c](uint32_t x, const auto& en) { return x < en[c]; }) -
                                       plain.begin());
        };
        for (size_t i = 0; i < plain.size(); i += 1 + next() % 13) {
            for (uint32_t v : {plain[i][1], plain[i][1] - 1, plain[i][1] + 1}) QCOMPARE(index.count_at_or_below(1, v), expected_count(1, v));
            QCOMPARE(index.count_at_or_below(2, plain[i][2]), expected_count(2, plain[i][2]));
        }
        QCOMPARE(index.count_at_or_below(0, plain.back()[0] + 1000), plain.size());
        QCOMPARE(index.count_at_or_below(0, 0), expected_count(0, 0));
        // Mostly narrow: well under the 12 bytes an entry of three full columns would take.
        QVERIFY2(index.memory_bytes() < plain.size() * 12, qPrintable(QString::number(index.memory_bytes())));
        index.clear();
        QCOMPARE(index.size(), size_t(0));
        index.push_back({7, 8, 9});
        QCOMPARE(index.entry(0), (OffsetIndex<3>::Entry{7, 8, 9}));
    }

    void lineNumbersBeyondTwoBytes() {
        // Two bytes a line record; numbers past 65,534 (or negative) read back from aside.
        LineNumbers lines;
        std::vector<int32_t> plain;
        for (int32_t i = 0; i < 30000; ++i) {
            int32_t line = i % 1000 == 0 ? 65535 + i * 7 : (i % 777 == 0 ? -i : i % 70000);
            if (i == 1) line = 65534;  // the largest kept in two bytes
            lines.push_back(line);
            plain.push_back(line);
        }
        QCOMPARE(lines.size(), plain.size());
        for (size_t i = 0; i < plain.size(); ++i) QCOMPARE(lines[i], plain[i]);
        QVERIFY(lines.memory_bytes() < plain.size() * 3);
    }

    void textArenaKeepsEveryText() {
        // Texts fill blocks without straddling them; one longer than a block is kept on its own;
        // every reference stays valid as the arena grows.
        TextArena arena;
        std::vector<std::pair<TextRef, std::string>> kept;
        for (int i = 0; i < 20000; ++i) {
            std::string text = "Task-" + std::to_string(i) + std::string(static_cast<size_t>(i % 13), 'x');
            if (i % 5000 == 1) text = std::string(70000 + static_cast<size_t>(i), 'L');  // longer than a block
            if (i % 997 == 0) text.clear();
            kept.push_back({arena.add(text), text});
        }
        for (const auto& [ref, text] : kept) QCOMPARE(std::string(arena.view(ref)), text);
        QVERIFY(arena.memory_bytes() < 2 * 1024 * 1024);
    }

    void deadlockEndsBusy() {
        RunResult result;
        Trace trace = trace_of("import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n", &result);
        QCOMPARE(int(result.status), int(RunStatus::Deadlock));
        LoopState last = trace.state_after(static_cast<long>(trace.tick_count()) - 1);
        QCOMPARE(last.tasks[0].state_text(), std::string("busy (deadlock)"));
        QCOMPARE(last.tasks[1].state_text(), std::string("busy (event)"));
        QVERIFY(trace.error_report.find("deadlock at t=0.0") != std::string::npos);
    }

    void tracebackNamesTheAwaitThrownInto() {
        // A task cancelled while it awaits: the traceback runs through the line of each await the
        // CancelledError passed, the innermost one included (a native awaitable's too), as CPython's.
        for (const char* awaited : {"q.get()", "q.put(2)", "asyncio.sleep(5)", "asyncio.Event().wait()"}) {
            bool put = std::string(awaited) == "q.put(2)";  // waits for room, the others for an item
            std::string source = std::string("import asyncio\n"
                                              "async def consumer(q):\n"
                                              "    await q.put(1)\n") +
                                 (put ? "    pass\n" : "    await q.get()\n") + "    item = await " + awaited + "\n"
                                 "async def main():\n"
                                 "    q = asyncio.Queue(maxsize=1)\n"
                                 "    t = asyncio.create_task(consumer(q))\n"
                                 "    await asyncio.sleep(1)\n"
                                 "    t.cancel()\n"
                                 "    await t\n"
                                 "asyncio.run(main())\n";
            RunResult result;
            Trace trace = trace_of(source, &result);
            QCOMPARE(int(result.status), int(RunStatus::UncaughtException));
            const std::string& report = trace.error_report;
            size_t in_main = report.find("line 11, in main");
            size_t in_consumer = report.find("line 5, in consumer");
            QVERIFY2(in_main != std::string::npos && in_consumer != std::string::npos && in_main < in_consumer, report.c_str());
            QVERIFY2(report.find(std::string("item = await ") + awaited) != std::string::npos, report.c_str());
            QVERIFY(report.rfind("CancelledError") > in_consumer);
        }
    }

    void checkpointsAgreeWithReplay() {
        Trace trace = trace_of(kManyTasks);
        QVERIFY(trace.tick_count() > 2000);
        auto states = replay(trace);
        // Every tick, rebuilt from its checkpoint, equals the replay from the start.
        for (long tick = -1; tick < static_cast<long>(trace.tick_count()); tick += 7) {
            LoopState s = trace.state_after(tick);
            const auto& expected = states[static_cast<size_t>(tick + 1)];
            QCOMPARE(s.tasks.size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i) QVERIFY2(s.tasks[i] == expected[i], qPrintable(QString::number(tick)));
        }
        // Ready queue and timers are consistent with the task states at a middle tick.
        LoopState mid = trace.state_after(static_cast<long>(trace.tick_count() / 2));
        for (int32_t id : mid.ready) QCOMPARE(int(mid.tasks[static_cast<size_t>(id)].state), int(TaskState::Ready));
        for (size_t i = 1; i < mid.timers.size(); ++i) QVERIFY(mid.timers[i - 1].when <= mid.timers[i].when);
    }

    void sameInputSameJson() {
        std::string a = trace_to_json(trace_of(kManyTasks));
        std::string b = trace_to_json(trace_of(kManyTasks));
        QVERIFY(a.size() > 10000);
        QVERIFY(a == b);
        RunOptions other;
        other.seed = 7;
        Trace c;
        run_program(kManyTasks, "prog.py", other, OutputSinks{}, &c);
        QVERIFY(trace_to_json(c) != a);  // the seed reaches the program
    }
};

QTEST_APPLESS_MAIN(TestTrace)
#include "test_trace.moc"
