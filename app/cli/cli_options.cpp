#include <algorithm>
#include <cstdlib>
#include <iterator>
#include "cli_options.h"

#include <array>
#include <charconv>
#include <regex>
#include <utility>

namespace loopstep::cli {

namespace {

constexpr std::array<std::pair<Command, std::string_view>, 4> kCommandNames{{
    {Command::Run, "run"},
    {Command::Steps, "steps"},
    {Command::Table, "table"},
    {Command::Trace, "trace"},
}};

template <typename Integer>
bool parse_integer(std::string_view text, Integer& value) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [stop, error] = std::from_chars(begin, end, value);
    return !text.empty() && error == std::errc() && stop == end;
}

// The replacement must itself be one numeric literal (no sign, no underscores) so that the engine
// can put it in place of the old token without re-reading the surrounding expression.
bool is_number_literal(const std::string& text) {
    static const std::regex literal(R"((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)");
    return std::regex_match(text, literal);
}

// LINE:COL=NUMBER
std::optional<LiteralEdit> parse_literal_edit(const std::string& text) {
    const auto colon = text.find(':');
    const auto equals = text.find('=');
    if (colon == std::string::npos || equals == std::string::npos || equals < colon) {
        return std::nullopt;
    }
    LiteralEdit edit;
    edit.number = text.substr(equals + 1);
    const std::string_view view(text);
    if (!parse_integer(view.substr(0, colon), edit.line) ||
        !parse_integer(view.substr(colon + 1, equals - colon - 1), edit.col) || edit.line < 1 ||
        edit.col < 1 || !is_number_literal(edit.number)) {
        return std::nullopt;
    }
    return edit;
}

ParsedArguments refuse(std::string error) {
    ParsedArguments parsed;
    parsed.action = ParsedArguments::Action::UsageError;
    parsed.error = std::move(error);
    return parsed;
}

ParsedArguments only(ParsedArguments::Action action) {
    ParsedArguments parsed;
    parsed.action = action;
    return parsed;
}

}  // namespace

std::optional<Command> command_from_name(std::string_view name) {
    for (const auto& [command, command_text] : kCommandNames) {
        if (command_text == name) return command;
    }
    return std::nullopt;
}

std::string_view command_name(Command command) {
    for (const auto& [known, text] : kCommandNames) {
        if (known == command) return text;
    }
    return "?";
}

