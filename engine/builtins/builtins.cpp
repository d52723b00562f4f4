// The builtin functions that are not constructors, numeric or about types and attributes (see
// builtin_numbers.cpp, builtin_introspection.cpp and objects/builtin_iterators.cpp): print, len,
// repr, min/max, sum, sorted, any/all, the str constructor, and install_builtin_functions, which
// registers everything.
#include "objects/builtin_iterators.h"
#include "objects/sort.h"
#include "objects/str_support.h"
#include "syntax/ast.h"
#include "trace/trace_recorder.h"
#include "vm/native_support.h"

namespace loopstep {

void install_builtin_numbers(Interp& vm);        // builtin_numbers.cpp
void install_builtin_introspection(Interp& vm);  // builtin_introspection.cpp

namespace {

// print() writes to `file`, else sys.stdout (while sys is not imported, or sys.stdout / sys.stderr
// are the streams sys made, straight to the sinks); to any other object it calls write() once per
// piece (each argument, separator and end), as CPython does.
Value builtin_print(Interp& vm, const Value&, const CallArgs& args) {
    std::string sep = " ", end = "\n";
    Value file, flush;
    for (size_t k = 0; k < args.kw_values.size(); ++k) {
        std::string_view name = kw_name(args, k);
        const Value& v = args.kw_values[k];
        if (name == "sep" || name == "end") {
            if (v.is_none()) continue;
            if (!v.is(ObjKind::Str))
                vm.raise(vm.exc.type_error, std::string(name) + " must be None or a string, not " + vm.type_name(v));
            (name == "sep" ? sep : end) = str_text(v);
        } else if (name == "file") {
            file = v;
        } else if (name == "flush") {
            flush = v;
        } else {
            vm.raise(vm.exc.type_error, "'" + std::string(name) + "' is an invalid keyword argument for print()");
        }
    }
    if ((file.is_unset() || file.is_none()) && vm.sys_module.is_set()) {
        file = vm.sys_module.as<ModuleObject>()->namespace_dict()->get_str(vm.literal_name("stdout"));
        if (file.is_unset()) vm.raise(vm.exc.runtime_error, "lost sys.stdout");
        if (file.is_none()) return Value::none();
    }
    int fd = 0;  // 0: call file.write
    if (file.is_unset() || file.is_none() || file.same(vm.sys_stdout_default)) fd = 1;
    else if (file.same(vm.sys_stderr_default)) fd = 2;
    if (fd != 0) {
        std::string out;
        for (size_t i = 0; i < args.positional.size(); ++i) {
            if (i) out += sep;
            out += vm.to_str(args.positional[i]);
        }
        out += end;
        write_std_stream(vm, fd, out);
        return Value::none();
    }
    Value write = vm.getattr(file, vm.literal_name("write"));
    for (size_t i = 0; i < args.positional.size(); ++i) {
        if (i) vm.call(write, {vm.str(sep)});
        vm.call(write, {vm.str(vm.to_str(args.positional[i]))});
    }
    vm.call(write, {vm.str(end)});
    if (flush.is_set() && vm.truthy(flush)) vm.call_method(file, "flush", {});
    return Value::none();
}

Value builtin_len(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "len", args);
    const Value& v = args.positional[0];
    if (v.is_obj() && !subclass_override(vm, v, "__len__").is_set()) {
        Object* o = v.obj();
        switch (o->kind) {
            case ObjKind::Str: return Value::integer(static_cast<int64_t>(static_cast<StrObject*>(o)->length()));
            case ObjKind::List: return Value::integer(static_cast<int64_t>(static_cast<ListObject*>(o)->items.size()));
            case ObjKind::Tuple: return Value::integer(static_cast<int64_t>(static_cast<TupleObject*>(o)->items.size()));
            case ObjKind::Dict: return Value::integer(static_cast<int64_t>(static_cast<DictObject*>(o)->size()));
            case ObjKind::Set: return Value::integer(static_cast<int64_t>(static_cast<SetObject*>(o)->size()));
            case ObjKind::Range: return Value::integer(range_len(vm, *static_cast<RangeObject*>(o)));
            case ObjKind::Deque: return Value::integer(static_cast<int64_t>(static_cast<DequeObject*>(o)->items.size()));
            default: break;
        }
    }
    Value n = call_special_method(vm, v, "__len__", {});
    if (n.is_unset()) vm.raise(vm.exc.type_error, "object of type '" + vm.type_name(v) + "' has no len()");
    if (!n.is_intlike())
        vm.raise(vm.exc.type_error, "'" + vm.type_name(n) + "' object cannot be interpreted as an integer");
    if (n.as_int() < 0) vm.raise(vm.exc.value_error, "__len__() should return >= 0");
    return Value::integer(n.as_int());
}

Value builtin_repr(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "repr", args);
    return vm.str(vm.repr(args.positional[0]));
}

