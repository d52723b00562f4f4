// Interp: one Python runtime — heap, built-in types and modules, the virtual clock, the
// random generator — and the VM that runs frames. Everything a native function needs goes
// through it; there is no global state.
#pragma once

#include <array>
#include <functional>
#include <initializer_list>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine.h"
#include "numbers/mersenne_twister.h"
#include "vm/dict_object.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/heap.h"
#include "vm/objects.h"

namespace loopstep {

class TraceRecorder;
class TaskObject;

// A Python exception travelling through C++ code (natives raise by throwing this).
struct PyError {
    Value exception;  // an ExceptionObject
};

// Raised when a budget of RunOptions runs out; ends the run (exit 4), not catchable by Python.
struct BudgetExceeded {
    std::string reason;
};

// Raised by the event loop when nothing is ready and no timer is pending (exit 3).
struct Deadlock {
    std::string report;  // one line per waiting task: what it waits on and where
    std::string line;    // the one-line reason, last on stderr
};

struct BuiltinTypes {
    Ref<ClassObject> object, type, none, bool_, int_, float_, str, tuple, list, dict, set, frozenset,
        range, slice, function, native_function, method, module, code, cell, generator, coroutine,
        async_generator, property, staticmethod, classmethod, super, iterator, ellipsis, not_implemented,
        async_gen_wrapped, async_gen_asend, async_gen_athrow;
    // asyncio's native classes, made when the module is first imported.
    Ref<ClassObject> future, task, future_iter, handle, timer_handle, event_loop, deque_iterator, sleep_awaitable,
        sleep0_awaitable, gathering_future;
    // contextvars' classes, made when the module is first imported.
    Ref<ClassObject> context, context_var, context_token, context_mapping, context_missing;
};

// The exception classes used from C++ (all are also in builtins by name).
struct ExceptionTypes {
    Ref<ClassObject> base_exception, exception, system_exit, keyboard_interrupt, generator_exit,
        arithmetic_error, zero_division_error, overflow_error, assertion_error, attribute_error,
        lookup_error, index_error, key_error, name_error, unbound_local_error, runtime_error,
        not_implemented_error, recursion_error, stop_iteration, stop_async_iteration, type_error,
        value_error, unicode_error, import_error, module_not_found_error, memory_error, os_error,
        timeout_error, base_exception_group, exception_group, cancelled_error, invalid_state_error,
        queue_empty, queue_full;
    std::vector<Ref<ClassObject>> others;  // the rest of the builtin exceptions (ConnectionError, ...)
};

// One of the program's own modules, compiled and waiting for its first import.
struct OwnModule {
    std::string path;
    std::shared_ptr<const Code> code;
    bool package = false;
    std::vector<std::string> lines;  // for tracebacks
};

class Interp {
public:
    Interp(const RunOptions& options, const OutputSinks& sinks);
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    // One copy of each text that objects keep by reference (natives' names, futures' labels), valid
    // while the Interp lives (a node set: references stay valid). Declared before the heap, so it
    // outlives every object that refers to a text here.
    std::unordered_set<std::string> stable_texts;
    const std::string& stable_text(const std::string& text) { return *stable_texts.insert(text).first; }
    const std::string* sleep_label = nullptr;  // stable_text("sleep"), once asked for
    // stable_text(text) for the few labels futures get ("lock", "queue.get", ...): the last ones
    // asked for are compared first, so a label is hashed and looked up once, not per future.
    const std::string& label_text(std::string_view text) {
        for (const std::string* s : recent_labels)
            if (*s == text) return *s;
        const std::string& found = stable_text(std::string(text));
        if (recent_labels.size() < 8) recent_labels.push_back(&found);
        return found;
    }
    std::vector<const std::string*> recent_labels;
    Heap heap;  // destroyed after the members below
    BuiltinTypes types;
    ExceptionTypes exc;
    Value none = Value::none();
    // object.__new__ (a staticmethod) and object.__init__ as found in object's dict: calling a
    // class skips them when they are the ones in force.
    Value object_new, object_init;
    Value builtins;       // DictObject
    Value not_implemented;
    Value ellipsis;
    std::map<std::string, Value> modules;  // importable modules by name
    RunOptions options;
    OutputSinks sinks;
    double clock = 0.0;   // the virtual clock, seconds
    MersenneTwister random;
    std::vector<std::string> source_lines;  // of the main file, for tracebacks
    // The program's own modules by dotted name, compiled before the run (modules/own_modules.h),
    // made on first import; and the paths of those imported so far, in that order.
    std::map<std::string, OwnModule> own_modules;
    std::vector<std::string> loaded_files;
    // The source lines of `filename` for a traceback: the main file's or an own module's.
    const std::vector<std::string>* lines_of(const std::string& filename) const;
    // `itertools.tee`: a name CPython's standard-library module has and Loopstep's lacks.
    bool is_loopstep_gap(const std::string& module, const std::string& name) const;
    // Stand-in addresses for reprs like `<Foo object at 0x...>`, numbered by first appearance so
    // that output is the same on every run.
    std::map<const Object*, uint64_t> display_ids;

