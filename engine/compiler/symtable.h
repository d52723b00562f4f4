// Scope analysis: decides for every name in every scope whether it is a fast local, a cell, a free
// variable, or a global, the way CPython's symtable does for the same source (Python 3.11 rules:
// comprehensions are function scopes; class scopes are invisible to the functions inside them).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "source/diagnostic.h"
#include "syntax/ast.h"

namespace loopstep {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Where a name lives at run time, as seen from one scope.
enum class NameScope : uint8_t {
    Local,           // fast local (functions) or namespace dict entry (module, class)
    GlobalExplicit,  // `global x`
    GlobalImplicit,  // not bound anywhere visible: module globals, then builtins
    Free,            // bound in an enclosing function, reached through a cell
    Cell,            // local here and captured by an inner function
};

struct Symbol {
    std::string name;  // already mangled (`__x` inside class C is `_C__x`)
    NameScope scope = NameScope::GlobalImplicit;
    bool bound = false;  // assigned, deleted, imported, def/class name, loop or `as` target
    bool used = false;   // read in this scope
    bool param = false;
    bool declared_global = false;
    bool declared_nonlocal = false;
    bool annotated = false;
    bool comprehension_target = false;  // iteration variable of a comprehension
    ast::Pos declared_at;               // position of the `global` / `nonlocal` statement
    // Class scopes only: the name is also free in a method, so the class body passes the
    // enclosing function's cell through while its own reads and writes use the class namespace.
    bool free_in_class = false;
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;  // function/class name, `<lambda>`, `<listcomp>`, `<module>`, ...
    ast::Pos pos;
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;  // in source order

    bool is_async = false;          // `async def`; for comprehensions: runs as a coroutine
    bool is_generator = false;      // contains yield (generator expressions always)
    bool needs_class_cell = false;  // class body whose methods use `super` or `__class__`
    std::string private_name;       // enclosing class name used for mangling, or empty

    std::vector<std::string> params;  // varnames order: positional, kw-only, *args, **kwargs
    int posonly_count = 0, positional_count = 0, kwonly_count = 0;
    bool has_varargs = false, has_varkeywords = false;

    const Symbol* lookup(const std::string& mangled_name) const;
    NameScope resolve(const std::string& mangled_name) const;  // unknown names: GlobalImplicit
    bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }

    std::vector<std::string> local_names() const;  // params then other fast locals, first-seen order
    std::vector<std::string> cell_names() const;   // params first, then first-seen order
    std::vector<std::string> free_names() const;   // first-seen order
    const Scope* child_named(const std::string& child_name) const;  // first child with that name

    // Symbols in first-seen order (the map gives lookup, the vector the order).
    std::vector<std::string> order;
    std::unordered_map<std::string, Symbol> symbols;
};

struct SymbolTable {
    std::unique_ptr<Scope> module;
    // The scope each FunctionDef / ClassDef statement and Lambda / comprehension expression opens.
    std::unordered_map<const void*, const Scope*> scope_of;
    // Names stored into module globals anywhere (module-level bindings and `global` + assignment).
    std::unordered_set<std::string> global_bindings;
    // The first module-level `await` / `async for` / `async with` / async comprehension, as the
    // SyntaxError `python3 prog.py` gives for it. With top-level await allowed (notebook mode),
    // the module scope is then async: its code is a coroutine.
    std::optional<Diagnostic> top_level_await;

    const Scope* scope_for(const void* node) const {
        auto it = scope_of.find(node);
        return it == scope_of.end() ? nullptr : it->second;
    }
};

struct SymbolTableResult {
    std::unique_ptr<SymbolTable> table;
    std::optional<Diagnostic> error;
};

// With `allow_top_level_await` (CPython's ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), the module's own body may
// await; class bodies, lambdas and plain functions still may not.
SymbolTableResult build_symbol_table(const ast::Module& module, const std::string& filename,
                                     bool allow_top_level_await = false);

// CPython's private-name mangling: `__spam` inside class `_Ham` becomes `_Ham__spam`.
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace loopstep
