// Finding the editable delays of a program by walking its AST (see parameters.h).
#include "compiler/parameters.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "numbers/float_format.h"
#include "source/source_text.h"
#include "syntax/ast.h"
#include "syntax/parser.h"

namespace loopstep {

namespace {

using namespace ast;

// Which argument of a known call is a delay: by position (-1: none) and by keyword.
struct Sink {
    const char* name;
    int position;
    const char* keyword;
    const char* kind;
};
constexpr Sink kSinks[] = {
    {"sleep", 0, "delay", "asyncio.sleep"}, {"wait_for", 1, "timeout", "timeout"}, {"timeout", 0, "delay", "timeout"},
    {"wait", -1, "timeout", "timeout"},     {"call_later", 0, "delay", "call_later"}, {"as_completed", -1, "timeout", "timeout"},
};

std::string callee_name(const Expr& call) {
    const Expr* f = call.a.get();
    if (!f) return "";
    if (f->kind == ExprKind::Name || f->kind == ExprKind::Attribute) return f->id;
    return "";
}

bool callee_is_time_module(const Expr& call) {
    const Expr* f = call.a.get();
    return f && f->kind == ExprKind::Attribute && f->a && f->a->kind == ExprKind::Name && f->a->id == "time";
}

// The argument expression for a parameter given by position and/or keyword.
const Expr* argument(const Expr& call, int position, const std::string& keyword) {
    if (position >= 0 && static_cast<size_t>(position) < call.elts.size()) {
        for (size_t i = 0; i <= static_cast<size_t>(position); ++i)
            if (call.elts[i]->kind == ExprKind::Starred) return nullptr;
        return call.elts[static_cast<size_t>(position)].get();
    }
    for (const Keyword& k : call.keywords)
        if (!keyword.empty() && k.arg == keyword) return k.value.get();
    return nullptr;
}

struct Function {
    std::vector<std::string> params;  // positional-or-keyword parameters in order (posonly first)
    const StmtList* body = nullptr;
};

class Finder {
public:
    explicit Finder(const Module& module) : module_(module) {}

    std::vector<DelayParameter> run() {
        for (const StmtPtr& s : module_.body) collect_functions(*s);
        // Which parameters reach a sink: iterate until nothing new (a delay passed down calls).
        for (bool changed = true; changed;) {
            changed = false;
            for (auto& [name, fn] : functions_)
                for (const std::string& p : fn.params)
                    if (!delay_params_[name].count(p) && reaches_sink(fn, p)) {
                        delay_params_[name].insert(p);
                        changed = true;
                    }
        }
        for (const StmtPtr& s : module_.body) visit(*s);
        for (const StmtPtr& s : module_.body) constants(*s);
        std::vector<DelayParameter> out;
        for (auto& [pos, p] : found_) out.push_back(p);
        return out;
    }

private:
    void collect_functions(const Stmt& s) {
        if (s.kind == StmtKind::FunctionDef && s.args) {
            Function fn;
            for (const Arg& a : s.args->posonlyargs) fn.params.push_back(a.name);
            for (const Arg& a : s.args->args) fn.params.push_back(a.name);
            for (const Arg& a : s.args->kwonlyargs) fn.params.push_back(a.name);
            fn.body = &s.body;
            functions_[s.name] = fn;
        }
        for (const StmtList* list : {&s.body, &s.orelse, &s.finalbody})
            for (const StmtPtr& c : *list) collect_functions(*c);
        for (const ExceptHandler& h : s.handlers)
            for (const StmtPtr& c : h.body) collect_functions(*c);
    }

    // Does `name` appear inside a delay argument anywhere in the function body?
    bool reaches_sink(const Function& fn, const std::string& name) {
        bool found = false;
        std::function<void(const Expr&)> on_expr = [&](const Expr& e) {
            if (found) return;
            if (e.kind == ExprKind::Call)
                for_each_delay_argument(e, [&](const Expr& arg, const char*) {
                    if (mentions(arg, name)) found = true;
                });
            for_each_child(e, on_expr);
        };
        for (const StmtPtr& s : *fn.body) walk_stmt(*s, on_expr);
        return found;
    }

    static bool mentions(const Expr& e, const std::string& name) {
        if (e.kind == ExprKind::Name && e.id == name) return true;
        bool found = false;
        for_each_child(e, [&](const Expr& c) {
            if (!found && mentions(c, name)) found = true;
        });
        return found;
    }

    template <class F>
    void for_each_delay_argument(const Expr& call, F&& f) {
        std::string callee = callee_name(call);
        for (const Sink& sink : kSinks)
            if (callee == sink.name) {
                if (const Expr* arg = argument(call, sink.position, sink.keyword))
                    f(*arg, callee_is_time_module(call) && callee == "sleep" ? "time.sleep" : sink.kind);
                return;
            }
        auto it = functions_.find(callee);
        if (it == functions_.end() || call.a->kind != ExprKind::Name) return;
        const auto& delays = delay_params_[callee];
        for (size_t i = 0; i < it->second.params.size(); ++i)
            if (delays.count(it->second.params[i]))
                if (const Expr* arg = argument(call, static_cast<int>(i), it->second.params[i])) f(*arg, "argument");
    }

