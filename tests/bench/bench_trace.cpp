// Benchmark: recording a trace of a large run, and reading the loop state at any tick.
//
//   bench_trace [TASKS] [ROUNDS]     (default 1000 tasks x 1000 rounds = about 1,000,000 ticks)
//   bench_trace FILE.py              (a program of your own, e.g. tests/bench/programs/sleepers.py)
//
// Prints the run time with and without trace recording, the trace's stored size (by part) and the
// process's peak RSS, and the cost of Trace::state_after() at tick 10, in the middle and at the last tick:
// with checkpoints, reading tick 1,000,000 should cost about what reading tick 10 costs.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine.h"
#include "trace/trace.h"

using namespace loopstep;
using Clock = std::chrono::steady_clock;

namespace {

std::string program(int tasks, int rounds) {
    return "import asyncio\n\n\n"
           "async def worker(n):\n"
           "    for i in range(" + std::to_string(rounds) + "):\n"
           "        await asyncio.sleep(0.001 * ((n * 7 + i) % 13 + 1))\n\n\n"
           "async def main():\n"
           "    await asyncio.gather(*[worker(n) for n in range(" + std::to_string(tasks) + ")])\n\n\n"
           "asyncio.run(main())\n";
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

long peak_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Median microseconds of state_after(tick) over `reps` calls.
double state_cost_us(const Trace& trace, long tick, int reps) {
    std::vector<double> times;
    size_t sink = 0;
    for (int i = 0; i < reps; ++i) {
        auto t = Clock::now();
        LoopState s = trace.state_after(tick);
        times.push_back(seconds_since(t) * 1e6);
        sink += s.tasks.size() + s.ready.size() + s.timers.size();
    }
    std::sort(times.begin(), times.end());
    if (sink == 0) std::puts("");
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string source, what;
    if (argc > 1 && std::string_view(argv[1]).ends_with(".py")) {
        std::ifstream in(argv[1]);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", argv[1]);
            return 2;
        }
        std::ostringstream text;
        text << in.rdbuf();
        source = text.str();
        what = argv[1];
    } else {
        int tasks = argc > 1 ? std::atoi(argv[1]) : 1000;
        int rounds = argc > 2 ? std::atoi(argv[2]) : 1000;
        source = program(tasks, rounds);
        what = std::to_string(tasks) + " tasks x " + std::to_string(rounds) + " rounds";
    }
    RunOptions options;
    options.max_ticks = 100'000'000;  // the default budget stops runaway programs at a million

    // BENCH_TRACED_ONLY=1 skips the untraced run (for profiling the recorder).
    const bool traced_only = std::getenv("BENCH_TRACED_ONLY") != nullptr;
    auto t0 = Clock::now();
    RunResult plain = traced_only ? RunResult{} : run_program(source, "bench.py", options, OutputSinks{});
    double plain_s = seconds_since(t0);
    long rss_before = peak_rss_kb();

    Trace trace;
    auto t1 = Clock::now();
    RunResult traced = run_program(source, "bench.py", options, OutputSinks{}, &trace);
    double traced_s = seconds_since(t1);
    if (plain.status != RunStatus::Ok || traced.status != RunStatus::Ok) {
        std::fprintf(stderr, "run failed: %s\n", traced.error_line.c_str());
        return 1;
    }
    long ticks = static_cast<long>(trace.tick_count());
    std::printf("program: %s -> %ld ticks, %zu line records, %zu events\n", what.c_str(), ticks, trace.line_count(),
                trace.event_count());
    std::printf("run without trace: %.3f s   with trace: %.3f s   (%.2f us per tick traced)\n", plain_s, traced_s,
                traced_s / static_cast<double>(ticks) * 1e6);
    std::printf("trace stored: %.1f MB   peak RSS: %.1f MB (before tracing: %.1f MB)\n",
                static_cast<double>(trace.memory_bytes()) / 1e6, static_cast<double>(peak_rss_kb()) / 1e3,
                static_cast<double>(rss_before) / 1e3);
    std::printf("  by part:");
    for (const auto& [part, bytes] : trace.memory_parts())
        if (bytes >= 50'000) std::printf(" %s %.1f,", part, static_cast<double>(bytes) / 1e6);
    std::printf(" MB\n");
    const int reps = 200;
    double early = state_cost_us(trace, 10, reps);
    double middle = state_cost_us(trace, ticks / 2, reps);
    double last = state_cost_us(trace, ticks - 1, reps);
    std::printf("state_after: tick 10: %.1f us   tick %ld: %.1f us   tick %ld: %.1f us   (last/tick10 = %.2f)\n", early, ticks / 2,
                middle, ticks - 1, last, last / early);
    return 0;
}
