// run_program: source bytes → checked text → AST → bytecode → a run on a fresh runtime.
#include "engine.h"

#include <memory>
#include <sstream>

#include "compiler/compiler.h"
#include "modules/own_modules.h"
#include "source/source_text.h"
#include "syntax/literal_edit.h"
#include "syntax/parser.h"
#include "trace/trace.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"

namespace loopstep {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

// What notebook mode is, once, for the learner who wrote `await` at module level.
std::string notebook_note(const Diagnostic& first_await, const std::string& filename) {
    return filename + ":" + std::to_string(first_await.line) +
           ": note: notebook mode: top-level await runs as `python -m asyncio` and notebooks run it: the "
           "module's code is one coroutine awaited by asyncio.run (Task-1); `python3 " + filename +
           "` would refuse it (SyntaxError: " + first_await.message + ")";
}

RunResult source_error(Diagnostic d) {
    RunResult result;
    result.status = RunStatus::SourceError;
    result.error_line = d.format();
    result.exit_code = static_cast<int>(RunStatus::SourceError);
    result.diagnostic = std::move(d);
    return result;
}

// An uncaught SystemExit ends the run as CPython ends the process: no traceback; its code None is
// status 0, an int is the status itself, anything else is printed (str) on stderr with status 1.
// Returns what goes to stderr.
std::string system_exit_status(Interp& vm, const Value& exception, RunResult& result) {
    Value code;
    try {
        code = vm.lookup_attr(exception, vm.intern("code"));
    } catch (PyError&) {
        code = Value();
    }
    std::string report;
    if (code.is_unset() || code.is_none()) {
        result.exit_code = 0;
    } else if (code.is_intlike()) {
        result.exit_code = static_cast<int>(code.as_int() & 0xff);
    } else {
        result.exit_code = 1;
        try {
            report = vm.to_str(code) + "\n";
        } catch (PyError&) {
            report = "\n";
        }
    }
    result.status = result.exit_code == 0 ? RunStatus::Ok : RunStatus::UncaughtException;
    if (result.exit_code != 0) {
        std::string last = report;
        while (!last.empty() && last.back() == '\n') last.pop_back();
        size_t cut = last.rfind('\n');
        result.error_line = cut == std::string::npos ? last : last.substr(cut + 1);
    }
    return report;
}

}  // namespace

RunResult run_program(const std::string& source, const std::string& filename, const RunOptions& options,
                      const OutputSinks& sinks, Trace* trace) {
    if (trace) {
        *trace = Trace();
        trace->filename = filename;
    }
    std::string text = source;
    auto refuse = [&](Diagnostic d) {
        RunResult r = source_error(std::move(d));
        if (trace) trace->result = r;
        return r;
    };
    if (auto d = normalize_source(text, filename)) return refuse(*d);
    if (!options.edits.empty())
        if (auto d = apply_literal_edits(text, options.edits, filename)) return refuse(*d);
    ParseResult parsed = parse_module(text, filename);
    if (parsed.error) return refuse(*parsed.error);
    // Top-level await is allowed unless --no-notebook: a module without it compiles the same either
    // way, and one with it becomes a coroutine (CPython retrying with PyCF_ALLOW_TOP_LEVEL_AWAIT).
    CompileResult compiled =
        compile_module(*parsed.module, filename, options.notebook != NotebookMode::Off);
    if (compiled.error) return refuse(*compiled.error);
    std::map<std::string, OwnModule> own_modules;
    if (auto d = resolve_own_modules(*compiled.code, options.find_module, own_modules)) return refuse(*d);

    RunResult result;
    result.notebook = (compiled.code->flags & kCoroutine) != 0;
    if (result.notebook) {
        result.note = notebook_note(*compiled.top_level_await, filename);
    } else if (options.notebook == NotebookMode::On) {
        // As in `python -m asyncio`: code without top-level await runs at once, in no task.
        result.note = filename + ":1: note: --notebook: no top-level await here, so the module runs as `python3 " +
                      filename + "` runs it";
    }
    if (!result.note.empty() && sinks.note) sinks.note(result.note);
    auto owner = std::make_unique<Interp>(options, sinks);
    Interp& vm = *owner;
    vm.source_lines = split_lines(text);
    vm.main_filename = filename;
    vm.own_modules = std::move(own_modules);
    std::optional<TraceRecorder> recorder;
    if (trace) {
        recorder.emplace(vm, *trace);
        vm.tracer = &*recorder;
        if (result.notebook) recorder->notebook_mode();
    }
    std::string report;
    bool exited = false;  // by SystemExit: result.exit_code is already its status
    try {
        vm.run_module(compiled.code, filename);
    } catch (PyError& error) {
        if (vm.isinstance(error.exception, vm.exc.system_exit.get())) {
            report = system_exit_status(vm, error.exception, result);
            exited = true;
        } else {
            result.status = RunStatus::UncaughtException;
            result.error_line = vm.exception_line(error.exception);
            report = vm.format_traceback(error.exception);
        }
    } catch (Deadlock& deadlock) {
        result.status = RunStatus::Deadlock;
        result.error_line = deadlock.line;
        report = deadlock.report + deadlock.line + "\n";
    } catch (BudgetExceeded& budget) {
        result.status = RunStatus::BudgetExceeded;
        result.error_line = budget.reason;
        report = budget.reason + "\n";
    }
    result.loaded_files = vm.loaded_files;
    if (!exited) result.exit_code = static_cast<int>(result.status);
    if (!report.empty() && sinks.err) sinks.err(report);
    if (recorder) {
        recorder->finish(result, report);
        vm.tracer = nullptr;
    }
    if (options.leave_objects_at_end) (void)owner.release();  // the process is about to exit
    return result;
}

}  // namespace loopstep
