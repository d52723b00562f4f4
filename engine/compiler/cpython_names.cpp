// The tables of cpython_names.h, looked up by binary search (the generator writes them sorted).
#include "compiler/cpython_names.h"

#include <algorithm>
#include <iterator>

namespace loopstep {

namespace {

#include "compiler/cpython_names.inc"

constexpr std::string_view kStdlibModules[] = {LOOPSTEP_STDLIB_MODULES};

struct ModuleNames {
    std::string_view module;
    std::string_view names;  // each followed by one space
};
constexpr ModuleNames kModuleNames[] = {LOOPSTEP_MODULE_NAMES};

}  // namespace

bool is_cpython_stdlib_module(std::string_view name) {
    std::string_view top = name.substr(0, name.find('.'));
    return std::binary_search(std::begin(kStdlibModules), std::end(kStdlibModules), top);
}

bool cpython_module_has(std::string_view module, std::string_view name) {
    if (name.empty() || name.find(' ') != std::string_view::npos) return false;
    for (const ModuleNames& entry : kModuleNames) {
        if (entry.module != module) continue;
        for (size_t at = entry.names.find(name); at != std::string_view::npos; at = entry.names.find(name, at + 1)) {
            bool starts = at == 0 || entry.names[at - 1] == ' ';
            bool ends = at + name.size() < entry.names.size() && entry.names[at + name.size()] == ' ';
            if (starts && ends) return true;
        }
        return false;
    }
    return false;
}

}  // namespace loopstep
