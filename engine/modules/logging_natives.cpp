// The natives under python/logging.py: the path of every logging call that gets past the level
// check — finding the caller, making the LogRecord, the logger's filters, the walk up the
// hierarchy to the handlers, a StreamHandler's filters and emit, and Formatter.format — done
// without a Python frame per step. CPython's logging is pure Python; here each step is still the
// Python method whenever a program replaced it (a subclass overriding `emit`, `format`,
// `formatTime`, `filter`, … or a class attribute reassigned): a step is taken natively only when
// the object's class has, for that name, the very function logging.py defined (kept in
// `_standard_methods`). So the results are the Python code's, only sooner.
#include <cmath>
#include <string>

#include "modules/sys_natives.h"
#include "objects/string_format.h"
#include "syntax/ast.h"
#include "vm/dict_object.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

DictObject& space(Interp& vm) {
    return *static_cast<DictObject*>(vm.logging_namespace.obj());
}

Value global(Interp& vm, const char* name) {
    return space(vm).get_str(vm.literal_name(name));
}

// `cls` has for `name` the function logging.py gave `qualified` ("Logger.findCaller"); asked once
// per class and class epoch.
bool is_standard_class(Interp& vm, ClassObject* cls, const char* qualified, const char* name) {
    auto key = (reinterpret_cast<uintptr_t>(qualified) >> 3) ^ (reinterpret_cast<uintptr_t>(cls) >> 4);
    Interp::ClassCheck& check = vm.class_checks[(key * 0x9E3779B97F4A7C15ull) >> 58];
    if (check.test == qualified && check.type == cls && check.epoch == vm.class_epoch) return check.ok;
    auto* standard = global(vm, "_standard_methods").as<DictObject>();
    Value original = standard ? standard->get_str(vm.literal_name(qualified)) : Value();
    check = {qualified, cls, vm.class_epoch, original.is_set() && vm.type_lookup(cls, vm.literal_name(name)).same(original)};
    return check.ok;
}

bool is_standard(Interp& vm, const Value& obj, const char* qualified, const char* name) {
    return is_standard_class(vm, vm.type_of(obj), qualified, name);
}

// obj.name. For an instance whose class has nothing under `name` that could take precedence over
// its own dict (no property or other descriptor with __set__, no __getattribute__ of its own),
// the dict is read first, as the attribute protocol would; anything else goes through it.
Value attr(Interp& vm, const Value& obj, const char* name) {
    const Value& key = vm.literal_name(name);
    if (auto* inst = obj.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance && inst->dict.is_set()) {
        ClassObject* cls = inst->type();
        Value on_class = vm.type_lookup(cls, key);
        bool inert = on_class.is_unset() || !on_class.is_obj() || on_class.is(ObjKind::Str) || on_class.is(ObjKind::Function) ||
                     on_class.is(ObjKind::Native) || on_class.is(ObjKind::Tuple) || on_class.is(ObjKind::Dict);
        if (inert && !vm.type_lookup(cls, vm.literal_name("__getattribute__")).is(ObjKind::Function)) {
            Value own = static_cast<DictObject*>(inst->dict.obj())->get_str(key);
            if (own.is_set()) return own;
            // A plain value on the class (a str like `terminator`, a number, None) is the answer.
            if (!on_class.is_unset() && !on_class.is(ObjKind::Function) && !on_class.is(ObjKind::Native)) return on_class;
        }
    }
    return vm.getattr(obj, key);
}

bool at_least(Interp& vm, const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() >= b.as_int();
    return vm.truthy(vm.compare(static_cast<int>(ast::CmpOperator::GtE), a, b));
}

