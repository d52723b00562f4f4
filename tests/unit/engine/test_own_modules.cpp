// A program's own modules (`import helpers` finds helpers.py beside it, SPEC §3) through the
// engine's ModuleFinder, with in-memory files; and whose gap a missing module or name is: CPython's
// standard library that Loopstep lacks says so, anything else is CPython's ModuleNotFoundError.
#include <QtTest>
#include <map>
#include <string>

#include "engine.h"

using namespace loopstep;

namespace {

struct Outcome {
    RunResult result;
    std::string out;
    std::string err;
};

using Files = std::map<std::string, std::string>;  // path relative to the program's folder → text

Outcome run(const std::string& main, const Files& files = {}) {
    Outcome o;
    OutputSinks sinks;
    sinks.out = [&](const std::string& s) { o.out += s; };
    sinks.err = [&](const std::string& s) { o.err += s; };
    RunOptions options;
    options.find_module = [files](const std::string& dotted) -> std::optional<ModuleFile> {
        std::string path = dotted;
        for (char& c : path)
            if (c == '.') c = '/';
        if (auto it = files.find(path + "/__init__.py"); it != files.end())
            return ModuleFile{"/p/" + it->first, it->second, true};
        if (auto it = files.find(path + ".py"); it != files.end()) return ModuleFile{"/p/" + it->first, it->second, false};
        return std::nullopt;
    };
    o.result = run_program(main, "/p/main.py", options, sinks);
    return o;
}

int status(const Outcome& o) { return static_cast<int>(o.result.status); }

}  // namespace

class TestOwnModules : public QObject {
    Q_OBJECT

private slots:
    void a_module_beside_the_program_runs_once_on_first_import() {
        Outcome o = run("import helpers\nimport helpers as h\nprint(helpers.twice(21), h is helpers, helpers.__name__)\n",
                        {{"helpers.py", "print('loading')\ndef twice(x):\n    return 2 * x\n"}});
        QCOMPARE(status(o), static_cast<int>(RunStatus::Ok));
        QCOMPARE(o.out, std::string("loading\n42 True helpers\n"));
        QCOMPARE(o.result.loaded_files, std::vector<std::string>{"/p/helpers.py"});
    }

    void a_package_with_relative_imports_and_submodules() {
        Outcome o = run("import shop.workers\nfrom shop import orders, VERSION\nprint(VERSION, orders.make(), "
                        "shop.workers.run(), shop.__package__, orders.__package__)\n",
                        {{"shop/__init__.py", "from .orders import make\nVERSION = '1.0'\n"},
                         {"shop/orders.py", "def make():\n    return 'order'\n"},
                         {"shop/workers.py", "from . import orders\nfrom .. import nothing\n"
                                             "def run():\n    return 'ran'\n"}});
        // `from .. import` beyond the top package: CPython's ImportError, at the import's line.
        QCOMPARE(status(o), static_cast<int>(RunStatus::UncaughtException));
        QCOMPARE(o.result.error_line, std::string("ImportError: attempted relative import beyond top-level package"));
        QVERIFY2(o.err.find("File \"/p/shop/workers.py\", line 2, in <module>\n    from .. import nothing\n") !=
                     std::string::npos,
                 o.err.c_str());
    }

    void a_relative_import_in_the_main_program_has_no_parent_package() {
        Outcome o = run("from . import helpers\n", {{"helpers.py", "x = 1\n"}});
        QCOMPARE(o.result.error_line, std::string("ImportError: attempted relative import with no known parent package"));
    }

    void star_import_takes_all_or_the_public_names() {
        Outcome o = run("from a import *\nfrom b import *\nprint(one, two, three)\ntry:\n    _private\nexcept NameError as e:\n"
                        "    print(e)\ntry:\n    hidden\nexcept NameError as e:\n    print(e)\n",
                        {{"a.py", "one = 1\ntwo = 2\n_private = 0\n"}, {"b.py", "__all__ = ['three']\nthree = 3\nhidden = 4\n"}});
        QCOMPARE(o.out, std::string("1 2 3\nname '_private' is not defined\nname 'hidden' is not defined\n"));
    }

    void a_refused_construct_in_a_module_is_refused_before_running() {
        Outcome o = run("print('never')\nimport helpers\n", {{"helpers.py", "x = 1\nmatch x:\n    case 1:\n        pass\n"}});
        QCOMPARE(status(o), static_cast<int>(RunStatus::SourceError));
        QCOMPARE(o.out, std::string());
        QVERIFY2(o.result.diagnostic && o.result.diagnostic->file == "/p/helpers.py" && o.result.diagnostic->line == 2,
                 o.result.error_line.c_str());
    }

    void a_missing_module_is_cpythons_module_not_found_error_at_its_line() {
        Outcome o = run("import asyncio\nprint('first')\nimport numpy\n");
        QCOMPARE(o.out, std::string("first\n"));
        QCOMPARE(o.result.error_line, std::string("ModuleNotFoundError: No module named 'numpy'"));
        QVERIFY2(o.err.find("line 3") != std::string::npos, o.err.c_str());
    }

    void a_standard_module_loopstep_lacks_is_loopsteps_gap() {
        Outcome o = run("import subprocess\n");
        QCOMPARE(status(o), static_cast<int>(RunStatus::SourceError));
        QCOMPARE(o.result.diagnostic->message, std::string("module 'subprocess' is not supported by Loopstep"));
    }

    void a_name_cpython_has_and_loopstep_lacks_is_loopsteps_gap() {
        // `asyncio.BaseEventLoop` is CPython's, not Loopstep's (whose loop is its own).
        Outcome o = run("import asyncio\ntry:\n    asyncio.BaseEventLoop\nexcept AttributeError as e:\n    print(e)\n"
                        "try:\n    asyncio.no_such_name\nexcept AttributeError as e:\n    print(e)\n"
                        "from asyncio import BaseEventLoop\n");
        QCOMPARE(o.out, std::string("module 'asyncio' has no attribute 'BaseEventLoop' (asyncio.BaseEventLoop is not "
                                    "supported by Loopstep)\nmodule 'asyncio' has no attribute 'no_such_name'\n"));
        QCOMPARE(o.result.error_line, std::string("ImportError: cannot import name 'BaseEventLoop' from 'asyncio' "
                                                  "(asyncio.BaseEventLoop is not supported by Loopstep)"));
    }

    void a_program_module_may_shadow_a_standard_one() {
        // As sys.path[0] does for `python3 prog.py`: the file beside the program wins.
        Outcome o = run("import bisect\nprint(bisect.mine)\n", {{"bisect.py", "mine = 'the program s own bisect'\n"}});
        QCOMPARE(o.out, std::string("the program s own bisect\n"));
    }

    void without_a_finder_nothing_is_found() {
        Outcome o;
        OutputSinks sinks;
        sinks.err = [&](const std::string& s) { o.err += s; };
        o.result = run_program("import helpers\n", "lesson.py", RunOptions{}, sinks);
        QCOMPARE(o.result.error_line, std::string("ModuleNotFoundError: No module named 'helpers'"));
    }
};

QTEST_GUILESS_MAIN(TestOwnModules)
#include "test_own_modules.moc"