    template <class F>
    static void for_each_child(const Expr& e, F&& f) {
        for (const ExprPtr* p : {&e.a, &e.b, &e.c})
            if (*p) f(**p);
        for (const ExprPtr& x : e.elts)
            if (x) f(*x);
        for (const ExprPtr& x : e.keys)
            if (x) f(*x);
        for (const Keyword& k : e.keywords)
            if (k.value) f(*k.value);
        for (const Comprehension& c : e.generators) {
            if (c.target) f(*c.target);
            if (c.iter) f(*c.iter);
            for (const ExprPtr& x : c.ifs) f(*x);
        }
    }

    template <class F>
    static void walk_stmt(const Stmt& s, F&& on_expr) {
        for (const ExprPtr* p : {&s.value, &s.target, &s.test, &s.iter, &s.exc, &s.cause, &s.msg})
            if (*p) on_expr(**p);
        for (const ExprPtr& e : s.targets) on_expr(*e);
        for (const ExprPtr& e : s.decorator_list) on_expr(*e);
        for (const ExprPtr& e : s.bases) on_expr(*e);
        for (const WithItem& w : s.items)
            if (w.context_expr) on_expr(*w.context_expr);
        if (s.args)
            for (const ExprPtr& d : s.args->defaults)
                if (d) on_expr(*d);
        for (const StmtList* list : {&s.body, &s.orelse, &s.finalbody})
            for (const StmtPtr& c : *list) walk_stmt(*c, on_expr);
        for (const ExceptHandler& h : s.handlers) {
            if (h.type) on_expr(*h.type);
            for (const StmtPtr& c : h.body) walk_stmt(*c, on_expr);
        }
    }

    void visit(const Stmt& s) {
        std::function<void(const Expr&)> on_expr = [&](const Expr& e) {
            if (e.kind == ExprKind::Call)
                for_each_delay_argument(e, [&](const Expr& arg, const char* kind) { add_literals(arg, kind, e); });
            for_each_child(e, on_expr);
        };
        walk_stmt(s, on_expr);
    }

    void add_literals(const Expr& arg, const char* kind, const Expr& call) {
        if (arg.kind == ExprKind::Constant &&
            (arg.constant.kind == Constant::Kind::Int || arg.constant.kind == Constant::Kind::Float)) {
            std::string callee = callee_name(call);
            std::string label = std::string(kind) == "argument" ? callee + "(…) at L" + std::to_string(arg.pos.line)
                                                                : (callee == "sleep" ? std::string(kind) : callee) + "(…) at L" +
                                                                      std::to_string(arg.pos.line);
            add(arg, kind, label, "s");
            return;
        }
        if (arg.kind == ExprKind::Lambda || arg.kind == ExprKind::Call) return;  // not this call's number
        for_each_child(arg, [&](const Expr& c) { add_literals(c, kind, call); });
    }

    void add(const Expr& literal, const std::string& kind, const std::string& label, const std::string& unit) {
        std::pair<int, int> key{literal.pos.line, literal.pos.col};
        if (found_.count(key)) return;
        DelayParameter p;
        p.line = literal.pos.line;
        p.col = literal.pos.col;
        p.is_int = literal.constant.kind == Constant::Kind::Int;
        p.value = p.is_int ? static_cast<double>(literal.constant.int_value) : literal.constant.float_value;
        p.text = p.is_int ? std::to_string(literal.constant.int_value) : float_repr(p.value);
        p.kind = kind;
        p.label = label;
        p.unit = unit;
        double v = std::abs(p.value);
        p.min = 0.0;
        if (p.is_int) {
            p.max = std::max(10.0, std::ceil(v * 4));
            p.step = 1.0;
        } else {
            p.max = std::max(v < 1 ? 2.0 : 10.0, std::ceil(v * 4));
            p.step = v < 1 ? 0.05 : 0.25;
        }
        found_[key] = std::move(p);
    }

    void constants(const Stmt& s) {
        if (s.kind != StmtKind::Assign || s.targets.size() != 1 || !s.value) return;
        const Expr& target = *s.targets[0];
        if (target.kind != ExprKind::Name) return;
        bool upper = std::any_of(target.id.begin(), target.id.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
                     std::none_of(target.id.begin(), target.id.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        const Expr* v = s.value.get();
        if (v->kind == ExprKind::UnaryOp && v->unary_op == UnaryOperator::USub) v = v->a.get();
        if (!upper || !v || v->kind != ExprKind::Constant ||
            (v->constant.kind != Constant::Kind::Int && v->constant.kind != Constant::Kind::Float))
            return;
        std::string lower = target.id;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        bool timeish = lower.find("delay") != std::string::npos || lower.find("time") != std::string::npos ||
                       lower.find("sleep") != std::string::npos || lower.find("sec") != std::string::npos ||
                       lower.find("wait") != std::string::npos || lower.find("duration") != std::string::npos;
        add(*v, "constant", target.id, timeish ? "s" : "");
    }

    const Module& module_;
    std::map<std::string, Function> functions_;
    std::map<std::string, std::set<std::string>> delay_params_;
    std::map<std::pair<int, int>, DelayParameter> found_;
};

}  // namespace

std::vector<DelayParameter> find_delay_parameters(const std::string& source, const std::string& filename) {
    std::string text = source;
    if (normalize_source(text, filename)) return {};
    ParseResult parsed = parse_module(text, filename);
    if (parsed.error || !parsed.module) return {};
    return Finder(*parsed.module).run();
}

}  // namespace loopstep