    // ---- making values
    // Strings are capped at kMaxStrBytes: past it, MemoryError (before allocating when the size is
    // known in advance: `need_str_bytes`).
    static constexpr size_t kMaxStrBytes = size_t{1} << 28;
    void need_str_bytes(uint64_t bytes);
    Value str(std::string text);
    Value str(std::string_view text) { return str(std::string(text)); }
    Value str(const char* text) { return str(std::string(text)); }
    Value intern(const std::string& text);  // shared StrObject for names
    Value tuple(std::vector<Value> items);
    Value list(std::vector<Value> items);
    Value dict();
    Value set(bool frozen = false);
    Value native(const std::string& name, NativeFn fn, Value self = Value(), Value data = Value());
    // The same native bound to `self` (sharing its name).
    Value bind_native(const NativeFunctionObject& unbound, Value self);
    Ref<ClassObject> make_class(const std::string& name, std::vector<Ref<ClassObject>> bases,
                                InstanceLayout layout = InstanceLayout::Builtin);
    // Adds a native method to a built-in class.
    void add_method(ClassObject* cls, const std::string& name, NativeFn fn);
    void set_attr_raw(ClassObject* cls, const std::string& name, Value value);

    // ---- raising
    [[noreturn]] void raise(ClassObject* type, const std::string& message);
    [[noreturn]] void raise(const Ref<ClassObject>& type, const std::string& message) { raise(type.get(), message); }
    [[noreturn]] void raise_value(Value exception);
    Value new_exception(ClassObject* type, std::vector<Value> args);
    // The exception currently being handled (innermost across the running frames), or unset.
    Value handled_exception() const;

    // ---- object protocol (each may run Python code and raise)
    ClassObject* type_of(const Value& v) const {
        switch (v.tag()) {
            case Tag::Obj: return v.obj()->type();
            case Tag::Unset:
            case Tag::None: return types.none.get();
            case Tag::Bool: return types.bool_.get();
            case Tag::Int: return types.int_.get();
            case Tag::Float: return types.float_.get();
        }
        return types.object.get();
    }
    std::string type_name(const Value& v) const;
    bool isinstance(const Value& v, const ClassObject* cls) const;
    bool truthy(const Value& v);
    std::string repr(const Value& v);
    std::string to_str(const Value& v);
    uint64_t hash(const Value& v);
    bool eq(const Value& a, const Value& b);
    Value compare(int cmp_op, const Value& a, const Value& b);  // cmp_op = ast::CmpOperator
    bool less_than(const Value& a, const Value& b);  // for sorting, min, max
    Value binary_op(int op, const Value& a, const Value& b, bool inplace = false);  // op = ast::Operator
    Value unary_op(int op, const Value& v);
    bool contains(const Value& container, const Value& item);
    Value getattr(const Value& obj, const Value& name);            // AttributeError when absent
    Value getattr(const Value& obj, const std::string& name) { return getattr(obj, intern(name)); }
    Value lookup_attr(const Value& obj, const Value& name);        // unset when absent
    void setattr(const Value& obj, const Value& name, const Value& value);
    bool set_through_class(const Value& obj, ClassObject* type, const Value& name, const Value& value, bool use_hook);
    void delattr(const Value& obj, const Value& name);
    Value getitem(const Value& container, const Value& key);
    void setitem(const Value& container, const Value& key, const Value& value);
    void delitem(const Value& container, const Value& key);
    // The built-in behaviour alone, whatever a subclass overrides (list.__getitem__ & co.).
    Value getitem_builtin(const Value& container, const Value& key);
    void setitem_builtin(const Value& container, const Value& key, const Value& value);
    void delitem_builtin(const Value& container, const Value& key);
    bool contains_builtin(const Value& container, const Value& item);
    Value iter_builtin(const Value& iterable);
    std::string repr_builtin(const Value& v);
    Value iter(const Value& iterable);
    Value next(const Value& iterator);  // unset when exhausted
    std::vector<Value> to_vector(const Value& iterable);
    int64_t index_value(const Value& v, const char* what);  // __index__-like: ints and bools
    Value format(const Value& v, const std::string& spec);