// LogRecord.__init__'s fields, in CPython's order (a record's __dict__ prints in it).
void fill_record(Interp& vm, const Value& record, const Value& name, const Value& level, const Value& pathname,
                 const Value& lineno, const Value& msg, Value args, const Value& exc_info, const Value& func,
                 const Value& sinfo) {
    // A record of logging.py's own class gets its fields straight into its dict; any other
    // (a subclass calling LogRecord.__init__) through the attribute protocol.
    auto* inst = record.as<InstanceObject>();
    DictObject* fields = inst && inst->dict.is_set() && vm.type_of(record) == global(vm, "LogRecord").as<ClassObject>()
                             ? static_cast<DictObject*>(inst->dict.obj()) : nullptr;
    auto set = [&](const char* field, Value value) {
        if (fields) fields->set(vm, vm.literal_name(field), std::move(value));
        else vm.setattr(record, vm.literal_name(field), std::move(value));
    };
    const double created = vm.clock;
    set("name", name);
    set("msg", msg);
    // A single non-empty dict argument is the mapping for "%(key)s" messages.
    if (auto* t = args.as<TupleObject>(); t && t->items.size() == 1) {
        if (auto* d = t->items[0].as<DictObject>(); d && d->size() > 0) args = t->items[0];
    }
    set("args", args);
    Value names = global(vm, "_levelToName");
    Value levelname = names.is(ObjKind::Dict) && vm.contains(names, level) ? vm.getitem(names, level)
                                                                          : vm.call(global(vm, "getLevelName"), {level});
    set("levelname", levelname);
    set("levelno", level);
    set("pathname", pathname);
    std::string path = pathname.is(ObjKind::Str) ? str_text(pathname) : vm.to_str(pathname);
    std::string filename = path.substr(path.rfind('/') + 1);
    size_t dot = filename.rfind('.');
    set("filename", vm.str(filename));
    set("module", vm.str(dot != std::string::npos && dot > 0 ? filename.substr(0, dot) : filename));
    set("exc_info", exc_info);
    set("exc_text", Value::none());
    set("stack_info", sinfo);
    set("lineno", lineno);
    set("funcName", func);
    set("created", Value::floating(created));
    set("msecs", Value::floating(std::trunc((created - std::trunc(created)) * 1000) + 0.0));
    Value start = global(vm, "_startTime");
    set("relativeCreated", Value::floating((created - (start.is_number() ? start.to_double() : 0.0)) * 1000));
    const bool threads = vm.truthy(global(vm, "logThreads"));
    set("thread", threads ? Value::integer(1) : Value::none());
    set("threadName", threads ? vm.str("MainThread") : Value::none());
    set("processName", vm.truthy(global(vm, "logMultiprocessing")) ? vm.str("MainProcess") : Value::none());
    set("process", vm.truthy(global(vm, "logProcesses")) ? Value::integer(1) : Value::none());
}

// _fill_record(self, name, level, pathname, lineno, msg, args, exc_info, func, sinfo): the body
// of LogRecord.__init__.
Value logging_fill_record(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "_fill_record", args, 10, 10);
    const auto& a = args.positional;
    fill_record(vm, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
    return Value::none();
}

// Filterer.filter: every filter must pass; a Filter of logging.py's is checked in place.
bool passes_filters(Interp& vm, const Value& filterer, const Value& record) {
    if (!is_standard(vm, filterer, "Filterer.filter", "filter")) return vm.truthy(vm.call_method(filterer, vm.literal_name("filter"), {record}));
    Value filters = attr(vm, filterer, "filters");
    auto* list = filters.as<ListObject>();
    std::vector<Value> items = list ? list->items : vm.to_vector(filters);
    for (size_t i = 0; i < items.size(); ++i) {
        const Value& f = items[i];
        bool passed;
        if (is_standard(vm, f, "Filter.filter", "filter")) {
            Value name = attr(vm, f, "name");
            Value record_name = attr(vm, record, "name");
            if (!name.is(ObjKind::Str) || !record_name.is(ObjKind::Str)) {
                passed = vm.truthy(vm.call_method(f, vm.literal_name("filter"), {record}));
            } else {
                const std::string& prefix = str_text(name);
                const std::string& full = str_text(record_name);
                passed = prefix.empty() || prefix == full ||
                         (full.size() > prefix.size() && full.compare(0, prefix.size(), prefix) == 0 && full[prefix.size()] == '.');
            }
        } else if (vm.lookup_attr(f, vm.literal_name("filter")).is_set()) {
            passed = vm.truthy(vm.call_method(f, vm.literal_name("filter"), {record}));
        } else {
            passed = vm.truthy(vm.call(f, {record}));
        }
        if (!passed) return false;
    }
    return true;
}

// Formatter.formatTime(record, datefmt=None): the virtual clock as UTC, with milliseconds.
Value format_time(Interp& vm, const Value& formatter, const Value& record, const Value& datefmt) {
    Value created = attr(vm, record, "created");
    if (!created.is_number()) vm.raise(vm.exc.type_error, "'" + vm.type_name(created) + "' object cannot be interpreted as an integer");
    auto strftime = [&](const Value& format) {
        if (!format.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "strftime() argument 1 must be str, not " + vm.type_name(format));
        return vm.str(strftime_utc(str_text(format), created.to_double()));
    };
    if (vm.truthy(datefmt)) return strftime(datefmt);
    Value s = strftime(attr(vm, formatter, "default_time_format"));
    Value msec_format = attr(vm, formatter, "default_msec_format");
    if (vm.truthy(msec_format)) s = vm.binary_op(static_cast<int>(ast::Operator::Mod), msec_format, vm.tuple({s, attr(vm, record, "msecs")}));
    return s;
}

