// Two passes, as in CPython: the first walks the tree and records, per scope, how each name is
// used (bound, read, declared global/nonlocal, parameter); the second resolves every name against
// the enclosing function scopes and turns captured locals into cells.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

namespace loopstep {

std::string mangle(const std::string& private_name, const std::string& name) {
    if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0) return name;
    if (name.find('.') != std::string::npos) return name;
    size_t first = private_name.find_first_not_of('_');
    if (first == std::string::npos) return name;
    return "_" + private_name.substr(first) + name;
}

const Symbol* Scope::lookup(const std::string& mangled_name) const {
    auto it = symbols.find(mangled_name);
    return it == symbols.end() ? nullptr : &it->second;
}

NameScope Scope::resolve(const std::string& mangled_name) const {
    const Symbol* symbol = lookup(mangled_name);
    return symbol ? symbol->scope : NameScope::GlobalImplicit;
}

std::vector<std::string> Scope::local_names() const {
    std::vector<std::string> names = params;
    if (!is_function_like()) return names;
    for (const auto& name : order) {
        const Symbol& symbol = symbols.at(name);
        if (symbol.scope == NameScope::Local && !symbol.param) names.push_back(name);
    }
    return names;
}

std::vector<std::string> Scope::cell_names() const {
    std::vector<std::string> names;
    if (kind == ScopeKind::Class) {
        if (needs_class_cell) names.push_back("__class__");
        return names;
    }
    for (const auto& name : params)
        if (symbols.at(name).scope == NameScope::Cell) names.push_back(name);
    for (const auto& name : order) {
        const Symbol& symbol = symbols.at(name);
        if (symbol.scope == NameScope::Cell && !symbol.param) names.push_back(name);
    }
    return names;
}

std::vector<std::string> Scope::free_names() const {
    std::vector<std::string> names;
    for (const auto& name : order) {
        const Symbol& symbol = symbols.at(name);
        if (symbol.scope == NameScope::Free || symbol.free_in_class) names.push_back(name);
    }
    return names;
}

const Scope* Scope::child_named(const std::string& child_name) const {
    for (const auto& child : children)
        if (child->name == child_name) return child.get();
    return nullptr;
}

namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

const char* comprehension_title(const std::string& scope_name) {
    if (scope_name == "<listcomp>") return "list comprehension";
    if (scope_name == "<setcomp>") return "set comprehension";
    if (scope_name == "<dictcomp>") return "dict comprehension";
    return "generator expression";
}

const char* comprehension_name(ExprKind kind) {
    switch (kind) {
        case ExprKind::ListComp:
            return "<listcomp>";
        case ExprKind::SetComp:
            return "<setcomp>";
        case ExprKind::DictComp:
            return "<dictcomp>";
        default:
            return "<genexpr>";
    }
}

// Pass 1: walks the tree recording uses and bindings per scope.
class ScopeBuilder {
public:
    ScopeBuilder(SymbolTable& table, std::string filename, bool allow_top_level_await)
        : table_(table), filename_(std::move(filename)), allow_top_level_await_(allow_top_level_await) {}

    std::optional<Diagnostic> run(const ast::Module& module) {
        table_.module = std::make_unique<Scope>();
        table_.module->kind = ScopeKind::Module;
        table_.module->name = "<module>";
        table_.module->pos = {1, 1};
        current_ = table_.module.get();
        visit_body(module.body);
        return error_;
    }

private:
    void fail(ast::Pos pos, std::string message) {
        if (!error_) error_ = Diagnostic{filename_, pos.line, pos.col, std::move(message)};
    }

    Symbol& symbol(const std::string& raw_name) {
        std::string name = mangle(current_->private_name, raw_name);
        auto [it, inserted] = current_->symbols.try_emplace(name);
        if (inserted) {
            it->second.name = name;
            current_->order.push_back(name);
        }
        return it->second;
    }
    void bind(const std::string& name) { symbol(name).bound = true; }

