// The built-in exception hierarchy, exception objects' attributes and methods, and CPython's
// traceback format.
#include <algorithm>

#include "vm/interp.h"

namespace loopstep {

void Interp::bootstrap_exceptions() {
    auto make = [&](const char* name, const Ref<ClassObject>& base) {
        Ref<ClassObject> cls = make_class(name, {base}, InstanceLayout::Exception);
        return cls;
    };
    exc.base_exception = make_class("BaseException", {}, InstanceLayout::Exception);
    exc.exception = make("Exception", exc.base_exception);
    exc.system_exit = make("SystemExit", exc.base_exception);
    exc.keyboard_interrupt = make("KeyboardInterrupt", exc.base_exception);
    exc.generator_exit = make("GeneratorExit", exc.base_exception);
    exc.base_exception_group = make("BaseExceptionGroup", exc.base_exception);
    exc.exception_group = make_class("ExceptionGroup", {exc.base_exception_group, exc.exception}, InstanceLayout::Exception);
    exc.arithmetic_error = make("ArithmeticError", exc.exception);
    exc.zero_division_error = make("ZeroDivisionError", exc.arithmetic_error);
    exc.overflow_error = make("OverflowError", exc.arithmetic_error);
    exc.assertion_error = make("AssertionError", exc.exception);
    exc.attribute_error = make("AttributeError", exc.exception);
    exc.lookup_error = make("LookupError", exc.exception);
    exc.index_error = make("IndexError", exc.lookup_error);
    exc.key_error = make("KeyError", exc.lookup_error);
    exc.name_error = make("NameError", exc.exception);
    exc.unbound_local_error = make("UnboundLocalError", exc.name_error);
    exc.runtime_error = make("RuntimeError", exc.exception);
    exc.not_implemented_error = make("NotImplementedError", exc.runtime_error);
    exc.recursion_error = make("RecursionError", exc.runtime_error);
    exc.stop_iteration = make("StopIteration", exc.exception);
    exc.stop_async_iteration = make("StopAsyncIteration", exc.exception);
    exc.type_error = make("TypeError", exc.exception);
    exc.value_error = make("ValueError", exc.exception);
    exc.unicode_error = make("UnicodeError", exc.value_error);
    exc.import_error = make("ImportError", exc.exception);
    exc.module_not_found_error = make("ModuleNotFoundError", exc.import_error);
    exc.memory_error = make("MemoryError", exc.exception);
    exc.os_error = make("OSError", exc.exception);
    exc.timeout_error = make("TimeoutError", exc.os_error);
    exc.cancelled_error = make("CancelledError", exc.base_exception);
    exc.cancelled_error->module = "asyncio.exceptions";
    exc.invalid_state_error = make("InvalidStateError", exc.exception);
    exc.invalid_state_error->module = "asyncio.exceptions";
    exc.queue_empty = make("QueueEmpty", exc.exception);
    exc.queue_empty->module = "asyncio.queues";
    exc.queue_full = make("QueueFull", exc.exception);
    exc.queue_full->module = "asyncio.queues";
    // The rest of the builtin hierarchy, for programs that raise or catch them by name.
    auto other = [&](const char* name, const Ref<ClassObject>& base) {
        Ref<ClassObject> cls = make(name, base);
        exc.others.push_back(cls);
        return cls;
    };
    Ref<ClassObject> connection = other("ConnectionError", exc.os_error);
    for (const char* name : {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"})
        other(name, connection);
    for (const char* name : {"FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
                             "InterruptedError", "ChildProcessError", "ProcessLookupError", "BlockingIOError"})
        other(name, exc.os_error);
    other("EOFError", exc.exception);
    other("FloatingPointError", exc.arithmetic_error);
    other("BufferError", exc.exception);
    other("ReferenceError", exc.exception);
    other("SystemError", exc.exception);
    for (const char* name : {"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"}) other(name, exc.unicode_error);
    Ref<ClassObject> warning = other("Warning", exc.exception);
    for (const char* name : {"UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning",
                             "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
        other(name, warning);
}

std::string Interp::exception_line(const Value& exception) {
    auto* e = exception.as<ExceptionObject>();
    if (!e) return repr(exception);
    std::string name = e->type()->name;
    // As traceback.format_exception_only: the module is shown unless it is __main__ or builtins.
    const std::string& module = e->type()->module;
    if (module != "builtins" && module != "__main__") name = module + "." + e->type()->qualname;
    std::string message;
    try {
        message = to_str(exception);
    } catch (PyError&) {
        message = "<exception str() failed>";
    }
    if (message.empty()) return name;
    return name + ": " + message;
}

static std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

static void format_one(Interp& vm, const Value& exception, std::string& out, int depth) {
    auto* e = exception.as<ExceptionObject>();
    if (!e) {
        out += vm.repr(exception) + "\n";
        return;
    }
    if (depth < 20) {
        if (e->cause.is_set() && !e->cause.is_none()) {
            format_one(vm, e->cause, out, depth + 1);
            out += "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context.is_set() && !e->context.is_none() && !e->suppress_context) {
            format_one(vm, e->context, out, depth + 1);
            out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
    }
    if (!e->traceback.empty()) {
        out += "Traceback (most recent call last):\n";
        // Stored innermost first while unwinding; printed outermost first.
        for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
            out += "  File \"" + it->filename + "\", line " + std::to_string(it->line) + ", in " + it->function + "\n";
            // Only the program's own lines are at hand (not those of the embedded library).
            const bool own_line = it->filename == vm.main_filename && it->line >= 1 &&
                                  static_cast<size_t>(it->line) <= vm.source_lines.size();
            if (own_line) {
                std::string text = strip(vm.source_lines[it->line - 1]);
                if (!text.empty()) out += "    " + text + "\n";
            }
        }
    }
    out += vm.exception_line(exception) + "\n";
}

std::string Interp::format_traceback(const Value& exception) {
    std::string out;
    format_one(*this, exception, out, 0);
    return out;
}

}  // namespace loopstep
