// The engine's public entry point: run one program on the virtual clock and report what happened.
// No global state; output goes to sinks the host provides; several engines may live in one process.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace loopstep {

// Exit codes of SPEC §5.
enum class RunStatus : int {
    Ok = 0,
    UncaughtException = 1,
    SourceError = 2,
    Deadlock = 3,
    BudgetExceeded = 4,
};

// `--set LINE:COL=NUMBER`: replace the numeric literal that starts at LINE:COL.
struct LiteralEdit {
    int line = 0;
    int col = 0;
    std::string number;  // the new literal's text, e.g. "2.5"
};

// Notebook mode (SPEC §2): module-level `await` / `async for` / `async with` run as `python -m
// asyncio` runs them, the module's code one coroutine awaited by asyncio.run (it is Task-1).
enum class NotebookMode : uint8_t {
    Auto,  // on exactly when the module has top-level await (python3 prog.py would refuse it)
    On,    // --notebook: the module's code is compiled with top-level await allowed
    Off,   // --no-notebook: as python3 prog.py, top-level await is CPython's SyntaxError
};

// One of the program's own modules, found beside it as `python3 prog.py` finds them.
struct ModuleFile {
    std::string path;      // as tracebacks show it (CPython: the absolute path)
    std::string source;    // the file's raw bytes
    bool package = false;  // a package's pkg/__init__.py
};
// Looks up `import NAME` (a dotted name) among the program's own files; nullopt when there is none.
using ModuleFinder = std::function<std::optional<ModuleFile>(const std::string& dotted_name)>;
// The front ends' finder: NAME.py or NAME/__init__.py (a.b: a/b.py, a/b/__init__.py) in the
// directory of `program_path`, as sys.path[0] is for `python3 prog.py`. It reads only .py files
// there, and none larger than the engine's source limit.
ModuleFinder modules_beside(const std::string& program_path);

struct RunOptions {
    int64_t seed = 0;                  // random.seed(seed) before the program starts
    NotebookMode notebook = NotebookMode::Auto;
    std::vector<LiteralEdit> edits;
    int recursion_limit = 1000;        // as CPython's sys.getrecursionlimit()
    // What follows the program's path in its sys.argv (`loopstep-cli run prog.py -- a b`).
    std::vector<std::string> program_args;
    // Set from another thread to stop the run early (it ends with BudgetExceeded, "run stopped").
    const std::atomic<bool>* stop = nullptr;
    // Budgets (exit 4 with a one-line reason when one runs out).
    int64_t max_ticks = 1'000'000;               // task steps
    int64_t max_instructions = 20'000'000;       // between two awaits (one step, or the module's code)
    int64_t max_live_tasks = 100'000;            // tasks not yet done
    int64_t max_objects = 4'000'000;             // live program objects (then MemoryError)
    double max_virtual_time = 1e9;               // seconds on the virtual clock
    // For a process that exits right after the run (loopstep-cli): skip freeing the program's
    // objects one by one at the end; the operating system takes the memory back at once.
    bool leave_objects_at_end = false;
    // The program's own modules (`import helpers`); none when unset (a lesson inside the app).
    ModuleFinder find_module;
};

struct OutputSinks {
    std::function<void(const std::string&)> out;  // the program's stdout, as written
    std::function<void(const std::string&)> err;  // tracebacks and one-line reasons
    // Each task step (one Task.__step): the loop time and the task's name.
    std::function<void(double clock, const std::string& task)> step;
    // Once, before the program runs: how it runs when that is not as `python3 prog.py` would
    // (notebook mode). One line, `FILE:LINE: note: ...`; not the program's output.
    std::function<void(const std::string&)> note;
};

struct RunResult {
    RunStatus status = RunStatus::Ok;
    std::optional<Diagnostic> diagnostic;  // set when status == SourceError
    std::string error_line;                // last line of the error report (e.g. "ValueError: bad")
    bool notebook = false;                 // ran in notebook mode (the module's code was Task-1)
    std::string note;                      // the note given to OutputSinks::note, if any
    std::vector<std::string> loaded_files; // the program's own modules it imported, in that order (paths)
    // The process's exit status: static_cast<int>(status), except when the program ended with
    // SystemExit (`sys.exit(3)`: 3, status UncaughtException; `sys.exit()`: 0, status Ok).
    int exit_code = 0;
};

class Trace;

// Reads, checks, compiles and runs `source` (raw bytes of a .py file). With `trace`, records the
// run's ticks, lines, output and loop states into it (trace.h).
RunResult run_program(const std::string& source, const std::string& filename, const RunOptions& options,
                      const OutputSinks& sinks, Trace* trace = nullptr);

}  // namespace loopstep