    // An await-like construct in the module's own body: recorded (the note of notebook mode names
    // it); an error unless top-level await is allowed, and then the module runs as a coroutine.
    bool top_level_async(ast::Pos pos, const char* message) {
        if (current_->kind != ScopeKind::Module) return false;
        if (!table_.top_level_await) table_.top_level_await = Diagnostic{filename_, pos.line, pos.col, message};
        if (allow_top_level_await_) current_->is_async = true;
        else fail(pos, message);
        return true;
    }
    void use(const std::string& name) { symbol(name).used = true; }

    Scope* open(ScopeKind kind, std::string name, ast::Pos pos, const void* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->pos = pos;
        scope->parent = current_;
        scope->private_name = kind == ScopeKind::Class ? scope->name : current_->private_name;
        Scope* raw = scope.get();
        current_->children.push_back(std::move(scope));
        table_.scope_of[node] = raw;
        current_ = raw;
        return raw;
    }
    void close() { current_ = current_->parent; }

    void add_param(const ast::Arg& arg) {
        std::string name = mangle(current_->private_name, arg.name);
        if (current_->symbols.count(name)) {
            fail(arg.pos, "duplicate argument '" + arg.name + "' in function definition");
            return;
        }
        Symbol& s = symbol(arg.name);
        s.param = true;
        s.bound = true;
        current_->params.push_back(name);
    }

    void add_params(const ast::Arguments& args) {
        for (const auto& arg : args.posonlyargs)
            add_param(arg);
        for (const auto& arg : args.args)
            add_param(arg);
        for (const auto& arg : args.kwonlyargs)
            add_param(arg);
        if (args.vararg) add_param(*args.vararg);
        if (args.kwarg) add_param(*args.kwarg);
        current_->posonly_count = static_cast<int>(args.posonlyargs.size());
        current_->positional_count = static_cast<int>(args.posonlyargs.size() + args.args.size());
        current_->kwonly_count = static_cast<int>(args.kwonlyargs.size());
        current_->has_varargs = args.vararg != nullptr;
        current_->has_varkeywords = args.kwarg != nullptr;
    }

    void visit_defaults(const ast::Arguments& args) {
        for (const auto& e : args.defaults)
            visit_expr(*e);
        for (const auto& e : args.kw_defaults)
            if (e) visit_expr(*e);
    }

    void declare(const Stmt& s, bool global) {
        const char* what = global ? "global" : "nonlocal";
        if (!global && current_->kind == ScopeKind::Module) {
            fail(s.pos, "nonlocal declaration not allowed at module level");
            return;
        }
        for (const auto& raw : s.identifiers) {
            Symbol& sym = symbol(raw);
            std::string quoted = "'" + raw + "'";
            if (sym.param) {
                fail(s.pos, "name " + quoted + " is parameter and " + what);
            } else if (sym.used) {
                fail(s.pos, "name " + quoted + " is used prior to " + what + " declaration");
            } else if (sym.annotated) {
                fail(s.pos, "annotated name " + quoted + " can't be " + what);
            } else if (sym.bound) {
                fail(s.pos, "name " + quoted + " is assigned to before " + what + " declaration");
            } else if (global ? sym.declared_nonlocal : sym.declared_global) {
                fail(s.pos, "name " + quoted + " is nonlocal and global");
            }
            (global ? sym.declared_global : sym.declared_nonlocal) = true;
            sym.declared_at = s.pos;
        }
    }

    void visit_body(const ast::StmtList& body) {
        for (const auto& s : body)
            visit_stmt(*s);
    }

    void visit_stmt(const Stmt& s);
    void visit_expr(const Expr& e);
    void visit_comprehension(const Expr& e);
    void visit_named_expr(const Expr& e);
    void visit_exprs(const ast::ExprList& list) {
        for (const auto& e : list)
            if (e) visit_expr(*e);
    }

    SymbolTable& table_;
    std::string filename_;
    Scope* current_ = nullptr;
    bool in_comprehension_target_ = false;
    bool allow_top_level_await_ = false;
    std::optional<Diagnostic> error_;
};

