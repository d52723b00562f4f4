// Editable delays found in programs: literals reaching sleeps and timeouts directly or through a
// function's parameter, UPPER_CASE constants — each at the LINE:COL that --set edits.
#include <QtTest>

#include <fstream>
#include <sstream>

#include "compiler/parameters.h"
#include "engine.h"

using namespace loopstep;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string describe(const std::vector<DelayParameter>& ps) {
    std::string out;
    for (const auto& p : ps)
        out += std::to_string(p.line) + ":" + std::to_string(p.col) + "=" + p.text + " " + p.kind + " [" + p.label + "]\n";
    return out;
}

}  // namespace

class TestParameters : public QObject {
    Q_OBJECT

private slots:
    void workshopWorkersThroughTheirDelayParameter() {
        auto ps = find_delay_parameters(read_file(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py"), "03.py");
        QCOMPARE(describe(ps), std::string("16:40=1 argument [worker(…) at L16]\n17:40=2 argument [worker(…) at L17]\n"));
        QCOMPARE(ps[0].unit, std::string("s"));
        QVERIFY(ps[1].max >= 8);
    }

    void directSinksConstantsAndNesting() {
        const char* src =
            "import asyncio, time\n"
            "DELAY = 0.5\n"
            "N_TASKS = 3\n"
            "async def inner(t):\n"
            "    await asyncio.sleep(t * 2)\n"
            "async def outer(x, label, pause):\n"
            "    await inner(pause)\n"
            "async def main():\n"
            "    await asyncio.wait_for(outer(1, 'a', 0.25), timeout=3)\n"
            "    async with asyncio.timeout(1.5):\n"
            "        time.sleep(2)\n"
            "    asyncio.get_running_loop().call_later(4, print)\n"
            "    await asyncio.sleep(DELAY + 0.1)\n"
            "asyncio.run(main())\n";
        std::string got = describe(find_delay_parameters(src, "p.py"));
        QCOMPARE(got, std::string("2:9=0.5 constant [DELAY]\n"
                                  "3:11=3 constant [N_TASKS]\n"
                                  "5:29=2 asyncio.sleep [asyncio.sleep(…) at L5]\n"
                                  "9:42=0.25 argument [outer(…) at L9]\n"
                                  "9:57=3 timeout [wait_for(…) at L9]\n"
                                  "10:32=1.5 timeout [timeout(…) at L10]\n"
                                  "11:20=2 time.sleep [time.sleep(…) at L11]\n"
                                  "12:43=4 call_later [call_later(…) at L12]\n"
                                  "13:33=0.1 asyncio.sleep [asyncio.sleep(…) at L13]\n"));
    }

    void everyFoundPositionIsEditable() {
        // Each parameter's LINE:COL is accepted by --set (RunOptions::edits) and changes the run.
        std::string source = read_file(LOOPSTEP_SOURCE_DIR "/lessons/03_create_task.py");
        for (const auto& p : find_delay_parameters(source, "03.py")) {
            RunOptions options;
            options.edits.push_back({p.line, p.col, "7"});
            std::string out;
            OutputSinks sinks;
            sinks.out = [&](const std::string& s) { out += s; };
            RunResult r = run_program(source, "03.py", options, sinks);
            QCOMPARE(int(r.status), 0);
            QVERIFY2(out.find("00:00:07") != std::string::npos, out.c_str());
        }
    }

    void brokenSourceHasNone() { QVERIFY(find_delay_parameters("def (:\n", "bad.py").empty()); }
};

QTEST_APPLESS_MAIN(TestParameters)
#include "test_parameters.moc"
