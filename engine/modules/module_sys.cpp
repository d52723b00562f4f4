// The native half of `sys`, made on first import (stdlib_modules.cpp runs python/sys.py into the
// same namespace afterwards, for the stream objects and the named-tuple values): argv, exit, the
// recursion limit (the engine's own call-depth budget), exc_info, modules, and `_write`, through
// which sys.stdout / sys.stderr reach the run's output sinks. The other `_` natives serve the
// standard-library modules written in Python (logging, warnings): the caller's frame, an
// exception's traceback text, a line of the program. They are Loopstep's own; strftime_utc (sys_natives.h) serves logging's natives.
#include <cmath>
#include <ctime>
#include <string>

#include "modules/sys_int_digits.h"
#include "modules/sys_natives.h"
#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value sys_exit(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "exit", args);
    expect_count(vm, "exit", args, 0, 1);
    std::vector<Value> exc_args(args.positional.begin(), args.positional.end());
    vm.raise_value(vm.new_exception(vm.exc.system_exit.get(), std::move(exc_args)));
}

Value sys_getrecursionlimit(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "getrecursionlimit", args);
    return Value::integer(vm.options.recursion_limit);
}

Value sys_setrecursionlimit(Interp& vm, const Value&, const CallArgs& args) {
    reject_kwargs(vm, "setrecursionlimit", args);
    expect_one_arg(vm, "setrecursionlimit", args);
    const Value& v = args.positional[0];
    if (v.is_float()) vm.raise(vm.exc.type_error, "'float' object cannot be interpreted as an integer");
    int64_t limit = int_arg(vm, v);
    if (limit < 1) vm.raise(vm.exc.value_error, "recursion limit must be greater or equal than 1");
    if (limit > 1'000'000'000) limit = 1'000'000'000;  // the depth counter is an int
    if (limit <= vm.depth())
        vm.raise(vm.exc.recursion_error, "cannot set the recursion limit to " + std::to_string(limit) +
                                             " at the recursion depth " + std::to_string(vm.depth()) +
                                             ": the limit is too low");
    vm.options.recursion_limit = static_cast<int>(limit);
    return Value::none();
}

Value sys_exc_info(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "exc_info", args);
    Value handled = vm.handled_exception();
    if (handled.is_unset() || handled.is_none()) return vm.tuple({Value::none(), Value::none(), Value::none()});
    Value traceback = vm.lookup_attr(handled, vm.intern("__traceback__"));
    if (traceback.is_unset()) traceback = Value::none();
    return vm.tuple({Value::object(vm.type_of(handled)), handled, traceback});
}

Value sys_exception(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "exception", args);
    Value handled = vm.handled_exception();
    return handled.is_unset() ? Value::none() : handled;
}

// _write(fd, text): fd 1 is the program's stdout (recorded in the trace), 2 its stderr.
Value sys_write(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_write", args, 2, 2);
    const Value& text = args.positional[1];
    if (!text.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "write() argument must be str, not " + vm.type_name(text));
    write_std_stream(vm, int_arg(vm, args.positional[0]) == 2 ? 2 : 1, str_text(text));
    return Value::none();
}

Value sys_intern(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "intern", args);
    const Value& v = args.positional[0];
    if (!v.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "intern() argument must be str, not " + vm.type_name(v));
    return v;
}

// _caller(internal_file, stacklevel): (filename, line, function name, module name) of the frame
// `stacklevel` frames above the caller's, counting only frames not of `internal_file` (logging's
// findCaller; warnings gives "" and counts every frame). Frames are what sys._getframe would walk.
Value sys_caller(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_caller", args, 2, 2);
    const Value& internal = args.positional[0];
    if (!internal.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "_caller() wants a str");
    return caller_tuple(vm, vm.current_frame(), false, str_text(internal), int_arg(vm, args.positional[1]));
}

// _format_exception(exc): the traceback CPython prints for it (traceback.format_exception joined).
Value sys_format_exception(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "_format_exception", args);
    return vm.str(vm.format_traceback(args.positional[0]));
}

// _source_line(filename, lineno): that line of the program's file ("" for any other file), as
// linecache.getline gives it to warnings.formatwarning.
Value sys_source_line(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_source_line", args, 2, 2);
    const Value& file = args.positional[0];
    const Value& line = args.positional[1];
    if (!file.is(ObjKind::Str) || !line.is_intlike() || str_text(file) != vm.main_filename) return vm.str("");
    int64_t n = line.as_int();
    if (n < 1 || static_cast<size_t>(n) > vm.source_lines.size()) return vm.str("");
    return vm.str(vm.source_lines[n - 1] + "\n");
}

}  // namespace