    // ---- calling
    Value call(const Value& callable, const CallArgs& args);
    Value call(const Value& callable, std::initializer_list<Value> positional);
    Value call_method(const Value& obj, const std::string& name, std::initializer_list<Value> positional);
    // obj.name(*positional) for an interned `name`, without making the bound method when the
    // attribute is a plain function or native found on obj's class (and not in its own dict).
    Value call_method(const Value& obj, const Value& name, std::initializer_list<Value> positional);
    // Resumes a generator or coroutine with a value (or throws `thrown` into it when set).
    ResumeResult resume(GeneratorObject* gen, Value sent, Value thrown = Value());
    // Runs `entry` (and every frame it calls) until it returns, yields or raises. With `pending`
    // set, that exception is raised at the frame's suspension point first (generator.throw()).
    ResumeResult execute(Frame* entry, Value pending);
    // Runs compiled module code in a fresh __main__ namespace. Code compiled with top-level await
    // (a coroutine: notebook mode) is awaited by asyncio.run instead (notebook_module.cpp).
    void run_module(std::shared_ptr<const Code> code, const std::string& filename);
    void run_module_coroutine(std::shared_ptr<const Code> code, const Value& globals);
    // Runs compiled module code with `globals` as its namespace (the asyncio prelude).
    void run_code_in(std::shared_ptr<const Code> code, const Value& globals);

    // ---- running state
    Frame* current_frame() const { return current_; }
    int depth() const { return depth_; }
    // Python code that natives call back (a __repr__ calling repr(), a sort key, a __eq__) nests
    // C++ calls, whose frames are large in sanitizer builds: past kMaxNativeStackBytes of C++ stack
    // used since the Interp was made, that is a RecursionError too, whatever the depth count says.
    // (The thread running the engine needs a stack of 8 MiB, the Linux default.)
    static constexpr uintptr_t kMaxNativeStackBytes = uintptr_t{4} << 20;
    bool native_stack_exhausted() const {
        const auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        return here < stack_base_ && stack_base_ - here > kMaxNativeStackBytes;
    }
    // Natives that recurse into nested values (repr, ==, < of a list of lists) count as call depth,
    // as in CPython: past the recursion limit they raise RecursionError with `message` instead of
    // exhausting the C++ stack.
    class NestedCall {
    public:
        NestedCall(Interp& vm, const char* message) : vm_(vm) {
            if (vm_.depth_ >= vm_.options.recursion_limit || vm_.native_stack_exhausted())
                vm_.raise(vm_.exc.recursion_error, message);
            ++vm_.depth_;
        }
        ~NestedCall() { --vm_.depth_; }
        NestedCall(const NestedCall&) = delete;
        NestedCall& operator=(const NestedCall&) = delete;

    private:
        Interp& vm_;
    };
    std::string format_traceback(const Value& exception);
    std::string exception_line(const Value& exception);  // "Type: message"

    // The trace being recorded (null: tracing off) and the file whose lines it records.
    TraceRecorder* tracer = nullptr;
    std::string main_filename;

    // asyncio state: the loop running now, the current loop of get/set_event_loop, task numbering.
    Value running_loop;
    Value event_loop;
    uint64_t task_counter = 0;  // Task-N names
    uint64_t task_serial = 0;   // every task, named or not
    // The contextvars context the running code sees (modules/contextvars_objects.h); unset: an
    // empty one that no one holds yet (so programs without contextvars never make one).
    Value current_context;
    Value context_missing;  // Token.MISSING
    Value asyncio_set_result_unless_cancelled;  // the sleep timers' callback
    Value asyncio_sleep;  // the prelude's `async def sleep`: `await asyncio.sleep(x)` skips it (aio::awaited_sleep)
    // The prelude's Queue.get / Queue.put / Lock.acquire: awaited at once, their coroutines are
    // not made when a native does the same (aio::awaited_without_coroutine).
    Value asyncio_queue_get, asyncio_queue_put, asyncio_lock_acquire;
    // The prelude's _ContextManagerMixin.__aenter__/__aexit__ (Lock, Semaphore, Condition): `async
    // with` calls self.acquire() / self.release() in their place (VmSupport::with_protocol).
    Value asyncio_mixin_aenter, asyncio_mixin_aexit;
    // sys, once imported (modules/module_sys.cpp): print() writes to sys.stdout, straight to the
    // sinks while it is still the stream sys made; sys.modules learns each later import.
    Value sys_module, sys_modules, sys_stdout_default, sys_stderr_default;
    // logging's namespace, once imported: its natives (modules/logging_natives.cpp) read the module's
    // classes and settings there, as its Python code does.
    Value logging_namespace;
    int64_t steps_taken = 0;
    // sys.get_int_max_str_digits(): the longest decimal int that str() and int() convert (0: no
    // limit); objects/int_values.h reads and sets it.
    int64_t max_str_digits = 4300;
    int64_t live_tasks = 0;