void ScopeBuilder::visit_stmt(const Stmt& s) {
    switch (s.kind) {
        case StmtKind::FunctionDef: {
            bind(s.name);
            visit_defaults(*s.args);
            visit_exprs(s.decorator_list);
            open(ScopeKind::Function, s.name, s.pos, &s)->is_async = s.is_async;
            add_params(*s.args);
            visit_body(s.body);
            close();
            break;
        }
        case StmtKind::ClassDef: {
            bind(s.name);
            visit_exprs(s.bases);
            for (const auto& k : s.keywords)
                visit_expr(*k.value);
            visit_exprs(s.decorator_list);
            open(ScopeKind::Class, s.name, s.pos, &s);
            visit_body(s.body);
            close();
            break;
        }
        case StmtKind::Return:
            if (!current_->is_function_like()) fail(s.pos, "'return' outside function");
            if (s.value) visit_expr(*s.value);
            break;
        case StmtKind::Delete:
            visit_exprs(s.targets);
            break;
        case StmtKind::Assign:
            visit_expr(*s.value);
            visit_exprs(s.targets);
            break;
        case StmtKind::AugAssign:
            visit_expr(*s.value);
            visit_expr(*s.target);
            if (s.target->kind == ExprKind::Name) use(s.target->id);
            break;
        case StmtKind::AnnAssign:
            if (s.target->kind == ExprKind::Name) {
                Symbol& sym = symbol(s.target->id);
                if (sym.declared_global || sym.declared_nonlocal) {
                    fail(s.pos, "annotated name '" + s.target->id + "' can't be " +
                                    (sym.declared_global ? "global" : "nonlocal"));
                }
                sym.annotated = true;
                sym.bound = true;
            }
            if (s.value) {
                visit_expr(*s.value);
                visit_expr(*s.target);
            }
            break;
        case StmtKind::For:
            if (s.is_async && !(current_->kind == ScopeKind::Function && current_->is_async) &&
                !top_level_async(s.pos, "'async for' outside async function"))
                fail(s.pos, "'async for' outside async function");
            visit_expr(*s.iter);
            visit_expr(*s.target);
            visit_body(s.body);
            visit_body(s.orelse);
            break;
        case StmtKind::While:
        case StmtKind::If:
            visit_expr(*s.test);
            visit_body(s.body);
            visit_body(s.orelse);
            break;
        case StmtKind::With:
            if (s.is_async && !(current_->kind == ScopeKind::Function && current_->is_async) &&
                !top_level_async(s.pos, "'async with' outside async function"))
                fail(s.pos, "'async with' outside async function");
            for (const auto& item : s.items) {
                visit_expr(*item.context_expr);
                if (item.optional_vars) visit_expr(*item.optional_vars);
            }
            visit_body(s.body);
            break;
        case StmtKind::Raise:
            if (s.exc) visit_expr(*s.exc);
            if (s.cause) visit_expr(*s.cause);
            break;
        case StmtKind::Try:
            visit_body(s.body);
            for (const auto& h : s.handlers) {
                if (h.type) visit_expr(*h.type);
                if (!h.name.empty()) bind(h.name);
                visit_body(h.body);
            }
            visit_body(s.orelse);
            visit_body(s.finalbody);
            break;
        case StmtKind::Assert:
            visit_expr(*s.test);
            if (s.msg) visit_expr(*s.msg);
            break;
        case StmtKind::Import:
            for (const auto& alias : s.names) {
                if (!alias.asname.empty()) {
                    bind(alias.asname);
                } else {
                    bind(alias.name.substr(0, alias.name.find('.')));
                }
            }
            break;
        case StmtKind::ImportFrom:
            for (const auto& alias : s.names)
                if (alias.name != "*") bind(alias.asname.empty() ? alias.name : alias.asname);
            break;
        case StmtKind::Global:
            declare(s, true);
            break;
        case StmtKind::Nonlocal:
            declare(s, false);
            break;
        case StmtKind::Expr:
            visit_expr(*s.value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
    }
}

void ScopeBuilder::visit_expr(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Name:
            if (e.ctx == ast::ExprContext::Load) {
                use(e.id);
                if (e.id == "super" && current_->is_function_like()) use("__class__");
            } else {
                Symbol& sym = symbol(e.id);
                sym.bound = true;
                if (in_comprehension_target_) sym.comprehension_target = true;
            }
            break;
        case ExprKind::Constant:
            break;
        case ExprKind::Lambda:
            visit_defaults(*e.args);
            open(ScopeKind::Lambda, "<lambda>", e.pos, &e);
            add_params(*e.args);
            visit_expr(*e.a);
            close();
            break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
            visit_comprehension(e);
            break;
        case ExprKind::NamedExpr:
            visit_named_expr(e);
            break;
        case ExprKind::Await:
            if (!current_->is_function_like()) {
                if (!top_level_async(e.pos, "'await' outside function")) fail(e.pos, "'await' outside function");
            } else if (current_->kind == ScopeKind::Comprehension) {
                current_->is_async = true;
            } else if (!(current_->kind == ScopeKind::Function && current_->is_async)) {
                fail(e.pos, "'await' outside async function");
            }
            visit_expr(*e.a);
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            if (!current_->is_function_like()) {
                fail(e.pos, "'yield' outside function");
            } else if (current_->kind == ScopeKind::Comprehension) {
                fail(e.pos, std::string("'yield' inside ") + comprehension_title(current_->name));
            } else if (e.kind == ExprKind::YieldFrom && current_->is_async) {
                fail(e.pos, "'yield from' inside async function");
            }
            current_->is_generator = true;
            if (e.a) visit_expr(*e.a);
            break;
        default:
            if (e.a) visit_expr(*e.a);
            if (e.b) visit_expr(*e.b);
            if (e.c) visit_expr(*e.c);
            visit_exprs(e.keys);
            visit_exprs(e.elts);
            for (const auto& k : e.keywords)
                visit_expr(*k.value);
            break;
    }
}

