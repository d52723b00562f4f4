// Statements: simple statements, blocks and the compound statements of Python 3.11.
#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {
namespace {

using ast::StmtKind;

StmtPtr make(StmtKind kind, Pos pos) {
    return std::make_unique<ast::Stmt>(kind, pos);
}

std::optional<ast::Operator> augmented_operator(const Token& t) {
    using ast::Operator;
    if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != '=') return std::nullopt;
    const std::string op = t.text.substr(0, t.text.size() - 1);
    if (op == "+") return Operator::Add;
    if (op == "-") return Operator::Sub;
    if (op == "*") return Operator::Mult;
    if (op == "@") return Operator::MatMult;
    if (op == "/") return Operator::Div;
    if (op == "%") return Operator::Mod;
    if (op == "**") return Operator::Pow;
    if (op == "<<") return Operator::LShift;
    if (op == ">>") return Operator::RShift;
    if (op == "|") return Operator::BitOr;
    if (op == "^") return Operator::BitXor;
    if (op == "&") return Operator::BitAnd;
    if (op == "//") return Operator::FloorDiv;
    return std::nullopt;
}

}  // namespace

bool Parser::parse_statement_into(ast::StmtList& out) {
    const Token& t = peek();
    if (t.kind == TokenKind::Indent) {
        fail(t.pos, "unexpected indent");
        return false;
    }
    if (t.is_op("@")) {
        ast::ExprList decorators;
        while (accept_op("@")) {
            ExprPtr d = parse_named_expression();
            if (failed()) return false;
            if (peek().kind != TokenKind::Newline) {
                fail_here();
                return false;
            }
            next();
            decorators.push_back(std::move(d));
        }
        if (!at_kw("def") && !at_kw("class") && !(at_kw("async") && at_kw("def", 1))) {
            fail_here();
            return false;
        }
        StmtPtr s = parse_compound(std::move(decorators));
        if (s) out.push_back(std::move(s));
        return !failed();
    }
    if (t.kind == TokenKind::Keyword &&
        (t.text == "if" || t.text == "while" || t.text == "for" || t.text == "try" || t.text == "with" ||
         t.text == "def" || t.text == "class" || t.text == "async")) {
        StmtPtr s = parse_compound({});
        if (s) out.push_back(std::move(s));
        return !failed();
    }
    if (t.kind == TokenKind::Name && t.text == "match" && looks_like_match_statement()) {
        fail(t.pos, "match statements are not supported by Loopstep");
        return false;
    }
    return parse_simple_statements(out);
}

bool Parser::looks_like_match_statement() const {
    const Token& subject = peek(1);
    if (!starts_expression(subject) && !subject.is_op("*")) return false;
    int depth = 0;
    for (std::size_t k = 1;; ++k) {
        const Token& t = peek(k);
        if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error) {
            return depth == 0 && k > 2 && peek(k - 1).is_op(":");
        }
        if (t.is_op("(") || t.is_op("[") || t.is_op("{")) ++depth;
        if (t.is_op(")") || t.is_op("]") || t.is_op("}")) --depth;
    }
}

bool Parser::parse_simple_statements(ast::StmtList& out) {
    for (;;) {
        StmtPtr s = parse_simple_statement();
        if (failed()) return false;
        const bool legacy_call = s->kind == StmtKind::Expr && s->value->kind == ExprKind::Name &&
                                 (s->value->id == "print" || s->value->id == "exec");
        const Pos legacy_pos = s->pos;
        const std::string legacy_name = legacy_call ? s->value->id : "";
        out.push_back(std::move(s));
        if (accept_op(";")) {
            if (peek().kind == TokenKind::Newline) break;
            continue;
        }
        if (peek().kind != TokenKind::Newline && legacy_call && starts_expression(peek())) {
            fail(legacy_pos, "Missing parentheses in call to '" + legacy_name + "'. Did you mean " +
                                 legacy_name + "(...)?");
            return false;
        }
        break;
    }
    if (peek().kind != TokenKind::Newline) {
        fail_here();
        return false;
    }
    next();
    return true;
}

