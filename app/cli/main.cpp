// loopstep-cli: the console front end on the engine (SPEC §5).
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli_options.h"
#include "engine.h"
#include "numbers/float_format.h"
#include "source/diagnostic.h"
#include "trace/trace.h"
#include "trace/trace_format.h"

namespace {

using loopstep::cli::Command;
using loopstep::cli::Invocation;

constexpr int kUsageExitCode = static_cast<int>(loopstep::RunStatus::SourceError);

std::optional<std::string> read_file_bytes(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return std::nullopt;
    std::string bytes;
    std::array<char, 64 * 1024> chunk;
    size_t count = 0;
    while ((count = std::fread(chunk.data(), 1, chunk.size(), file)) > 0) {
        bytes.append(chunk.data(), count);
    }
    // A directory opens fine on Linux and fails only here, on read.
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) return std::nullopt;
    return bytes;
}

loopstep::OutputSinks console_sinks() {
    // On a terminal every write shows at once; into a pipe stdout stays buffered for speed, and is
    // flushed before anything goes to stderr so the two streams interleave in program order.
    const bool stdout_is_terminal = isatty(STDOUT_FILENO) != 0;
    loopstep::OutputSinks sinks;
    sinks.out = [stdout_is_terminal](const std::string& text) {
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (stdout_is_terminal) std::cout.flush();
    };
    sinks.err = [](const std::string& text) {
        std::cout.flush();
        std::cerr.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cerr.flush();
    };
    sinks.note = [](const std::string& text) {
        std::cout.flush();
        std::cerr << text << '\n';
        std::cerr.flush();
    };
    return sinks;
}

void report_error(const std::string& line) {
    std::cout.flush();
    std::cerr << line << '\n';
}

// Reads FILE and runs it with `sinks` (recording into `trace` when given). Refused programs and
// unreadable files are reported on stderr; the result's status is the exit code.
std::optional<loopstep::RunResult> run_file(const Invocation& invocation, const loopstep::OutputSinks& sinks,
                                            loopstep::Trace* trace) {
    const auto source = read_file_bytes(invocation.file);
    if (!source) {
        report_error(loopstep::Diagnostic{invocation.file, 0, 0, "cannot open file"}.format());
        return std::nullopt;
    }
    loopstep::RunResult result = loopstep::run_program(*source, invocation.file, invocation.options, sinks, trace);
    if (result.status == loopstep::RunStatus::SourceError && result.diagnostic) report_error(result.diagnostic->format());
    return result;
}

int exit_code(const std::optional<loopstep::RunResult>& result) {
    std::cout.flush();
    return result ? result->exit_code : kUsageExitCode;
}

int run_command(const Invocation& invocation) {
    static loopstep::Trace trace;  // static: freed at exit only when the process frees at all (main)
    return exit_code(run_file(invocation, console_sinks(), invocation.record_trace ? &trace : nullptr));
}

// `steps`: the program's stdout is dropped; each task step prints '<loop.time()> <task name>'.
int steps_command(const Invocation& invocation) {
    loopstep::OutputSinks sinks = console_sinks();
    sinks.out = [](const std::string&) {};
    sinks.step = [](double clock, const std::string& task) {
        const std::string line = loopstep::float_repr(clock) + ' ' + task + '\n';
        std::cout.write(line.data(), static_cast<std::streamsize>(line.size()));
    };
    return exit_code(run_file(invocation, sinks, nullptr));
}

// `table` and `trace`: the program's stdout is dropped; the trace is printed instead.
int trace_output_command(const Invocation& invocation, bool json) {
    loopstep::OutputSinks sinks = console_sinks();
    sinks.out = [](const std::string&) {};
    static loopstep::Trace trace;  // static: freed at exit only when the process frees at all (main)
    const auto result = run_file(invocation, sinks, &trace);
    if (!result || (!json && result->status == loopstep::RunStatus::SourceError)) return exit_code(result);
    std::string text;
    if (json) text = loopstep::trace_to_json(trace);
    else if (invocation.table_format == "markdown") text = loopstep::format_tables_markdown(trace);
    else if (invocation.table_format == "csv") text = loopstep::format_tables_csv(trace);
    else text = loopstep::format_tables(trace);
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    return exit_code(result);
}

int table_command(const Invocation& invocation) { return trace_output_command(invocation, false); }
int trace_command(const Invocation& invocation) { return trace_output_command(invocation, true); }

using CommandHandler = int (*)(const Invocation&);

constexpr std::array<std::pair<Command, CommandHandler>, 4> kCommandHandlers{{
    {Command::Run, &run_command},
    {Command::Steps, &steps_command},
    {Command::Table, &table_command},
    {Command::Trace, &trace_command},
}};

CommandHandler handler_for(Command command) {
    for (const auto& [known, handler] : kCommandHandlers) {
        if (known == command) return handler;
    }
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
    const auto parsed = loopstep::cli::parse_arguments(arguments);

    switch (parsed.action) {
        case loopstep::cli::ParsedArguments::Action::ShowHelp:
            std::cout << loopstep::cli::usage_text();
            return 0;
        case loopstep::cli::ParsedArguments::Action::ShowVersion:
            std::cout << "loopstep-cli " << LOOPSTEP_VERSION << '\n';
            return 0;
        case loopstep::cli::ParsedArguments::Action::UsageError:
            std::cerr << "loopstep-cli: " << parsed.error << "\n\n" << loopstep::cli::usage_text();
            return kUsageExitCode;
        case loopstep::cli::ParsedArguments::Action::Execute:
            break;
    }

    // Under the sanitizers everything is freed at the end, so that LeakSanitizer sees every leak;
    // otherwise the process leaves the program's objects and the trace to the OS (much quicker).
#ifdef __SANITIZE_ADDRESS__
    constexpr bool kFreeAtExit = true;
#else
    constexpr bool kFreeAtExit = false;
#endif
    Invocation invocation = parsed.invocation;
    invocation.options.leave_objects_at_end = !kFreeAtExit;
    invocation.options.find_module = loopstep::modules_beside(invocation.file);
    const CommandHandler handler = handler_for(invocation.command);
    if (handler == nullptr) {
        std::cerr << "loopstep-cli: '" << loopstep::cli::command_name(invocation.command)
                  << "' is not available yet\n";
        return kUsageExitCode;
    }
    const int code = handler(invocation);
    if (kFreeAtExit) return code;
    std::cout.flush();
    std::cerr.flush();
    std::_Exit(code);
}
