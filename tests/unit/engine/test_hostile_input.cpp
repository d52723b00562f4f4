// Hostile input: whatever bytes a learner opens or types, run_program answers within a few seconds
// with a status and a message — never a C++ stack overflow, a hang or an allocation of gigabytes.
// Each row is a class of bad input (and every crash the fuzzers found, see tests/fuzz/README.md).
#include <QElapsedTimer>
#include <QtTest>
#include <functional>
#include <string>

#include "engine.h"

using namespace loopstep;
using namespace std::string_literals;

namespace {

std::string repeat(const std::string& text, int times) {
    std::string out;
    out.reserve(text.size() * static_cast<size_t>(times));
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

// `lines` lines, the k-th indented by k spaces and made by `line(k)`.
std::string staircase(int lines, const std::function<std::string(int)>& line) {
    std::string out;
    for (int k = 0; k < lines; ++k) out += std::string(static_cast<size_t>(k), ' ') + line(k) + "\n";
    return out;
}

// A value nested `depth` times by `wrap` (Python source that rebinds x), then `use`.
std::string nested_value(const std::string& start, const std::string& wrap, const std::string& use) {
    return "x = " + start + "\nfor _ in range(100000):\n    x = " + wrap + "\n" + use + "\n";
}

}  // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void answers_within_bound_data();
    void answers_within_bound();
};