StmtPtr Parser::parse_simple_statement() {
    const Token& t = peek();
    const Pos pos = t.pos;
    if (t.kind != TokenKind::Keyword) return parse_expression_statement();
    const std::string kw = t.text;
    if (kw == "pass" || kw == "break" || kw == "continue") {
        next();
        auto s = make(kw == "pass"    ? StmtKind::Pass
                      : kw == "break" ? StmtKind::Break
                                      : StmtKind::Continue,
                      pos);
        s->end = last_end_;
        return s;
    }
    if (kw == "import") return parse_import();
    if (kw == "from") return parse_from_import();
    StmtPtr s;
    if (kw == "return") {
        next();
        s = make(StmtKind::Return, pos);
        if (starts_expression(peek()) || at_op("*")) s->value = parse_star_expressions();
    } else if (kw == "raise") {
        next();
        s = make(StmtKind::Raise, pos);
        if (starts_expression(peek())) {
            s->exc = parse_expression();
            if (!failed() && accept_kw("from")) s->cause = parse_expression();
        }
    } else if (kw == "global" || kw == "nonlocal") {
        next();
        s = make(kw == "global" ? StmtKind::Global : StmtKind::Nonlocal, pos);
        do {
            if (peek().kind != TokenKind::Name) return fail_here();
            s->identifiers.push_back(next().text);
        } while (accept_op(","));
    } else if (kw == "del") {
        next();
        s = make(StmtKind::Delete, pos);
        do {
            if (peek().kind == TokenKind::Newline || at_op(";")) break;
            ExprPtr target = parse_star_target();
            if (failed()) return nullptr;
            if (!set_context(*target, ast::ExprContext::Del, TargetUse::Delete)) return nullptr;
            s->targets.push_back(std::move(target));
        } while (accept_op(","));
        if (s->targets.empty()) return fail_here();
    } else if (kw == "assert") {
        next();
        s = make(StmtKind::Assert, pos);
        s->test = parse_expression();
        if (!failed() && accept_op(",")) s->msg = parse_expression();
    } else {
        return parse_expression_statement();
    }
    if (failed()) return nullptr;
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_expression_statement() {
    const Pos pos = peek().pos;
    const bool parenthesized = at_op("(");
    const auto parse_value = [&] {
        return at_kw("yield") ? parse_yield_expression() : parse_star_expressions();
    };
    ExprPtr first = parse_value();
    if (failed()) return nullptr;

    if (accept_op(":")) {
        const ExprKind k = first->kind;
        if (k == ExprKind::Tuple || k == ExprKind::List) {
            return fail(first->pos, std::string("only single target (not ") +
                                        (k == ExprKind::Tuple ? "tuple" : "list") + ") can be annotated");
        }
        if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
            return fail(first->pos, "illegal target for annotation");
        }
        auto s = make(StmtKind::AnnAssign, pos);
        s->simple = k == ExprKind::Name && !parenthesized;
        first->ctx = ast::ExprContext::Store;
        s->target = std::move(first);
        s->annotation = parse_expression();
        if (!failed() && accept_op("=")) s->value = parse_value();
        if (failed()) return nullptr;
        s->end = last_end_;
        return s;
    }
    if (const auto op = augmented_operator(peek())) {
        const ExprKind k = first->kind;
        if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
            return fail(first->pos, std::string("'") + expr_description(*first) +
                                        "' is an illegal expression for augmented assignment");
        }
        next();
        auto s = make(StmtKind::AugAssign, pos);
        first->ctx = ast::ExprContext::Store;
        s->target = std::move(first);
        s->op = *op;
        s->value = parse_value();
        if (failed()) return nullptr;
        s->end = last_end_;
        return s;
    }
    if (at_op("=")) {
        auto s = make(StmtKind::Assign, pos);
        s->targets.push_back(std::move(first));
        while (accept_op("=")) {
            ExprPtr e = parse_value();
            if (failed()) return nullptr;
            s->targets.push_back(std::move(e));
        }
        s->value = std::move(s->targets.back());
        s->targets.pop_back();
        for (auto& target : s->targets) {
            if (target->kind == ExprKind::Starred) {
                return fail(target->pos, "starred assignment target must be in a list or tuple");
            }
            if (!set_context(*target, ast::ExprContext::Store, TargetUse::Assign)) return nullptr;
        }
        if (s->value->kind == ExprKind::Starred)
            return fail(s->value->pos, "can't use starred expression here");
        s->end = last_end_;
        return s;
    }
    if (first->kind == ExprKind::Starred) return fail(first->pos, "can't use starred expression here");
    auto s = make(StmtKind::Expr, pos);
    s->value = std::move(first);
    s->end = last_end_;
    return s;
}

bool Parser::parse_block(ast::StmtList& out, const char* what, int line) {
    if (!expect_colon()) return false;
    if (peek().kind != TokenKind::Newline) return parse_simple_statements(out);
    next();
    if (peek().kind != TokenKind::Indent) {
        fail(peek().pos,
             std::string("expected an indented block after ") + what + " on line " + std::to_string(line));
        return false;
    }
    next();
    return parse_statements_until_dedent(out);
}

bool Parser::parse_statements_until_dedent(ast::StmtList& out) {
    Nest nest(*this);
    if (!nest.ok()) return false;
    while (!failed() && peek().kind != TokenKind::Dedent && peek().kind != TokenKind::EndMarker) {
        if (peek().kind == TokenKind::Error) {
            fail_here();
            break;
        }
        parse_statement_into(out);
    }
    if (failed()) return false;
    if (peek().kind == TokenKind::Dedent) next();
    return true;
}