Value builtin_ascii(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "ascii", args);
    return vm.str(ascii_repr(vm, args.positional[0]));
}

Value builtin_format(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "format", args, 1, 2);
    std::string spec;
    if (args.positional.size() == 2) {
        if (!args.positional[1].is(ObjKind::Str))
            vm.raise(vm.exc.type_error, "format() argument 2 must be str, not " + vm.type_name(args.positional[1]));
        spec = str_text(args.positional[1]);
    }
    return vm.format(args.positional[0], spec);
}

Value builtin_hash(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "hash", args);
    return Value::integer(static_cast<int64_t>(vm.hash(args.positional[0])));
}

Value builtin_callable(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "callable", args);
    return Value::boolean(is_callable(vm, args.positional[0]));
}

// min() and max(): `op` is the comparison that makes an item the new best.
Value extreme(Interp& vm, const CallArgs& args, const char* name, ast::CmpOperator op) {
    Value key, fallback;
    for (size_t k = 0; k < args.kw_values.size(); ++k) {
        std::string_view kw = kw_name(args, k);
        if (kw == "key") key = args.kw_values[k];
        else if (kw == "default") fallback = args.kw_values[k];
        else vm.raise(vm.exc.type_error, "'" + std::string(kw) + "' is an invalid keyword argument for " + name + "()");
    }
    if (key.is_none()) key.reset();
    size_t n = args.positional.size();
    if (n == 0) vm.raise(vm.exc.type_error, std::string(name) + " expected at least 1 argument, got 0");
    if (n > 1 && fallback.is_set())
        vm.raise(vm.exc.type_error, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    std::vector<Value> items = n == 1 ? vm.to_vector(args.positional[0])
                                      : std::vector<Value>(args.positional.begin(), args.positional.end());
    Value best, best_key;
    for (const Value& item : items) {
        Value k = key.is_set() ? vm.call(key, {item}) : item;
        bool better;
        if (best.is_unset()) better = true;
        else if (k.is_int() && best_key.is_int())
            better = op == ast::CmpOperator::Gt ? k.as_int() > best_key.as_int() : k.as_int() < best_key.as_int();
        else better = vm.truthy(vm.compare(static_cast<int>(op), k, best_key));
        if (better) {
            best = item;
            best_key = k;
        }
    }
    if (best.is_set()) return best;
    if (fallback.is_set()) return fallback;
    vm.raise(vm.exc.value_error, std::string(name) + "() arg is an empty sequence");
}

Value builtin_min(Interp& vm, const Value&, const CallArgs& args) { return extreme(vm, args, "min", ast::CmpOperator::Lt); }
Value builtin_max(Interp& vm, const Value&, const CallArgs& args) { return extreme(vm, args, "max", ast::CmpOperator::Gt); }

Value builtin_sum(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.empty())
        vm.raise(vm.exc.type_error, "sum() takes at least 1 positional argument (0 given)");
    auto a = bind_args(vm, "sum", args, {"iterable", "start"}, 1, 2);
    Value total = a[1].is_set() ? a[1] : Value::integer(0);
    if (total.is(ObjKind::Str)) vm.raise(vm.exc.type_error, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = vm.iter(a[0]);
    for (Value item = vm.next(it); item.is_set(); item = vm.next(it)) {
        if (total.is_int() && item.is_int()) {
            if (auto r = checked_add(total.as_int(), item.as_int())) {
                total = Value::integer(*r);
                continue;
            }
        } else if (total.is_float() && item.is_float()) {
            total = Value::floating(total.as_float() + item.as_float());
            continue;
        }
        total = vm.binary_op(static_cast<int>(ast::Operator::Add), total, item);
    }
    return total;
}

Value builtin_sorted(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() != 1)
        vm.raise(vm.exc.type_error, "sorted expected 1 argument, got " + std::to_string(args.positional.size()));
    CallArgs keywords{{}, args.kw_values, args.kw_names};
    auto a = bind_args(vm, "sort", keywords, {"key", "reverse"}, 0, 0);
    std::vector<Value> items = vm.to_vector(args.positional[0]);
    bool reverse = a[1].is_set() && int_arg(vm, a[1]) != 0;
    sort_values(vm, items, a[0], reverse);
    return vm.list(std::move(items));
}

