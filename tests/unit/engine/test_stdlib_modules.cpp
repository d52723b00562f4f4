// The modules a program may import (compiler/supported_modules.h) and the ones Loopstep carries:
// every accepted name imports in a fresh runtime, every module written in Python is accepted, and
// an import compiles its module once and runs it once per runtime.
#include <QtTest>
#include <algorithm>
#include <string>

#include "compiler/supported_modules.h"
#include "engine.h"
#include "modules/stdlib_modules.h"

using namespace loopstep;

namespace {

struct Outcome {
    RunResult result;
    std::string out;
    std::string err;
};

Outcome run(const std::string& source) {
    Outcome o;
    OutputSinks sinks;
    sinks.out = [&](const std::string& s) { o.out += s; };
    sinks.err = [&](const std::string& s) { o.err += s; };
    o.result = run_program(source, "prog.py", RunOptions{}, sinks);
    return o;
}

}  // namespace

class TestStdlibModules : public QObject {
    Q_OBJECT

private slots:
    void every_supported_module_imports_data();
    void every_supported_module_imports();
    void every_python_module_is_supported();
    void a_module_runs_once_per_runtime();
    void an_unsupported_module_is_refused_before_running();
};

void TestStdlibModules::every_supported_module_imports_data() {
    QTest::addColumn<QString>("module");
    for (std::string_view name : kSupportedModules) {
        std::string row(name);
        QTest::newRow(row.c_str()) << QString::fromStdString(row);
    }
}

void TestStdlibModules::every_supported_module_imports() {
    QFETCH(QString, module);
    const std::string name = module.toStdString();
    Outcome o = run("import " + name + "\nprint(" + name + ".__name__)\n");
    QCOMPARE(static_cast<int>(o.result.status), static_cast<int>(RunStatus::Ok));
    QCOMPARE(o.out, name + "\n");
}

void TestStdlibModules::every_python_module_is_supported() {
    const std::vector<std::string> carried = stdlib_python_module_names();
    QVERIFY(carried.size() >= 7);
    for (const std::string& name : carried) QVERIFY2(is_supported_module(name), name.c_str());
}

void TestStdlibModules::a_module_runs_once_per_runtime() {
    // The second import finds the first's module: state set on it is still there.
    Outcome o = run(
        "import functools\nfunctools.marker = 42\nimport functools as again\nfrom functools import marker\n"
        "print(again.marker, marker, again is functools)\n");
    QCOMPARE(static_cast<int>(o.result.status), static_cast<int>(RunStatus::Ok));
    QCOMPARE(o.out, std::string("42 42 True\n"));
    // A new runtime gets a new module.
    Outcome fresh = run("import functools\nprint(hasattr(functools, 'marker'))\n");
    QCOMPARE(fresh.out, std::string("False\n"));
}

void TestStdlibModules::an_unsupported_module_is_refused_before_running() {
    Outcome o = run("print('never')\nimport socket\n");
    QCOMPARE(static_cast<int>(o.result.status), static_cast<int>(RunStatus::SourceError));
    QVERIFY(o.out.empty());
}

QTEST_APPLESS_MAIN(TestStdlibModules)
#include "test_stdlib_modules.moc"
