// The command line of `loopstep-cli` (SPEC §5), turned into data before anything runs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine.h"

namespace loopstep::cli {

enum class Command { Run, Steps, Table, Trace };

std::optional<Command> command_from_name(std::string_view name);
std::string_view command_name(Command command);

struct Invocation {
    Command command = Command::Run;
    std::string file;
    RunOptions options;
    bool record_trace = false;  // run --record: record the trace as the app does (benchmarks)
    std::string table_format = "text";  // table --format text|markdown|csv
};

struct ParsedArguments {
    enum class Action { Execute, ShowHelp, ShowVersion, UsageError };
    Action action = Action::UsageError;
    Invocation invocation;  // meaningful when action == Execute
    std::string error;      // why the arguments were refused, when action == UsageError
};

// `arguments` excludes the program name (argv[0]).
ParsedArguments parse_arguments(const std::vector<std::string>& arguments);

std::string usage_text();

}  // namespace loopstep::cli
