// Benchmark: the timeline at scale — building its model from a large trace, and replotting it
// full, zoomed and panned.
//
//   bench_timeline [TASKS] [ROUNDS] [WIDTH] [HEIGHT]
//   (default 10000 tasks x 100 rounds = about 1,000,000 ticks, a 1280 x 800 plot)
//
// Every task sleeps a random time ROUNDS times, all at once. Prints the engine's run time, the
// model's build time and size, then the median time of a full replot for each view, with how
// many segments lay in the view's ranges, how many the plottable visited, how many rectangles and
// shared columns (stacks of states) it drew; then scrolling through every lane 30 at a time and
// the overview strip's miniature of the whole run.
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <qcustomplot.h>

#include "engine.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_model.h"
#include "timeline/timeline_overview.h"
#include "timeline/timeline_plottable.h"
#include "trace/trace.h"

using namespace loopstep;
using Clock = std::chrono::steady_clock;

namespace {

std::string program(int tasks, int rounds) {
    return "import asyncio\nimport random\n\n\n"
           "async def worker(n):\n"
           "    for _ in range(" + std::to_string(rounds) + "):\n"
           "        await asyncio.sleep(random.random())\n\n\n"
           "async def main():\n"
           "    await asyncio.gather(*[worker(n) for n in range(" + std::to_string(tasks) + ")])\n\n\n"
           "asyncio.run(main())\n";
}

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Segments whose lane and span meet the view (what a naive plot would have to draw).
size_t segmentsInView(const TimelineModel& model, AxisMode mode, const QCPRange& keys, const QCPRange& lanes) {
    size_t count = 0;
    const int first = std::max(0, static_cast<int>(lanes.lower + 0.5));
    const int last = std::min(model.laneCount() - 1, static_cast<int>(lanes.upper + 0.5));
    for (int lane = first; lane <= last; ++lane) {
        const auto& segs = model.lane(lane).segments;
        for (size_t i = model.firstSegmentEndingAfter(lane, keys.lower, mode); i < segs.size() && segs[i].start(mode) <= keys.upper; ++i)
            ++count;
    }
    return count;
}

void measure(const char* name, QCustomPlot& plot, TimelineChart& chart, const QCPRange& keys, const QCPRange& lanes,
             int repeats = 9) {
    chart.setView(keys, lanes);
    plot.replot(QCustomPlot::rpImmediateRefresh);  // warm up
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto t = Clock::now();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(msSince(t));
    }
    std::sort(times.begin(), times.end());
    const auto stats = chart.plottable()->lastDrawStats();
    std::printf("  %-34s %8.2f ms  (max %6.2f, lanes drawn in %6.2f)  in view %9zu  visited %8zu  lanes %5zu  rects %7zu"
                "  shared columns %7zu\n",
                name, times[times.size() / 2], times.back(), stats.milliseconds,
                segmentsInView(*chart.model(), chart.axisMode(), plot.xAxis->range(), plot.yAxis->range()), stats.segments,
                stats.lanes, stats.rectangles, stats.sharedColumns);
}