void ScopeBuilder::visit_comprehension(const Expr& e) {
    // The first iterable is evaluated in the enclosing scope and passed in as parameter `.0`.
    visit_expr(*e.generators.front().iter);
    Scope* comp = open(ScopeKind::Comprehension, comprehension_name(e.kind), e.pos, &e);
    comp->is_generator = e.kind == ExprKind::GeneratorExp;
    Symbol& iter_param = symbol(".0");
    iter_param.param = true;
    iter_param.bound = true;
    comp->params.push_back(".0");
    comp->positional_count = 1;
    for (size_t i = 0; i < e.generators.size(); ++i) {
        const ast::Comprehension& gen = e.generators[i];
        if (gen.is_async) comp->is_async = true;
        in_comprehension_target_ = true;
        visit_expr(*gen.target);
        in_comprehension_target_ = false;
        if (i > 0) visit_expr(*gen.iter);
        visit_exprs(gen.ifs);
    }
    if (e.a) visit_expr(*e.a);
    if (e.b) visit_expr(*e.b);
    close();
    // Python 3.11: an asynchronous list/set/dict comprehension makes the comprehension around it
    // asynchronous too; anywhere else it needs an async function.
    if (comp->is_async && e.kind != ExprKind::GeneratorExp) {
        if (current_->kind == ScopeKind::Comprehension) {
            current_->is_async = true;
        } else if (!(current_->kind == ScopeKind::Function && current_->is_async) &&
                   !top_level_async(e.pos, "asynchronous comprehension outside of an asynchronous function")) {
            fail(e.pos, "asynchronous comprehension outside of an asynchronous function");
        }
    }
}