ParsedArguments parse_arguments(const std::vector<std::string>& arguments) {
    using Action = ParsedArguments::Action;
    if (arguments.empty()) return refuse("missing command");

    const std::string& first = arguments.front();
    if (first == "-h" || first == "--help") return only(Action::ShowHelp);
    if (first == "--version") return only(Action::ShowVersion);
    const auto command = command_from_name(first);
    if (!command) return refuse("unknown command '" + first + "'");

    ParsedArguments parsed;
    parsed.action = Action::Execute;
    Invocation& invocation = parsed.invocation;
    invocation.command = *command;
    bool have_file = false;
    bool options_ended = false;

    for (size_t i = 1; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const bool is_option = !options_ended && argument.size() > 1 && argument[0] == '-';
        if (!is_option) {
            // After `--` and the file: the program's own arguments (its sys.argv[1:]).
            if (have_file && options_ended) {
                invocation.options.program_args.push_back(argument);
                continue;
            }
            if (have_file) return refuse("unexpected argument '" + argument + "'");
            invocation.file = argument;
            have_file = true;
            continue;
        }
        if (argument == "--") {
            options_ended = true;
            continue;
        }
        if (argument == "-h" || argument == "--help") return only(Action::ShowHelp);
        if (argument == "--version") return only(Action::ShowVersion);
        if (argument == "--record") {
            invocation.record_trace = true;
            continue;
        }
        if (argument == "--notebook" || argument == "--no-notebook") {
            invocation.options.notebook =
                argument == "--notebook" ? loopstep::NotebookMode::On : loopstep::NotebookMode::Off;
            continue;
        }

        // --name VALUE or --name=VALUE
        const auto equals = argument.find('=');
        const std::string name = argument.substr(0, equals);
        static const char* const budgets[] = {"--max-ticks", "--max-instructions", "--max-tasks", "--max-objects", "--max-time"};
        const bool is_budget = std::find(std::begin(budgets), std::end(budgets), name) != std::end(budgets);
        if (name != "--seed" && name != "--set" && name != "--format" && !is_budget)
            return refuse("unknown option '" + argument + "'");
        std::string value;
        if (equals != std::string::npos) {
            value = argument.substr(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return refuse("option '" + name + "' needs a value");
        }

        if (name == "--format") {
            if (value != "text" && value != "markdown" && value != "csv")
                return refuse("--format wants text, markdown or csv, not '" + value + "'");
            invocation.table_format = value;
            continue;
        }
        if (is_budget) {
            auto& o = invocation.options;
            if (name == "--max-time") {
                char* end = nullptr;
                const double seconds = std::strtod(value.c_str(), &end);
                if (value.empty() || *end != '\0' || !(seconds > 0)) return refuse("--max-time wants a positive number of seconds, not '" + value + "'");
                o.max_virtual_time = seconds;
                continue;
            }
            int64_t n = 0;
            if (!parse_integer(std::string_view(value), n) || n <= 0) return refuse(name + " wants a positive integer, not '" + value + "'");
            if (name == "--max-ticks") o.max_ticks = n;
            else if (name == "--max-instructions") o.max_instructions = n;
            else if (name == "--max-tasks") o.max_live_tasks = n;
            else o.max_objects = n;
            continue;
        }
        if (name == "--seed") {
            if (!parse_integer(std::string_view(value), invocation.options.seed)) {
                return refuse("--seed wants an integer, not '" + value + "'");
            }
        } else {
            auto edit = parse_literal_edit(value);
            if (!edit) return refuse("--set wants LINE:COL=NUMBER, not '" + value + "'");
            invocation.options.edits.push_back(std::move(*edit));
        }
    }

    if (!have_file) return refuse("missing FILE.py");
    return parsed;
}

std::string usage_text() {
    return R"(Usage: loopstep-cli COMMAND FILE.py [--seed N] [--set LINE:COL=NUMBER]... [-- ARG...]
       loopstep-cli --help | --version

Runs a Python asyncio program on Loopstep's simulated event loop with a virtual clock.

Commands:
  run     run the program; its output goes to stdout, tracebacks to stderr
  steps   one line per task step: '<loop.time()> <task name>'
  table   the event-loop tables T0 ... Tn
  trace   the whole trace as JSON

Options:
  --seed N               seed the random module with N instead of 0
  --set LINE:COL=NUMBER  replace the numeric literal starting at LINE:COL (1-based); repeatable
  --format FORMAT        (table) text (default), markdown or csv
  --record               (run) record the whole trace as the app does, and drop it; for benchmarks
  --notebook             allow top-level await, as `python -m asyncio` and notebooks do (the default
                         when the file has it: a one-line note on stderr says so)
  --no-notebook          run as `python3 FILE.py` does: top-level await is a SyntaxError (exit 2)
  --max-ticks N          stop after N task steps (default 1000000)
  --max-instructions N   stop a task (or the module) running N instructions without an await (default 20000000)
  --max-tasks N          at most N tasks alive at once (default 100000)
  --max-objects N        MemoryError beyond N live objects (default 4000000)
  --max-time SECONDS     stop when the virtual clock would pass SECONDS (default 1e9)
  -- ARG...              after the file: the program's arguments (sys.argv[1:])
  -h, --help             show this help and exit
  --version              show the version and exit

Exit status:
  0  the program finished
  1  uncaught exception
  2  the source can't be run (syntax error, unsupported construct) or bad usage
  3  deadlock
  4  a budget ran out (ticks, instructions, recursion, memory, virtual time)
)";
}

}  // namespace loopstep::cli