Value formatter_format_time(Interp& vm, const Value& self, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "formatTime", args, {"record", "datefmt"}, 1, 2);
    return format_time(vm, self, a[0], a[1].is_set() ? a[1] : Value::none());
}

// Formatter.format(record), logging.py's, each of its steps native unless replaced.
Value formatter_format(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "format", args);
    const Value& record = args.positional[0];
    Value message;
    if (vm.type_of(record) == global(vm, "LogRecord").as<ClassObject>()) {
        Value msg = attr(vm, record, "msg");
        if (!msg.is(ObjKind::Str) || vm.type_of(msg) != vm.types.str.get()) msg = vm.str(vm.to_str(msg));
        Value margs = attr(vm, record, "args");
        message = vm.truthy(margs) ? vm.binary_op(static_cast<int>(ast::Operator::Mod), msg, margs) : msg;
    } else {
        message = vm.call_method(record, vm.literal_name("getMessage"), {});
    }
    vm.setattr(record, vm.literal_name("message"), message);
    Value style = attr(vm, self, "_style");
    bool uses_time;
    if (is_standard(vm, self, "Formatter.usesTime", "usesTime") && is_standard(vm, style, "_StyleBase.usesTime", "usesTime")) {
        Value fmt = attr(vm, style, "_fmt");
        Value search = attr(vm, style, "asctime_search");
        uses_time = fmt.is(ObjKind::Str) && search.is(ObjKind::Str) ? str_text(fmt).find(str_text(search)) != std::string::npos
                                                                   : vm.truthy(vm.call_method(self, vm.literal_name("usesTime"), {}));
    } else {
        uses_time = vm.truthy(vm.call_method(self, vm.literal_name("usesTime"), {}));
    }
    if (uses_time) {
        Value datefmt = attr(vm, self, "datefmt");
        Value asctime = is_standard(vm, self, "Formatter.formatTime", "formatTime")
                            ? format_time(vm, self, record, datefmt)
                            : vm.call_method(self, vm.literal_name("formatTime"), {record, datefmt});
        vm.setattr(record, vm.literal_name("asctime"), asctime);
    }
    Value s;
    if (is_standard(vm, self, "Formatter.formatMessage", "formatMessage") &&
        is_standard(vm, style, "PercentStyle.format", "format") && !vm.truthy(attr(vm, style, "_defaults")) &&
        record.is_obj() && record.as<InstanceObject>() && record.as<InstanceObject>()->dict.is_set()) {
        try {
            s = percent_format(vm, attr(vm, style, "_fmt"), record.as<InstanceObject>()->dict);
        } catch (PyError& e) {
            if (!vm.isinstance(e.exception, vm.exc.key_error.get())) throw;
            s = vm.call_method(style, vm.literal_name("format"), {record});  // raises its ValueError
        }
    } else {
        s = vm.call_method(self, vm.literal_name("formatMessage"), {record});
    }
    if (vm.truthy(attr(vm, record, "exc_info")) || vm.truthy(attr(vm, record, "exc_text")) ||
        vm.truthy(attr(vm, record, "stack_info")))
        s = vm.call(global(vm, "_format_tail"), {self, record, s});
    return s;
}

// Handler.format: the handler's formatter, else the module's default one.
Value handler_format(Interp& vm, const Value& handler, const Value& record) {
    if (!is_standard(vm, handler, "Handler.format", "format")) return vm.call_method(handler, vm.literal_name("format"), {record});
    Value formatter = attr(vm, handler, "formatter");
    if (!vm.truthy(formatter)) formatter = global(vm, "_defaultFormatter");
    if (is_standard(vm, formatter, "Formatter.format", "format")) return formatter_format(vm, formatter, CallArgs{std::span<const Value>(&record, 1)});
    return vm.call_method(formatter, vm.literal_name("format"), {record});
}

// StreamHandler.emit: format, write with the terminator, flush; an Exception on the way (not a
// RecursionError) goes to handleError, as CPython's emit does.
void stream_emit(Interp& vm, const Value& handler, const Value& record) {
    try {
        Value text = handler_format(vm, handler, record);
        Value stream = attr(vm, handler, "stream");
        Value line = vm.binary_op(static_cast<int>(ast::Operator::Add), text, attr(vm, handler, "terminator"));
        vm.call_method(stream, vm.literal_name("write"), {line});
        if (is_standard(vm, handler, "StreamHandler.flush", "flush")) {
            if (vm.truthy(stream) && vm.lookup_attr(stream, vm.literal_name("flush")).is_set())
                vm.call_method(stream, vm.literal_name("flush"), {});
        } else {
            vm.call_method(handler, vm.literal_name("flush"), {});
        }
    } catch (PyError& e) {
        if (!vm.isinstance(e.exception, vm.exc.exception.get()) || vm.isinstance(e.exception, vm.exc.recursion_error.get())) throw;
        vm.call(global(vm, "_emit_failed"), {handler, record, e.exception});
    }
}