Value caller_tuple(Interp& vm, Frame* start, bool step_onto_start, const std::string& skip, int64_t level) {
    Frame* f = step_onto_start ? nullptr : start;
    if (!start) return Value::none();
    while (level > 0) {
        Frame* next = f ? f->back : start;
        // Past the outermost frame: logging keeps the last one; warnings says "sys", line 1.
        if (!next && skip.empty())
            return vm.tuple({vm.str("sys"), Value::integer(1), vm.str("<module>"), vm.str("sys")});
        if (!next) break;
        f = next;
        if (skip.empty() || f->code->code->filename != skip) --level;
    }
    if (!f) f = start;
    std::string module = "__main__";
    if (auto* globals = f->globals.as<DictObject>()) {
        Value name = globals->get_str(vm.literal_name("__name__"));
        if (name.is(ObjKind::Str)) module = str_text(name);
    }
    const Code& code = *f->code->code;
    return vm.tuple({vm.str(code.filename), Value::integer(f->current_line()), vm.str(code.name), vm.str(module)});
}

std::string strftime_utc(const std::string& format, double seconds) {
    if (format.empty() || !std::isfinite(seconds) || std::abs(seconds) > 1e15) return format.empty() ? "" : format;
    std::time_t t = static_cast<std::time_t>(std::floor(seconds));
    // Log lines come many to a second: the last answer is kept (a pure function of its inputs).
    thread_local std::string last_format, last_text;
    thread_local std::time_t last_second = 0;
    if (t == last_second && format == last_format && !last_format.empty()) return last_text;
    std::tm parts{};
    gmtime_r(&t, &parts);
    std::string out(format.size() * 8 + 64, '\0');
    out.resize(std::strftime(out.data(), out.size(), format.c_str(), &parts));
    last_format = format;
    last_second = t;
    last_text = out;
    return out;
}

void write_std_stream(Interp& vm, int fd, const std::string& text) {
    if (fd == 2) {
        if (vm.sinks.err) vm.sinks.err(text);
        return;
    }
    if (vm.tracer) vm.tracer->output(text);
    if (vm.sinks.out) vm.sinks.out(text);
}

Value make_module_sys(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "sys", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    auto add = [&](const char* name, NativeFn fn) { d->set(vm, vm.intern(name), vm.native(name, fn, module)); };
    d->set(vm, vm.intern("__name__"), vm.str("sys"));
    add("exit", &sys_exit);
    add("getrecursionlimit", &sys_getrecursionlimit);
    add("setrecursionlimit", &sys_setrecursionlimit);
    add("exc_info", &sys_exc_info);
    add("exception", &sys_exception);
    add("intern", &sys_intern);
    add("_write", &sys_write);
    add("_caller", &sys_caller);
    add("_format_exception", &sys_format_exception);
    add("_source_line", &sys_source_line);
    install_int_digit_functions(vm, module);  // get/set_int_max_str_digits (sys_int_digits.cpp)
    std::vector<Value> argv{vm.str(vm.main_filename)};
    for (const std::string& arg : vm.options.program_args) argv.push_back(vm.str(arg));
    d->set(vm, vm.intern("argv"), vm.list(std::move(argv)));
    const std::string& file = vm.main_filename;
    size_t slash = file.rfind('/');
    d->set(vm, vm.intern("_program_dir"), vm.str(slash == std::string::npos ? std::string() : file.substr(0, slash)));
    // sys.modules: every module imported so far; VmSupport::import_module adds the later ones.
    Value modules = vm.dict();
    for (const auto& [name, value] : vm.modules) modules.as<DictObject>()->set(vm, vm.str(name), value);
    modules.as<DictObject>()->set(vm, vm.str("sys"), module);
    d->set(vm, vm.intern("modules"), modules);
    vm.sys_modules = modules;
    return module;
}

// After python/sys.py ran: print() writes straight to the sinks while sys.stdout is this one.
void finish_module_sys(Interp& vm, const Value& module) {
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->remove(vm, vm.intern("_program_dir"));
    vm.sys_module = module;
    vm.sys_stdout_default = d->get_str(vm.intern("stdout"));
    vm.sys_stderr_default = d->get_str(vm.intern("stderr"));
}

}  // namespace loopstep