StmtPtr Parser::parse_compound(ast::ExprList decorators) {
    const Token& t = peek();
    const Pos pos = t.pos;
    if (t.text == "def") return parse_def(pos, false, std::move(decorators));
    if (t.text == "class") return parse_class(std::move(decorators));
    if (t.text == "async") {
        next();
        if (at_kw("def")) return parse_def(pos, true, std::move(decorators));
        if (at_kw("for")) return parse_for(pos, true);
        if (at_kw("with")) return parse_with(pos, true);
        return fail_here();
    }
    if (t.text == "if") return parse_if();
    if (t.text == "while") return parse_while();
    if (t.text == "for") return parse_for(pos, false);
    if (t.text == "with") return parse_with(pos, false);
    return parse_try();
}

StmtPtr Parser::parse_if() {
    const Pos pos = next().pos;
    auto root = make(StmtKind::If, pos);
    root->test = parse_named_expression();
    if (failed() || !parse_block(root->body, "'if' statement", pos.line)) return nullptr;
    std::vector<ast::Stmt*> chain{root.get()};
    // Each `elif` is an `if` nested in the previous one's else: a long chain is a deep tree.
    struct RestoreTree {
        Depth& depth;
        int levels = 0;
        ~RestoreTree() { depth.tree -= levels; }
    } restore{depth_};
    while (at_kw("elif")) {
        const Pos elif_pos = next().pos;
        // Half the tree budget, so that the chain, not an expression inside it, is what gets refused.
        if (restore.levels == kMaxTreeDepth / 2)
            return fail(elif_pos, "too many 'elif' branches in one 'if' statement (more than " +
                                      std::to_string(kMaxTreeDepth / 2) + ")");
        ++restore.levels;
        ++depth_.tree;
        auto elif = make(StmtKind::If, elif_pos);
        elif->test = parse_named_expression();
        if (failed() || !parse_block(elif->body, "'elif' statement", elif_pos.line)) return nullptr;
        ast::Stmt* raw = elif.get();
        chain.back()->orelse.push_back(std::move(elif));
        chain.push_back(raw);
    }
    if (at_kw("else")) {
        const Pos else_pos = next().pos;
        if (!parse_block(chain.back()->orelse, "'else' statement", else_pos.line)) return nullptr;
    }
    for (ast::Stmt* s : chain)
        s->end = last_end_;
    return root;
}

StmtPtr Parser::parse_while() {
    const Pos pos = next().pos;
    auto s = make(StmtKind::While, pos);
    s->test = parse_named_expression();
    if (failed() || !parse_block(s->body, "'while' statement", pos.line)) return nullptr;
    if (at_kw("else")) {
        const Pos else_pos = next().pos;
        if (!parse_block(s->orelse, "'else' statement", else_pos.line)) return nullptr;
    }
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_for(Pos pos, bool is_async) {
    const int line = next().pos.line;  // 'for'
    auto s = make(StmtKind::For, pos);
    s->is_async = is_async;
    s->target = parse_target_list(TargetUse::For);
    if (failed()) return nullptr;
    if (!accept_kw("in")) return fail_here();
    s->iter = parse_star_expressions();
    if (failed() || !parse_block(s->body, "'for' statement", line)) return nullptr;
    if (at_kw("else")) {
        const Pos else_pos = next().pos;
        if (!parse_block(s->orelse, "'else' statement", else_pos.line)) return nullptr;
    }
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_with(Pos pos, bool is_async) {
    const int line = next().pos.line;  // 'with'
    auto s = make(StmtKind::With, pos);
    s->is_async = is_async;
    bool done = false;
    if (at_op("(")) {
        // `with (a as b, c):` -- try the parenthesized item list first, as CPython's grammar does,
        // and fall back to a parenthesized expression such as `with (a, b) as c:`.
        const std::size_t saved_pos = pos_;
        const Pos saved_end = last_end_;
        next();
        if (parse_with_items(s->items, true) && accept_op(")") && at_op(":")) {
            done = true;
        } else if (peek().kind != TokenKind::Error) {
            pos_ = saved_pos;
            last_end_ = saved_end;
            error_.reset();
            s->items.clear();
        }
    }
    if (!done && !failed() && !parse_with_items(s->items, false)) return nullptr;
    if (failed() || !parse_block(s->body, "'with' statement", line)) return nullptr;
    s->end = last_end_;
    return s;
}

bool Parser::parse_with_items(std::vector<ast::WithItem>& items, bool parenthesized) {
    do {
        if (parenthesized && at_op(")") && !items.empty()) break;
        ast::WithItem item;
        item.context_expr = parse_expression();
        if (failed()) return false;
        if (accept_kw("as")) {
            item.optional_vars = parse_star_target();
            if (failed()) return false;
            if (!set_context(*item.optional_vars, ast::ExprContext::Store, TargetUse::With)) return false;
        }
        items.push_back(std::move(item));
    } while (accept_op(","));
    return true;
}

}  // namespace loopstep::parser_detail