Value handler_emit(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "emit", args);
    stream_emit(vm, self, args.positional[0]);
    return Value::none();
}

// Handler.handle: the handler's filters, then emit; whether the filters let the record pass.
bool handle_record(Interp& vm, const Value& handler, const Value& record) {
    if (!passes_filters(vm, handler, record)) return false;
    if (is_standard(vm, handler, "StreamHandler.emit", "emit")) stream_emit(vm, handler, record);
    else vm.call_method(handler, vm.literal_name("emit"), {record});
    return true;
}

void handler_handle(Interp& vm, const Value& handler, const Value& record) {
    if (is_standard(vm, handler, "Handler.handle", "handle")) handle_record(vm, handler, record);
    else vm.call_method(handler, vm.literal_name("handle"), {record});
}

Value handler_handle_method(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "handle", args);
    return Value::boolean(handle_record(vm, self, args.positional[0]));
}

Value filterer_filter(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "filter", args);
    return Value::boolean(passes_filters(vm, self, args.positional[0]));
}

// Logger.callHandlers: up the hierarchy while loggers propagate; no handler anywhere: lastResort.
void call_handlers(Interp& vm, const Value& logger, const Value& record) {
    Value c = logger;
    int64_t found = 0;
    while (vm.truthy(c)) {
        Value handlers = attr(vm, c, "handlers");
        auto* list = handlers.as<ListObject>();
        std::vector<Value> items = list ? list->items : vm.to_vector(handlers);
        for (const Value& handler : items) {
            ++found;
            if (at_least(vm, attr(vm, record, "levelno"), attr(vm, handler, "level"))) handler_handle(vm, handler, record);
        }
        c = vm.truthy(attr(vm, c, "propagate")) ? attr(vm, c, "parent") : Value::none();
    }
    if (found == 0) vm.call(global(vm, "_no_handlers"), {logger, record});
}

Value logger_call_handlers(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "callHandlers", args);
    call_handlers(vm, self, args.positional[0]);
    return Value::none();
}

// Logger._log(level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1).
Value logger_log(Interp& vm, const Value& self, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "_log", args, {"level", "msg", "args", "exc_info", "extra", "stack_info", "stacklevel"}, 3, 7);
    const Value& level = a[0];
    const Value& msg = a[1];
    const Value& msg_args = a[2];
    Value exc_info = a[3].is_set() ? a[3] : Value::none();
    Value extra = a[4].is_set() ? a[4] : Value::none();
    Value stack_info = a[5].is_set() ? a[5] : Value::boolean(false);
    Value stacklevel = a[6].is_set() ? a[6] : Value::integer(1);

    Value where;
    if (is_standard(vm, self, "Logger.findCaller", "findCaller") && stacklevel.is_int()) {
        Value srcfile = global(vm, "_srcfile");
        std::string skip = srcfile.is(ObjKind::Str) ? str_text(srcfile) : std::string();
        where = caller_tuple(vm, vm.current_frame(), true, skip, stacklevel.as_int());
        if (where.is_none()) where = vm.tuple({vm.str("(unknown file)"), Value::integer(0), vm.str("(unknown function)"), Value::none()});
        auto& items = where.as<TupleObject>()->items;
        items[3] = Value::none();  // stack_info: logging.py keeps none
    } else {
        where = vm.call_method(self, vm.literal_name("findCaller"), {stack_info, stacklevel});
    }
    std::vector<Value> caller = vm.to_vector(where);
    if (caller.size() != 4)
        vm.raise(vm.exc.value_error, caller.size() < 4 ? "not enough values to unpack (expected 4, got " + std::to_string(caller.size()) + ")"
                                                       : "too many values to unpack (expected 4)");
    if (vm.truthy(exc_info)) exc_info = vm.call(global(vm, "_exc_info_tuple"), {exc_info});

    Value name = attr(vm, self, "name");
    Value record;
    Value record_class = global(vm, "LogRecord");
    if (is_standard(vm, self, "Logger.makeRecord", "makeRecord") && global(vm, "_logRecordFactory").same(record_class) &&
        record_class.as<ClassObject>() && is_standard_class(vm, record_class.as<ClassObject>(), "LogRecord.__init__", "__init__")) {
        record = vm.make_instance(record_class.as<ClassObject>());
        fill_record(vm, record, name, level, caller[0], caller[1], msg, msg_args, exc_info, caller[2], caller[3]);
        if (!extra.is_none()) vm.call(global(vm, "_add_extra"), {record, extra});
    } else {
        record = vm.call_method(self, vm.literal_name("makeRecord"),
                                {name, level, caller[0], caller[1], msg, msg_args, exc_info, caller[2], extra, caller[3]});
    }

    if (!is_standard(vm, self, "Logger.handle", "handle")) {
        vm.call_method(self, vm.literal_name("handle"), {record});
        return Value::none();
    }
    if (!vm.truthy(attr(vm, self, "disabled")) && passes_filters(vm, self, record)) {
        if (is_standard(vm, self, "Logger.callHandlers", "callHandlers")) call_handlers(vm, self, record);
        else vm.call_method(self, vm.literal_name("callHandlers"), {record});
    }
    return Value::none();
}