// Ten replots, each moving the view by a tenth of its width (a drag), median and worst.
void measurePan(const char* name, QCustomPlot& plot, TimelineChart& chart, const QCPRange& keys, const QCPRange& lanes) {
    chart.setView(keys, lanes);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::vector<double> times;
    for (int i = 0; i < 10; ++i) {
        plot.xAxis->moveRange(keys.size() / 10);
        const auto t = Clock::now();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(msSince(t));
    }
    std::sort(times.begin(), times.end());
    std::printf("  %-34s %8.2f ms  (max %6.2f)  visited %zu at the last step\n", name, times[times.size() / 2],
                times.back(), chart.plottable()->lastDrawStats().segments);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 100;
    const int width = argc > 3 ? std::atoi(argv[3]) : 1280;
    const int height = argc > 4 ? std::atoi(argv[4]) : 800;

    std::printf("timeline benchmark: %d tasks x %d rounds, plot %dx%d\n", tasks, rounds, width, height);
    auto trace = std::make_shared<Trace>();
    auto t = Clock::now();
    RunOptions options;
    options.max_ticks = 100'000'000;  // the default budget stops runaway programs at a million
    const RunResult result = run_program(program(tasks, rounds), "bench.py", options, OutputSinks{}, trace.get());
    std::printf("engine run with trace:  %9.1f ms  %zu ticks, status %d, trace %.1f MB\n", msSince(t), trace->tick_count(),
                static_cast<int>(result.status), trace->memory_bytes() / 1e6);

    t = Clock::now();
    auto model = std::make_shared<const TimelineModel>(std::shared_ptr<const Trace>(trace));
    const double buildMs = msSince(t);
    std::printf("model build:            %9.1f ms  %d lanes, %zu segments (%.1f MB; with the lanes' state totals %.1f MB)\n",
                buildMs, model->laneCount(), model->segmentCount(),
                model->segmentCount() * sizeof(TimelineSegment) / 1e6, model->memoryBytes() / 1e6);

    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.setViewport(QRect(0, 0, width, height));
    TimelineChart chart(&plot);
    chart.setModel(model);
    chart.setCurrentTick(static_cast<int>(trace->tick_count() / 2));
    plot.replot(QCustomPlot::rpImmediateRefresh);

    const int lanes = model->laneCount();
    for (AxisMode mode : {AxisMode::Seconds, AxisMode::Ticks}) {
        chart.setAxisMode(mode);
        const QCPRange full = chart.fullKeyRange();
        const QCPRange all(-0.5, lanes - 0.5);
        const QCPRange readable(-0.5, 29.5);
        const QCPRange thousand(-0.5, std::min(lanes, 1000) - 0.5);
        const QCPRange zoomed(full.center(), full.center() + full.size() / 100);
        const QCPRange deep(full.center(), full.center() + full.size() / 10000);
        std::printf("replot, x in %s:\n", mode == AxisMode::Seconds ? "seconds" : "ticks");
        measure("full x, all lanes", plot, chart, full, all);
        measure("full x, 1000 lanes", plot, chart, full, thousand);
        measure("full x, 30 lanes", plot, chart, full, readable);
        measure("zoomed x 1/100, all lanes", plot, chart, zoomed, all);
        measure("zoomed x 1/100, 30 lanes", plot, chart, zoomed, readable);
        measure("zoomed x 1/10000, 30 lanes", plot, chart, deep, readable);
        measurePan("pan full x, 1000 lanes (10 steps)", plot, chart, full, thousand);
        measurePan("pan 1/100 x, all lanes (10 steps)", plot, chart, zoomed, all);
        measurePan("pan 1/100 x, 30 lanes (10 steps)", plot, chart, zoomed, readable);
    }

    // Scrolling: 30 lanes in view, a page (30 lanes) at a time from the first lane to the last,
    // as the lane scroll bar does; the whole x range, in seconds.
    chart.setAxisMode(AxisMode::Seconds);
    {
        chart.setView(chart.fullKeyRange(), QCPRange(-0.5, 29.5));
        std::vector<double> times;
        for (int top = 0; top + 30 <= lanes; top += 30) {
            plot.yAxis->setRange(top - 0.5, top + 29.5);
            const auto s = Clock::now();
            plot.replot(QCustomPlot::rpImmediateRefresh);
            times.push_back(msSince(s));
        }
        std::sort(times.begin(), times.end());
        std::printf("scroll all %d lanes, 30 in view (%zu pages): %.2f ms median, %.2f ms max\n", lanes, times.size(),
                    times[times.size() / 2], times.back());
    }
    {
        TimelineOverview overview;
        overview.setAttribute(Qt::WA_DontShowOnScreen);
        overview.resize(width, overview.sizeHint().height());
        overview.setModel(model);
        std::vector<double> times;
        for (AxisMode mode : {AxisMode::Seconds, AxisMode::Ticks}) {
            chart.setAxisMode(mode);
            overview.setAxisMode(mode);
            overview.setView(chart.fullKeyRange(), chart.keyRange(), chart.laneRange());
            for (int i = 0; i < 5; ++i) {
                overview.setModel(model);  // drops the miniature
                overview.grab();
                times.push_back(overview.lastBuildMilliseconds());
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("overview miniature of the whole run (%dx%d): %.2f ms median, %.2f ms max\n", width,
                    overview.height(), times[times.size() / 2], times.back());
    }

    std::vector<double> cursor;
    for (int i = 0; i < 20; ++i) {
        chart.setCurrentTick(static_cast<int>(trace->tick_count() * i / 20));
        const auto c = Clock::now();
        chart.replotOverlay();
        cursor.push_back(msSince(c));
    }
    std::sort(cursor.begin(), cursor.end());
    std::printf("cursor move (overlay layers only): %.3f ms median, %.3f ms max\n", cursor[cursor.size() / 2],
                cursor.back());
    return 0;
}