void TestHostileInput::answers_within_bound_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");  // a part of RunResult::error_line, or of the output when Ok

    const auto row = [](const char* name, const std::string& source, RunStatus status, const char* message) {
        QTest::newRow(name) << QByteArray::fromStdString(source) << static_cast<int>(status) << QString(message);
    };
    const RunStatus refused = RunStatus::SourceError;
    const RunStatus raised = RunStatus::UncaughtException;

    // ---- the source itself
    row("null_byte_refused", "print(1)\n\0\n"s, refused, "cannot contain null bytes");
    row("latin1_bytes_refused", "s = '\xe9t\xe9'\n", refused, "invalid UTF-8 byte 0xe9");
    row("binary_junk_refused", "\x7f" "ELF\x02\x01\x01\xff\xfe\x00", refused, "t.py:1:");
    row("file_over_2_mib_refused", "x = '" + std::string(3 << 20, 'a') + "'\n", refused, "too large");
    row("bom_and_crlf_accepted", "\xEF\xBB\xBFprint('hi')\r\nprint('there')\r", RunStatus::Ok, "hi\nthere\n");
    row("million_blank_lines_run", std::string(1000000, '\n') + "print('end')\n", RunStatus::Ok, "end");
    row("megabyte_string_literal_runs", "x = '" + std::string(1 << 20, 'a') + "'\nprint(len(x))\n", RunStatus::Ok,
        "1048576");
    // A decimal literal past CPython's int-to-str limit is its SyntaxError; other bases have no limit.
    row("million_digit_int_literal_refused", "x = " + std::string(1500000, '9') + "\n", refused,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 1500000 digits");
    row("million_digit_hex_literal_runs", "x = 0x" + std::string(1500000, 'f') + "\nprint(x.bit_length())\n",
        RunStatus::Ok, "6000000");
    // Ints too large to hold are refused before they are computed.
    row("huge_shift_memory_error", "x = 1 << 10**11\n", raised, "MemoryError");
    row("huge_power_memory_error", "x = 10**10**10\n", raised, "MemoryError");
    row("huge_repeat_overflow", "x = [0] * 2**70\n", raised, "cannot fit 'int' into an index-sized integer");
    row("huge_str_of_int_limited", "print(len(str(7**10000)))\n", raised, "Exceeds the limit (4300 digits)");

    // ---- pathological nesting in the parser, symbol table and compiler
    row("5000_nested_parentheses", "x = " + repeat("(", 5000) + "1" + repeat(")", 5000) + "\n", refused,
        "too many nested parentheses");
    row("5000_nested_brackets", "x = " + repeat("[", 5000) + repeat("]", 5000) + "\n", refused,
        "too many nested parentheses");
    row("5000_unary_minus", "x = 1\ny = " + repeat("-", 5000) + "x\n", refused, "too many nested expressions");
    row("5000_not", "x = " + repeat("not ", 5000) + "True\n", refused, "too many nested expressions");
    row("5000_attribute_chain", "x = a" + repeat(".b", 5000) + "\n", refused, "too many nested expressions");
    row("5000_call_chain", "x = f" + repeat("()", 5000) + "\n", refused, "too many nested expressions");
    row("100000_term_sum", "x = 1" + repeat("+1", 100000) + "\n", refused, "too many nested expressions");
    row("5000_power_chain", "x = 1" + repeat("**1", 5000) + "\n", refused, "too many nested expressions");
    row("5000_nested_lambdas", "x = " + repeat("lambda: ", 5000) + "1\n", refused, "too many nested expressions");
    row("5000_nested_conditionals", "x = " + repeat("1 if 1 else ", 5000) + "1\n", refused,
        "too many nested expressions");
    row("5000_nested_fstrings", "x = " + repeat("f'{", 5000) + "1" + repeat("}'", 5000) + "\n", refused,
        "too many nested");
    row("1000_indentation_levels", staircase(1000, [](int) { return "if 1:"; }) + std::string(1000, ' ') + "pass\n",
        refused, "too many levels of indentation");
    row("1000_nested_defs", staircase(1000, [](int k) { return "def f" + std::to_string(k) + "():"; }) +
                                std::string(1000, ' ') + "pass\n",
        refused, "too many levels of indentation");
    row("1000_nested_classes", staircase(1000, [](int k) { return "class C" + std::to_string(k) + ":"; }) +
                                   std::string(1000, ' ') + "pass\n",
        refused, "too many levels of indentation");
    row("50000_elif_branches", "x = 3\nif x == 0:\n    pass\n" + [] {
        std::string s;
        for (int k = 1; k < 50000; ++k) s += "elif x == " + std::to_string(k) + ":\n    print(" + std::to_string(k) + ")\n";
        return s;
    }(), refused, "too many 'elif' branches");
    row("400_elif_branches_run", "x = 3\nif x == 0:\n    pass\n" + [] {
        std::string s;
        for (int k = 1; k < 400; ++k) s += "elif x == " + std::to_string(k) + ":\n    print(" + std::to_string(k) + ")\n";
        return s;
    }(), RunStatus::Ok, "3");
    row("99_nested_blocks_run", staircase(99, [](int) { return "if 1:"; }) + std::string(99, ' ') + "print('deep')\n",
        RunStatus::Ok, "deep");

    // ---- recursion inside natives: RecursionError, never a C++ stack overflow
    row("repr_of_100000_nested_lists", nested_value("[]", "[x]", "print(repr(x))"), raised,
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    row("str_of_100000_nested_dicts", nested_value("{}", "{1: x}", "print(x)"), raised,
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    row("repr_of_100000_nested_tuples", nested_value("()", "(x,)", "print(x)"), raised,
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    row("equality_of_nested_lists", "a = []\nb = []\nfor _ in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
        raised, "RecursionError: maximum recursion depth exceeded in comparison");
    row("ordering_of_nested_lists", "a = []\nb = []\nfor _ in range(100000):\n    a = [a]\n    b = [b]\nprint(a < b)\n",
        raised, "RecursionError: maximum recursion depth exceeded in comparison");
    row("equality_of_nested_dicts", "a = {}\nb = {}\nfor _ in range(100000):\n    a = {1: a}\n    b = {1: b}\nprint(a == b)\n",
        raised, "RecursionError: maximum recursion depth exceeded in comparison");
    row("membership_in_nested_lists", nested_value("[]", "[x]", "print(x in [x[0]])"), raised,
        "RecursionError: maximum recursion depth exceeded in comparison");
    row("hash_of_100000_nested_tuples", nested_value("()", "(x,)", "print(len({x: 1}))"), RunStatus::Ok, "1");
    row("freeing_a_200000_object_chain",
        "class Node:\n    pass\nx = None\nfor _ in range(200000):\n    n = Node()\n    n.next = x\n    x = n\nx = n = None\n"
        "print('freed')\n",
        RunStatus::Ok, "freed");
    row("recursive_repr_method", "class C:\n    def __repr__(self):\n        return repr(self)\nprint(C())\n", raised,
        "RecursionError");
    row("recursive_eq_method", "class C:\n    def __eq__(self, other):\n        return self == other\nprint(C() == C())\n",
        raised, "RecursionError");
    row("sorted_with_recursive_key", "def k(x):\n    return k(x)\nprint(sorted([1, 2], key=k))\n", raised,
        "RecursionError");
    row("100000_chained_generators", "g = iter([1])\nfor _ in range(100000):\n    g = (v for v in g)\nprint(list(g))\n",
        raised, "RecursionError");
    row("infinite_recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", raised, "RecursionError");

    // ---- sizes: MemoryError before allocating gigabytes
    row("str_repeated_10_to_10", "x = 'x' * 10**10\n", raised, "MemoryError");
    row("center_to_10_to_10", "x = 'a'.center(10**10)\n", raised, "MemoryError");
    row("format_width_10_to_12", "x = f'{1:999999999999}'\n", raised, "MemoryError");
    row("format_precision_10_to_9", "x = f'{1.5:.999999999f}'\n", raised, "MemoryError");
    row("format_precision_past_int_max", "x = f'{1.5:.999999999999f}'\n", raised, "ValueError: precision too big");
    row("string_doubling", "s = 'x'\nfor _ in range(64):\n    s = s + s\n", raised, "MemoryError");
    row("list_repeated_10_to_10", "x = [0] * 10**10\n", raised, "MemoryError");

    // ---- time
    row("sleep_past_clock_resolution",
        "import asyncio\nasync def main():\n    await asyncio.sleep(2e7)\n    print('woke')\nasyncio.run(main())\n",
        RunStatus::BudgetExceeded, "resolution is lost");
    row("sleep_1e300", "import asyncio\nasync def main():\n    await asyncio.sleep(1e300)\nasyncio.run(main())\n",
        RunStatus::BudgetExceeded, "--max-time");
    row("while_true_without_await", "while True:\n    pass\n", RunStatus::BudgetExceeded, "without awaiting");
    row("task_spins_without_await",
        "import asyncio\nasync def spin():\n    while True: pass\nasync def main():\n    await asyncio.sleep(0)\n"
        "    await asyncio.create_task(spin(), name='spinner')\nasyncio.run(main())\n",
        RunStatus::BudgetExceeded, "task spinner ran 5000000 instructions without awaiting (now at line 3)");
    row("import_os_refused", "import os\nos.system('echo hi')\n", refused, "module 'os' is not supported");
}

void TestHostileInput::answers_within_bound() {
    QFETCH(QByteArray, source);
    QFETCH(int, status);
    QFETCH(QString, message);

    std::string output;
    OutputSinks sinks;
    sinks.out = [&](const std::string& text) { output += text; };
    RunOptions options;
    options.max_instructions = 5'000'000;  // keeps the budget rows short under the sanitizers

    QElapsedTimer timer;
    timer.start();
    const RunResult result = run_program(source.toStdString(), "t.py", options, sinks);
    const qint64 elapsed = timer.elapsed();

    const QString said = QString::fromStdString(result.status == RunStatus::Ok ? output : result.error_line);
    QVERIFY2(static_cast<int>(result.status) == status,
             qPrintable(QString("status %1, expected %2: %3").arg(static_cast<int>(result.status)).arg(status).arg(said.left(300))));
    QVERIFY2(said.contains(message), qPrintable("said: " + said.left(300)));
    // Generous for sanitizer builds; a release build answers every row in well under a second.
    QVERIFY2(elapsed < 20000, qPrintable(QString("took %1 ms").arg(elapsed)));
}

QTEST_APPLESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