void ScopeBuilder::visit_named_expr(const Expr& e) {
    visit_expr(*e.b);
    const std::string& name = e.a->id;
    if (current_->kind != ScopeKind::Comprehension) {
        bind(name);
        return;
    }
    // In a comprehension the target binds in the nearest enclosing non-comprehension scope.
    for (Scope* s = current_; s->kind == ScopeKind::Comprehension; s = s->parent) {
        const Symbol* sym = s->lookup(mangle(s->private_name, name));
        if (sym && sym->comprehension_target) {
            fail(e.a->pos,
                 "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
            return;
        }
    }
    Scope* target_scope = current_;
    while (target_scope->kind == ScopeKind::Comprehension)
        target_scope = target_scope->parent;
    if (target_scope->kind == ScopeKind::Class) {
        fail(e.pos, "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    Symbol& here = symbol(name);
    if (target_scope->kind == ScopeKind::Module) {
        here.declared_global = true;
    } else {
        here.declared_nonlocal = true;
    }
    here.declared_at = e.pos;
    Scope* saved = current_;
    current_ = target_scope;
    bind(name);
    current_ = saved;
}

// Pass 2: resolves every name, top-down for bindings, bottom-up for captures.
class ScopeResolver {
public:
    ScopeResolver(SymbolTable& table, std::string filename) : table_(table), filename_(std::move(filename)) {}

    std::optional<Diagnostic> run() {
        std::set<std::string> free;
        analyze(*table_.module, {}, free);
        return error_;
    }

private:
    void analyze(Scope& scope, const std::set<std::string>& enclosing_bound,
                 std::set<std::string>& free_out) {
        std::set<std::string> bound_for_children = enclosing_bound;
        std::set<std::string> locals, own_free;
        for (const auto& name : scope.order) {
            Symbol& sym = scope.symbols.at(name);
            if (sym.declared_nonlocal) {
                if (!enclosing_bound.count(name) && !error_)
                    error_ = Diagnostic{filename_, sym.declared_at.line, sym.declared_at.col,
                                        "no binding for nonlocal '" + name + "' found"};
                sym.scope = NameScope::Free;
                own_free.insert(name);
            } else if (sym.declared_global) {
                sym.scope = NameScope::GlobalExplicit;
                bound_for_children.erase(name);
                if (sym.bound) table_.global_bindings.insert(name);
            } else if (sym.bound) {
                sym.scope = NameScope::Local;
                locals.insert(name);
                if (scope.kind == ScopeKind::Module) table_.global_bindings.insert(name);
            } else if (scope.kind != ScopeKind::Module && enclosing_bound.count(name)) {
                sym.scope = NameScope::Free;
                own_free.insert(name);
            } else {
                sym.scope = NameScope::GlobalImplicit;
            }
        }
        if (scope.is_function_like()) {
            bound_for_children.insert(locals.begin(), locals.end());
        } else if (scope.kind == ScopeKind::Class) {
            bound_for_children.insert("__class__");
        } else {
            bound_for_children.clear();
        }

        std::set<std::string> children_free;
        for (auto& child : scope.children)
            analyze(*child, bound_for_children, children_free);

        if (scope.kind == ScopeKind::Class && children_free.erase("__class__")) scope.needs_class_cell = true;
        for (const auto& name : children_free) {
            auto it = scope.symbols.find(name);
            if (it == scope.symbols.end()) {
                // Only inner functions use it: this scope passes the cell through.
                Symbol sym;
                sym.name = name;
                sym.scope = NameScope::Free;
                scope.order.push_back(name);
                scope.symbols.emplace(name, std::move(sym));
                own_free.insert(name);
                continue;
            }
            Symbol& sym = it->second;
            if (scope.is_function_like() && sym.scope == NameScope::Local) {
                sym.scope = NameScope::Cell;
            } else if (scope.kind == ScopeKind::Class && sym.scope != NameScope::Free) {
                sym.free_in_class = true;
                own_free.insert(name);
            } else if (sym.scope == NameScope::Free) {
                own_free.insert(name);
            }
        }
        free_out.insert(own_free.begin(), own_free.end());
    }

    SymbolTable& table_;
    std::string filename_;
    std::optional<Diagnostic> error_;
};

}  // namespace

SymbolTableResult build_symbol_table(const ast::Module& module, const std::string& filename,
                                     bool allow_top_level_await) {
    SymbolTableResult result;
    result.table = std::make_unique<SymbolTable>();
    ScopeBuilder builder(*result.table, filename, allow_top_level_await);
    result.error = builder.run(module);
    if (!result.error) result.error = ScopeResolver(*result.table, filename).run();
    return result;
}

}  // namespace loopstep