// Logger.isEnabledFor(level): the logger's cache answers once it has (logging.py fills it).
bool enabled_for(Interp& vm, const Value& logger, int64_t level) {
    if (is_standard(vm, logger, "Logger.isEnabledFor", "isEnabledFor")) {
        if (vm.truthy(attr(vm, logger, "disabled"))) return false;
        if (auto* cache = attr(vm, logger, "_cache").as<DictObject>()) {
            Value known = cache->get(vm, Value::integer(level));
            if (known.is_set()) return vm.truthy(known);
        }
    }
    return vm.truthy(vm.call_method(logger, vm.literal_name("isEnabledFor"), {Value::integer(level)}));
}

// Logger.debug/info/warning/error/critical(msg, *args, **kwargs): if the level is enabled,
// self._log(level, msg, args, **kwargs).
template <int64_t Level>
Value logger_at_level(Interp& vm, const Value& self, const CallArgs& args) {
    static constexpr const char* kNames[] = {"debug", "info", "warning", "error", "critical"};
    const char* method = kNames[Level / 10 - 1];
    std::vector<Value> kw_values, kw_names;
    Value msg;
    if (!args.positional.empty()) msg = args.positional[0];
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        if (kw_name(args, i) == "msg" && msg.is_unset()) msg = args.kw_values[i];
        else if (kw_name(args, i) == "msg")
            vm.raise(vm.exc.type_error, std::string("Logger.") + method + "() got multiple values for argument 'msg'");
        else {
            kw_values.push_back(args.kw_values[i]);
            kw_names.push_back(args.kw_names[i]);
        }
    }
    if (msg.is_unset())
        vm.raise(vm.exc.type_error, std::string("Logger.") + method + "() missing 1 required positional argument: 'msg'");
    if (!enabled_for(vm, self, Level)) return Value::none();
    std::vector<Value> positional{Value::integer(Level), msg,
                                  vm.tuple(args.positional.empty() ? std::vector<Value>{}
                                                                   : std::vector<Value>(args.positional.begin() + 1, args.positional.end()))};
    if (!is_standard(vm, self, "Logger._log", "_log")) {
        Value bound = vm.getattr(self, vm.literal_name("_log"));
        return vm.call(bound, CallArgs{positional, kw_values, kw_names});
    }
    return logger_log(vm, self, CallArgs{positional, kw_values, kw_names});
}

}  // namespace

void install_logging_natives(Interp& vm, DictObject& module) {
    vm.logging_namespace = Value::object(&module);
    auto add = [&](const char* name, NativeFn fn) { module.set(vm, vm.intern(name), vm.native(name, fn)); };
    add("_fill_record", &logging_fill_record);
    add("_native_log", &receiver_first<logger_log>);
    add("_native_format", &receiver_first<formatter_format>);
    add("_native_format_time", &receiver_first<formatter_format_time>);
    add("_native_filter", &receiver_first<filterer_filter>);
    add("_native_handle", &receiver_first<handler_handle_method>);
    add("_native_emit", &receiver_first<handler_emit>);
    add("_native_call_handlers", &receiver_first<logger_call_handlers>);
    add("_native_debug", &receiver_first<logger_at_level<10>>);
    add("_native_info", &receiver_first<logger_at_level<20>>);
    add("_native_warning", &receiver_first<logger_at_level<30>>);
    add("_native_error", &receiver_first<logger_at_level<40>>);
    add("_native_critical", &receiver_first<logger_at_level<50>>);
}

}  // namespace loopstep