    // Executed instructions, and the count when the current task step (or the module) began.
    uint64_t instructions = 0;
    // Changes whenever a class is made or a class's attributes change: the inline caches of
    // attribute instructions (CodeObject::caches) are valid only for the epoch they were filled in.
    uint64_t class_epoch = 1;
    // Interned names the hot paths look up (hash computed once).
    struct Names {
        Value await_, next_, enter_, exit_, aenter_, aexit_;
    } names;
    uint64_t instructions_at_step = 0;
    const TaskObject* step_task = nullptr;  // the task whose step runs now (null: the module), for budget messages
    // Every 16K instructions: the stop request, the instruction budget, the object budget.
    void check_budgets(Frame* f);

    Ref<CodeObject> load_code(std::shared_ptr<const Code> code);
    Value make_instance(ClassObject* cls);
    Value make_generator(std::unique_ptr<Frame> frame, GeneratorObject::Kind kind, const FunctionObject* fn);

private:
    friend struct VmSupport;
    friend struct CallSupport;
    void bootstrap_types();
    void bootstrap_exceptions();
    void install_builtins();
    void install_modules();

    Frame* current_ = nullptr;
    int depth_ = 0;
    uintptr_t stack_base_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    std::unordered_map<std::string, Value> interned_;
public:
    // runtime_class()'s classes by the address of their name (always a string literal).
    std::unordered_map<const char*, ClassObject*> runtime_classes_;
    static constexpr size_t kLiteralSlots = 512;
    struct LiteralSlot {
        const char* literal = nullptr;
        const Value* name = nullptr;
    };
    // A name the natives use, interned once per literal (keyed by the literal's address).
    const Value& literal_name(const char* literal) {
        // A direct-mapped front (a few instructions), then the index of every literal seen.
        LiteralSlot& slot = literal_slots_[(reinterpret_cast<uintptr_t>(literal) >> 2) & (kLiteralSlots - 1)];
        if (slot.literal == literal) return *slot.name;
        return literal_name_slow(literal, slot);
    }
    const Value& literal_name_slow(const char* literal, LiteralSlot& slot);
    std::array<LiteralSlot, kLiteralSlots> literal_slots_{};
    std::unordered_map<const char*, Value> literal_names_;
    // type->lookup(name) through a direct-mapped cache valid for one class_epoch (CPython's type
    // attribute cache): the natives and the generic attribute paths look the same names up on
    // the same few classes again and again. A miss, or a name not found, is cached too.
    Value type_lookup(ClassObject* type, const Value& name) {
        auto key = (reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(name.obj()) >> 4);
        TypeCacheEntry& e = type_cache_[(key * 0xC2B2AE3D27D4EB4Full) >> (64 - kTypeCacheBits)];
        if (e.type == type && e.name == name.obj() && e.epoch == class_epoch) return e.value;
        Value found = type->lookup(name);
        e.type = type;
        e.name = name.obj();
        // Held too, so neither address can be reused by another class or name while cached.
        e.held_type = Value::object(type);
        e.held_name = name;
        e.epoch = class_epoch;
        e.value = found;
        return found;
    }
    // Native code's `obj.<literal>` reads on instances (asyncio's queue natives): per literal,
    // whether the class had an attribute of that name at this class epoch, and where the last
    // instance dict kept the name (a hint, checked before use). See aio's queue methods.
    struct AttrSite {
        const char* literal = nullptr;
        const ClassObject* type = nullptr;
        uint64_t epoch = 0;
        bool class_has = true;
        uint32_t hint = 0;
    };
    std::array<AttrSite, 64> attr_sites{};
    // A fast-path site of asyncio's queue, lock and event natives (plain_fields.h): its verdict on
    // a class for one class epoch, and where the fields are in the last instance dict it looked
    // at, while that dict's keys stay the same (the dict is held, so its address is not reused).
    struct PlainSite {
        const ClassObject* type = nullptr;
        uint64_t epoch = 0;
        bool class_ok = false;
        Value dict;
        uint64_t version = 0;
        bool fields_ok = false;
        std::array<int32_t, 8> at{};
    };
    std::array<PlainSite, 5> plain_sites{};
    // Answers of natives' class tests ("does this class still have logging.py's emit?"), direct
    // mapped on (test, class), valid for one class epoch (modules/logging_natives.cpp).
    struct ClassCheck {
        const char* test = nullptr;
        const ClassObject* type = nullptr;
        uint64_t epoch = 0;
        bool ok = false;
    };
    std::array<ClassCheck, 64> class_checks{};
    static constexpr int kTypeCacheBits = 11;
    struct TypeCacheEntry {
        ClassObject* type = nullptr;   // the key, compared as plain pointers (the hit path)
        const Object* name = nullptr;
        uint64_t epoch = 0;
        Value value, held_type, held_name;
    };
    std::vector<TypeCacheEntry> type_cache_ = std::vector<TypeCacheEntry>(size_t(1) << kTypeCacheBits);
private:
};

// The __dict__ slot of a str, tuple, list, dict, set or frozenset (only an instance of a user
// subclass of one of them uses it), or null for any other object.
inline Value* builtin_attrs_slot(const Value& v) {
    if (!v.is_obj()) return nullptr;
    Object* o = v.obj();
    switch (o->kind) {
        case ObjKind::Str: return &static_cast<StrObject*>(o)->attrs;
        case ObjKind::Tuple: return &static_cast<TupleObject*>(o)->attrs;
        case ObjKind::List: return &static_cast<ListObject*>(o)->attrs;
        case ObjKind::Dict: return &static_cast<DictObject*>(o)->attrs;
        case ObjKind::Set: return &static_cast<SetObject*>(o)->attrs;
        default: return nullptr;
    }
}

// True for an instance of a user subclass of str, tuple, list, dict, set or frozenset: the
// operators look at its class's Python methods before doing the built-in thing.
inline bool is_builtin_subclass_instance(const Value& v) {
    return v.is_obj() && v.obj()->type()->is_user_class && builtin_attrs_slot(v) != nullptr;
}

// For an instance of a user subclass of a built-in: its class's Python override of the special
// method `literal` (callers pass literals), or unset when the built-in behaviour applies.
inline Value subclass_override(Interp& vm, const Value& v, const char* literal) {
    if (!is_builtin_subclass_instance(v)) return Value();
    Value m = vm.type_lookup(v.obj()->type(), vm.literal_name(literal));
    if (m.is_unset() || m.is(ObjKind::Native)) return Value();
    return m;
}

// Sub-parts of the runtime, each in its own file, registering natives on an Interp.
void install_object_type(Interp& vm);      // object, type: __init__, __new__, __repr__, __eq__, ...
void install_class_creation(Interp& vm);    // __build_class__, type.__new__/__call__, object.__new__
void install_builtin_subclassing(Interp& vm);  // tuple.__new__, list.__init__, list.__getitem__, ...
// type.__new__(meta, name, bases, namespace, **kwargs) (objects/class_creation.cpp).
Value create_class(Interp& vm, ClassObject* meta, const Value& name, const Value& bases, const Value& ns,
                   const CallArgs& kwargs);
void install_builtin_functions(Interp& vm);  // print, len, range, sorted, ... (builtins.cpp)
void install_str_methods(Interp& vm);
void install_list_methods(Interp& vm);     // list and tuple
void install_dict_methods(Interp& vm);     // dict, set, frozenset
void install_number_methods(Interp& vm);   // int, float, bool
void install_exception_methods(Interp& vm);
void install_generator_methods(Interp& vm);
void install_module_time(Interp& vm);
void install_module_dataclasses(Interp& vm);
void install_async_generator_methods(Interp& vm);
void install_coroutine_wrapper(Interp& vm);
// Builds the asyncio module (natives + prelude); done on its first import.
Value load_asyncio_module(Interp& vm);
// A standard-library module made on its first import (modules/stdlib_modules.cpp): a native one,
// or one written in Python, compiled on first use in the process and run into a new module;
// registered in vm.modules; unset when there is no such module.
Value import_stdlib_python_module(Interp& vm, const std::string& name);
// The program's stdout (fd 1: recorded in the trace, then the out sink) or stderr (fd 2: the err
// sink), as sys.stdout / sys.stderr write them (modules/module_sys.cpp).
void write_std_stream(Interp& vm, int fd, const std::string& text);
// A big int literal from the constant pool (objects/int_text.cpp).
Value int_from_literal(Interp& vm, const std::string& text);

}  // namespace loopstep
