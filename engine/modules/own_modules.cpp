// Finding and compiling the program's own modules before it runs (own_modules.h), and the front
// ends' finder of the files beside the program (modules_beside, engine.h).
#include "modules/own_modules.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "compiler/compiler.h"
#include "source/source_text.h"
#include "syntax/parser.h"

namespace loopstep {

namespace {

// `.orders` in package `shop` is `shop.orders`; empty when it cannot resolve (the VM then raises
// CPython's ImportError at the import).
std::string resolve_relative(const std::string& name, std::string package) {
    size_t level = name.find_first_not_of('.');
    if (level == 0) return name;
    if (level == std::string::npos) level = name.size();
    if (package.empty()) return "";
    for (size_t up = 1; up < level; ++up) {
        size_t dot = package.rfind('.');
        if (dot == std::string::npos) return "";
        package.resize(dot);
    }
    return level == name.size() ? package : package + "." + name.substr(level);
}

// The module names `code` (and every code object nested in it) imports: each IMPORT_NAME, and for
// `from pkg import x` also `pkg.x`, which is a submodule when pkg is a package.
// `package` is the importing module's package, against which relative names (`.orders`) resolve.
void imported_names(const Code& code, const std::string& package, std::vector<std::string>& names) {
    std::string last_module;
    for (const Instruction& in : code.instructions) {
        if (in.op == Op::IMPORT_NAME) {
            last_module = resolve_relative(code.names[in.arg], package);
            if (!last_module.empty()) names.push_back(last_module);
        } else if (in.op == Op::IMPORT_FROM && !last_module.empty()) {
            names.push_back(last_module + "." + code.names[in.arg]);
        }
    }
    for (const Constant& c : code.constants)
        if (c.kind == Constant::Kind::Code && c.code) imported_names(*c.code, package, names);
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

}  // namespace

std::optional<Diagnostic> resolve_own_modules(const Code& main, const ModuleFinder& find,
                                              std::map<std::string, OwnModule>& out) {
    if (!find) return std::nullopt;
    std::vector<std::string> pending;
    imported_names(main, "", pending);
    std::set<std::string> asked;
    while (!pending.empty()) {
        std::string name = std::move(pending.back());
        pending.pop_back();
        // `import a.b.c` needs a and a.b first: ask for each prefix.
        for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
            if (!asked.count(name.substr(0, dot))) pending.push_back(name.substr(0, dot));
        if (!asked.insert(name).second) continue;
        std::optional<ModuleFile> file = find(name);
        if (!file) continue;
        if (out.size() >= kMaxOwnModules)
            return Diagnostic{file->path, 1, 1,
                              "more than " + std::to_string(kMaxOwnModules) + " modules of the program's own"};
        std::string text = std::move(file->source);
        if (auto d = normalize_source(text, file->path)) return d;
        ParseResult parsed = parse_module(text, file->path);
        if (parsed.error) return parsed.error;
        CompileResult compiled = compile_module(*parsed.module, file->path);
        if (compiled.error) return compiled.error;
        size_t dot = name.rfind('.');
        imported_names(*compiled.code, file->package ? name : dot == std::string::npos ? "" : name.substr(0, dot),
                       pending);
        out[name] = OwnModule{file->path, compiled.code, file->package, split_lines(text)};
    }
    return std::nullopt;
}

ModuleFinder modules_beside(const std::string& program_path) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path dir = fs::absolute(fs::path(program_path), error).parent_path();
    if (error) return {};
    return [dir](const std::string& dotted) -> std::optional<ModuleFile> {
        fs::path base = dir;
        size_t start = 0;
        for (size_t dot = dotted.find('.');; dot = dotted.find('.', start)) {
            std::string part = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (part.empty() || part == ".." || part.find('/') != std::string::npos) return std::nullopt;
            base /= part;
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        auto read = [](const fs::path& path, bool package) -> std::optional<ModuleFile> {
            std::error_code e;
            if (!fs::is_regular_file(path, e)) return std::nullopt;
            auto size = fs::file_size(path, e);
            ModuleFile file{path.lexically_normal().string(), "", package};
            if (e || size > kMaxSourceBytes) {
                // Too big to read: let the engine's source check refuse it with its own words.
                file.source.assign(kMaxSourceBytes + 1, ' ');
                return file;
            }
            std::ifstream in(path, std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            file.source = bytes.str();
            return file;
        };
        // As CPython's path finder: a package directory first, then the module file.
        if (auto package = read(base / "__init__.py", true)) return package;
        return read(fs::path(base.string() + ".py"), false);
    };
}

}  // namespace loopstep
