// The `time` module on the virtual clock: sleep() advances it, the clocks read it, strftime()
// formats it as UTC from the epoch.
#include <cmath>
#include <ctime>

#include "trace/trace_recorder.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

double seconds_arg(Interp& vm, const Value& v) {
    if (v.is_number()) return v.to_double();
    vm.raise(vm.exc.type_error, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

Value time_sleep(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "sleep", args);
    reject_kwargs(vm, "sleep", args);
    double s = seconds_arg(vm, args.positional[0]);
    if (std::isnan(s)) vm.raise(vm.exc.value_error, "Invalid value NaN (not a number)");
    if (s < 0) vm.raise(vm.exc.value_error, "sleep length must be non-negative");
    if (!std::isfinite(s) || s > 1e15) vm.raise(vm.exc.overflow_error, "sleep length is too large");
    if (vm.clock + s > vm.options.max_virtual_time)
        throw BudgetExceeded{"budget exceeded: time.sleep(" + vm.repr(args.positional[0]) + ") would pass the virtual-time limit of " +
                             vm.repr(Value::floating(vm.options.max_virtual_time)) + " s (--max-time)"};
    if (vm.tracer) vm.tracer->blocking_sleep(s);
    vm.clock += s;
    return Value::none();
}

Value time_now(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "time", args);
    return Value::floating(vm.clock);
}

Value time_now_ns(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "time_ns", args);
    return Value::integer(static_cast<int64_t>(std::llround(vm.clock * 1e9)));
}

Value time_strftime(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "strftime", args, 1, 2);
    auto* fmt = args.positional[0].as<StrObject>();
    if (!fmt) vm.raise(vm.exc.type_error, "strftime() argument 1 must be str, not " + vm.type_name(args.positional[0]));
    if (args.positional.size() > 1) vm.raise(vm.exc.type_error, "time tuples are not supported by Loopstep; strftime formats the clock");
    std::time_t t = static_cast<std::time_t>(std::floor(vm.clock));
    std::tm parts{};
    gmtime_r(&t, &parts);
    if (fmt->text().empty()) return vm.str("");
    std::string out(fmt->text().size() * 8 + 64, '\0');
    size_t n = std::strftime(out.data(), out.size(), fmt->text().c_str(), &parts);
    out.resize(n);
    return vm.str(out);
}

}  // namespace

void install_module_time(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "time", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    auto add = [&](const char* name, NativeFn fn) { d->set(vm, vm.intern(name), vm.native(name, fn, module)); };
    add("sleep", &time_sleep);
    add("time", &time_now);
    add("perf_counter", &time_now);
    add("monotonic", &time_now);
    add("process_time", &time_now);
    add("time_ns", &time_now_ns);
    add("strftime", &time_strftime);
    vm.modules["time"] = module;
}

}  // namespace loopstep