Value any_or_all(Interp& vm, const CallArgs& args, const char* name, bool want) {
    expect_one_arg(vm, name, args);
    Value it = vm.iter(args.positional[0]);
    for (Value item = vm.next(it); item.is_set(); item = vm.next(it))
        if (vm.truthy(item) == want) return Value::boolean(want);
    return Value::boolean(!want);
}

Value builtin_any(Interp& vm, const Value&, const CallArgs& args) { return any_or_all(vm, args, "any", true); }
Value builtin_all(Interp& vm, const Value&, const CallArgs& args) { return any_or_all(vm, args, "all", false); }

// str(object='') and str(object, encoding, errors); decoding needs bytes, which Loopstep lacks.
Value str_new(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "str", args, {"object", "encoding", "errors"}, 0, 3);
    for (size_t i = 1; i < 3; ++i)
        if (a[i].is_set() && !a[i].is(ObjKind::Str))
            vm.raise(vm.exc.type_error, std::string("str() argument '") + (i == 1 ? "encoding" : "errors") +
                                            "' must be str, not " + vm.type_name(a[i]));
    if (a[1].is_set() || a[2].is_set()) {
        if (a[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "decoding str is not supported");
        vm.raise(vm.exc.type_error, "decoding to str: need a bytes-like object, " +
                                        (a[0].is_set() ? vm.type_name(a[0]) : std::string("str")) + " found");
    }
    Value result = a[0].is_unset() ? vm.str("") : a[0].is(ObjKind::Str) ? a[0] : vm.str(vm.to_str(a[0]));
    auto* cls = self.as<ClassObject>();
    if (cls && cls != vm.types.str.get()) {
        result = vm.str(str_text(result));
        result.obj()->set_type(cls);
    }
    return result;
}

// The str constructor and the built-in classes visible by name (their constructors live with
// their methods: list_methods.cpp, dict_methods.cpp, ...).
void install_builtin_constructors(Interp& vm) {
    vm.types.str->constructor = &str_new;
    auto* names = static_cast<DictObject*>(vm.builtins.obj());
    for (const Ref<ClassObject>* cls : {&vm.types.bool_, &vm.types.int_, &vm.types.float_, &vm.types.str,
                                        &vm.types.list, &vm.types.tuple, &vm.types.dict, &vm.types.set,
                                        &vm.types.frozenset, &vm.types.range, &vm.types.slice})
        names->set(vm, vm.intern((*cls)->name), cls->value());
}

}  // namespace

void install_builtin_functions(Interp& vm) {
    set_builtin(vm, "print", &builtin_print);
    set_builtin(vm, "len", &builtin_len);
    set_builtin(vm, "repr", &builtin_repr);
    set_builtin(vm, "ascii", &builtin_ascii);
    set_builtin(vm, "format", &builtin_format);
    set_builtin(vm, "hash", &builtin_hash);
    set_builtin(vm, "callable", &builtin_callable);
    set_builtin(vm, "min", &builtin_min);
    set_builtin(vm, "max", &builtin_max);
    set_builtin(vm, "sum", &builtin_sum);
    set_builtin(vm, "sorted", &builtin_sorted);
    set_builtin(vm, "any", &builtin_any);
    set_builtin(vm, "all", &builtin_all);
    install_builtin_introspection(vm);
    install_builtin_numbers(vm);
    install_builtin_constructors(vm);
    install_builtin_iterators(vm);
    install_range_and_slice(vm);
}

}  // namespace loopstep
