// How a run ends and where it writes once `sys` is in play: SystemExit's status and stderr text in
// RunResult (as CPython's process exit), the program's arguments in sys.argv, print(file=) and
// sys.stdout / sys.stderr reaching the sinks, and sys.stdout replaced by a StringIO.
#include <QtTest>
#include <string>

#include "engine.h"

using namespace loopstep;

namespace {

struct Outcome {
    RunResult result;
    std::string out;
    std::string err;
};

Outcome run(const std::string& source, std::vector<std::string> args = {}) {
    Outcome o;
    OutputSinks sinks;
    sinks.out = [&](const std::string& s) { o.out += s; };
    sinks.err = [&](const std::string& s) { o.err += s; };
    RunOptions options;
    options.program_args = std::move(args);
    o.result = run_program(source, "prog.py", options, sinks);
    return o;
}

}  // namespace

class TestSysExitAndStreams : public QObject {
    Q_OBJECT

private slots:
    void system_exit_with_an_int_is_the_status() {
        Outcome o = run("import sys\nprint('before')\nsys.exit(3)\nprint('after')\n");
        QCOMPARE(o.result.exit_code, 3);
        QCOMPARE(static_cast<int>(o.result.status), static_cast<int>(RunStatus::UncaughtException));
        QCOMPARE(o.out, std::string("before\n"));
        QCOMPARE(o.err, std::string());  // no traceback
        QCOMPARE(o.result.error_line, std::string());
    }
    void system_exit_without_code_is_success() {
        for (const char* source : {"raise SystemExit\n", "import sys\nsys.exit()\n", "raise SystemExit(None)\n",
                                   "raise SystemExit(0)\n", "raise SystemExit(False)\n"}) {
            Outcome o = run(source);
            QCOMPARE(o.result.exit_code, 0);
            QCOMPARE(static_cast<int>(o.result.status), static_cast<int>(RunStatus::Ok));
            QCOMPARE(o.err, std::string());
        }
    }
    void system_exit_with_a_message_prints_it_and_exits_1() {
        Outcome o = run("import sys\nsys.exit('fatal: disk full')\n");
        QCOMPARE(o.result.exit_code, 1);
        QCOMPARE(o.err, std::string("fatal: disk full\n"));
        QCOMPARE(o.result.error_line, std::string("fatal: disk full"));
        Outcome several = run("raise SystemExit(1, 'x')\n");
        QCOMPARE(several.err, std::string("(1, 'x')\n"));
        QCOMPARE(several.result.exit_code, 1);
    }
    void system_exit_from_a_task_leaves_asyncio_run() {
        Outcome o = run(
            "import asyncio, sys\n"
            "async def job():\n    await asyncio.sleep(1)\n    sys.exit(4)\n"
            "async def main():\n    try:\n        await asyncio.gather(job())\n    finally:\n        print('cleanup')\n"
            "asyncio.run(main())\nprint('not reached')\n");
        QCOMPARE(o.result.exit_code, 4);
        QCOMPARE(o.out, std::string("cleanup\n"));
    }
    void other_exceptions_keep_exit_code_1() {
        Outcome o = run("raise ValueError('bad')\n");
        QCOMPARE(o.result.exit_code, 1);
        QVERIFY(o.err.find("Traceback") == 0);
    }
    void argv_is_the_path_and_the_program_arguments() {
        Outcome o = run("import sys\nprint(sys.argv)\n", {"a", "--b", "3"});
        QCOMPARE(o.out, std::string("['prog.py', 'a', '--b', '3']\n"));
    }
    void print_file_and_the_standard_streams() {
        Outcome o = run(
            "import sys\nprint('x', 1, file=sys.stderr, sep='-')\nn = sys.stdout.write('abc')\nprint(n, flush=True)\n"
            "sys.stderr.write('e\\n')\n");
        QCOMPARE(o.out, std::string("abc3\n"));
        QCOMPARE(o.err, std::string("x-1\ne\n"));
        QCOMPARE(o.result.exit_code, 0);
    }
    void replaced_stdout_takes_print() {
        Outcome o = run(
            "import sys, io\nsaved = sys.stdout\nsys.stdout = io.StringIO()\nprint('hidden', 42)\n"
            "text = sys.stdout.getvalue()\nsys.stdout = saved\nprint(repr(text))\n");
        QCOMPARE(o.out, std::string("'hidden 42\\n'\n"));
    }
};

QTEST_APPLESS_MAIN(TestSysExitAndStreams)
#include "test_sys_exit_and_streams.moc"
