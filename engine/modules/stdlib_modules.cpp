// Importing the standard-library modules written in Python (stdlib_modules.h).
#include "modules/stdlib_modules.h"

#include <map>
#include <memory>
#include <mutex>

#include "compiler/compiler.h"
#include "modules/embedded_python.h"
#include "syntax/parser.h"
#include "vm/interp.h"

namespace loopstep {

extern const EmbeddedPython kStdlibPython[];
extern const size_t kStdlibPythonCount;

Value make_module_math(Interp& vm);         // module_math.cpp
Value make_module_contextvars(Interp& vm);  // module_contextvars.cpp
Value make_module_random_core(Interp& vm);  // module_random.cpp (`_random`)
void install_queue_natives(Interp& vm, DictObject& module);  // queue_blocking.cpp
void install_logging_natives(Interp& vm, DictObject& module);  // logging_natives.cpp
void install_io_natives(Interp& vm, DictObject& module);  // io_natives.cpp
Value make_module_sys(Interp& vm);   // module_sys.cpp, completed by python/sys.py
void finish_module_sys(Interp& vm, const Value& module);

namespace {

// The native modules made on first import (the natives of time and dataclasses are
// installed with the runtime: the program's first statement usually imports them).
// A native module with a python/<name>.py beside it gets that code run into its namespace after
// `make`, then `finish` (when given).
struct NativeModule {
    const char* name;
    Value (*make)(Interp&);
    void (*finish)(Interp&, const Value&) = nullptr;
};
constexpr NativeModule kNativeModules[] = {{"math", &make_module_math},
                                           {"contextvars", &make_module_contextvars},
                                           {"_random", &make_module_random_core},
                                           {"sys", &make_module_sys, &finish_module_sys}};

// The natives a module written in Python uses, put into its namespace before its code runs.
struct PythonModuleNatives {
    const char* name;
    void (*install)(Interp&, DictObject&);
};
constexpr PythonModuleNatives kPythonModuleNatives[] = {{"queue", &install_queue_natives},
                                                       {"logging", &install_logging_natives},
                                                       {"io", &install_io_natives}};

}  // namespace

namespace {

constexpr std::string_view kSuffix = ".py";

const EmbeddedPython* find_source(std::string_view module) {
    for (size_t i = 0; i < kStdlibPythonCount; ++i) {
        std::string_view file = kStdlibPython[i].name;
        if (file.size() == module.size() + kSuffix.size() && file.substr(0, module.size()) == module &&
            file.substr(module.size()) == kSuffix)
            return &kStdlibPython[i];
    }
    return nullptr;
}

struct CompiledModule {
    std::shared_ptr<const Code> code;
    std::string error;  // a bug of ours: the embedded source does not compile
};

// Code objects are immutable, so every runtime of the process shares one compilation.
const CompiledModule& compiled(const std::string& module, const EmbeddedPython& source) {
    static std::mutex mutex;
    static std::map<std::string, CompiledModule> cache;
    std::lock_guard lock(mutex);
    auto [it, fresh] = cache.try_emplace(module);
    if (!fresh) return it->second;
    std::string filename = "<stdlib>/" + std::string(source.name);
    ParseResult parsed = parse_module(source.source, filename);
    if (parsed.error) {
        it->second.error = parsed.error->format();
        return it->second;
    }
    CompileResult result = compile_module(*parsed.module, filename);
    if (result.error) it->second.error = result.error->format();
    else it->second.code = result.code;
    return it->second;
}

}  // namespace

std::vector<std::string> stdlib_python_module_names() {
    std::vector<std::string> names;
    for (size_t i = 0; i < kStdlibPythonCount; ++i) {
        std::string_view file = kStdlibPython[i].name;
        if (file.size() > kSuffix.size()) names.emplace_back(file.substr(0, file.size() - kSuffix.size()));
    }
    return names;
}

Value import_stdlib_python_module(Interp& vm, const std::string& name) {
    const NativeModule* native = nullptr;
    for (const NativeModule& candidate : kNativeModules)
        if (name == candidate.name) native = &candidate;
    const EmbeddedPython* source = find_source(name);
    if (native && !source) {
        Value module = native->make(vm);
        vm.modules[name] = module;
        return module;
    }
    if (!source) return Value();
    const CompiledModule& module_code = compiled(name, *source);
    if (!module_code.error.empty())
        vm.raise(vm.exc.import_error, "Loopstep's module " + name + " does not compile: " + module_code.error);
    Value module = native ? native->make(vm) : vm.heap.value<ModuleObject>(vm.types.module.get(), name, vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("__name__"), vm.str(name));
    d->set(vm, vm.intern("__doc__"), Value::none());
    for (const PythonModuleNatives& natives : kPythonModuleNatives)
        if (name == natives.name) natives.install(vm, *d);
    // Registered before it runs, as CPython does: a module importing it back sees it half made.
    vm.modules[name] = module;
    try {
        vm.run_code_in(module_code.code, module.as<ModuleObject>()->dict);
        if (native && native->finish) native->finish(vm, module);
    } catch (...) {
        vm.modules.erase(name);
        throw;
    }
    return module;
}

}  // namespace loopstep
