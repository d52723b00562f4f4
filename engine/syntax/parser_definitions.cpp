// `def`, `class`, `try` and the import statements.
#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {
namespace {

using ast::StmtKind;

StmtPtr make(StmtKind kind, Pos pos) {
    return std::make_unique<ast::Stmt>(kind, pos);
}

}  // namespace

StmtPtr Parser::parse_def(Pos pos, bool is_async, ast::ExprList decorators) {
    const int line = next().pos.line;  // 'def'
    auto s = make(StmtKind::FunctionDef, pos);
    s->is_async = is_async;
    s->decorator_list = std::move(decorators);
    if (peek().kind != TokenKind::Name) return fail_here();
    s->name = next().text;
    if (!at_op("(")) {
        if (peek().kind == TokenKind::Newline || at_op(":")) return fail(peek().pos, "expected '('");
        return fail_here();
    }
    next();
    s->args = parse_parameters(true, ")");
    if (failed() || !expect_op(")")) return nullptr;
    if (accept_op("->")) {
        s->returns = parse_expression();
        if (failed()) return nullptr;
    }
    if (!parse_block(s->body, "function definition", line)) return nullptr;
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_class(ast::ExprList decorators) {
    const Pos pos = next().pos;  // 'class'
    auto s = make(StmtKind::ClassDef, pos);
    s->decorator_list = std::move(decorators);
    if (peek().kind != TokenKind::Name) return fail_here();
    s->name = next().text;
    if (accept_op("(")) {
        ast::Expr call(ExprKind::Call, pos);
        if (!parse_call_arguments(call, ")")) return nullptr;
        for (const auto& base : call.elts) {
            if (base->kind == ExprKind::GeneratorExp) return fail(base->pos, "invalid syntax");
        }
        s->bases = std::move(call.elts);
        s->keywords = std::move(call.keywords);
    }
    if (!parse_block(s->body, "class definition", pos.line)) return nullptr;
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_try() {
    const Pos pos = next().pos;  // 'try'
    auto s = make(StmtKind::Try, pos);
    if (!parse_block(s->body, "'try' statement", pos.line)) return nullptr;
    bool seen_plain = false, seen_star = false;
    while (at_kw("except")) {
        ast::ExceptHandler h;
        h.pos = next().pos;
        const bool star = accept_op("*");
        if ((star && seen_plain) || (!star && seen_star)) {
            return fail(h.pos, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        (star ? seen_star : seen_plain) = true;
        if (!at_op(":")) {
            h.type = parse_expression();
            if (failed()) return nullptr;
            if (at_op(",")) return fail(h.type->pos, "multiple exception types must be parenthesized");
            if (accept_kw("as")) {
                if (peek().kind != TokenKind::Name) return fail_here();
                h.name = next().text;
            }
        } else if (star) {
            return fail(peek().pos, "expected one or more exception types");
        }
        if (!parse_block(h.body, star ? "'except*' statement" : "'except' statement", h.pos.line))
            return nullptr;
        s->handlers.push_back(std::move(h));
    }
    s->is_star = seen_star;
    if (at_kw("else")) {
        if (s->handlers.empty()) return fail(peek().pos, "expected 'except' or 'finally' block");
        const Pos else_pos = next().pos;
        if (!parse_block(s->orelse, "'else' statement", else_pos.line)) return nullptr;
    }
    if (at_kw("finally")) {
        const Pos finally_pos = next().pos;
        if (!parse_block(s->finalbody, "'finally' statement", finally_pos.line)) return nullptr;
    }
    if (s->handlers.empty() && s->finalbody.empty())
        return fail(peek().pos, "expected 'except' or 'finally' block");
    s->end = last_end_;
    return s;
}

bool Parser::parse_dotted_name(std::string& out) {
    do {
        if (peek().kind != TokenKind::Name) {
            fail_here();
            return false;
        }
        if (!out.empty()) out += '.';
        out += next().text;
    } while (accept_op("."));
    return true;
}

StmtPtr Parser::parse_import() {
    const Pos pos = next().pos;  // 'import'
    auto s = make(StmtKind::Import, pos);
    do {
        ast::Alias alias;
        alias.pos = peek().pos;
        if (!parse_dotted_name(alias.name)) return nullptr;
        if (accept_kw("as")) {
            if (peek().kind != TokenKind::Name) return fail_here();
            alias.asname = next().text;
        }
        s->names.push_back(std::move(alias));
    } while (accept_op(","));
    s->end = last_end_;
    return s;
}

StmtPtr Parser::parse_from_import() {
    const Pos pos = next().pos;  // 'from'
    auto s = make(StmtKind::ImportFrom, pos);
    // `from .orders import Order`, `from .. import x`: the dots are the level (`...` is one token).
    for (;;) {
        if (accept_op(".")) s->level += 1;
        else if (accept_op("...")) s->level += 3;
        else break;
    }
    if (s->level == 0 || peek().kind == TokenKind::Name)
        if (!parse_dotted_name(s->name)) return nullptr;
    if (!accept_kw("import")) return fail_here();
    if (at_op("*")) {
        s->names.push_back(ast::Alias{peek().pos, "*", ""});
        next();
        s->end = last_end_;
        return s;
    }
    const bool parenthesized = accept_op("(");
    do {
        if (parenthesized && at_op(")") && !s->names.empty()) break;
        if (!parenthesized && !s->names.empty() && (peek().kind == TokenKind::Newline || at_op(";"))) {
            return fail(peek().pos, "trailing comma not allowed without surrounding parentheses");
        }
        ast::Alias alias;
        alias.pos = peek().pos;
        if (peek().kind != TokenKind::Name) return fail_here();
        alias.name = next().text;
        if (accept_kw("as")) {
            if (peek().kind != TokenKind::Name) return fail_here();
            alias.asname = next().text;
        }
        s->names.push_back(std::move(alias));
    } while (accept_op(","));
    if (parenthesized && !expect_op(")")) return nullptr;
    s->end = last_end_;
    return s;
}

}  // namespace loopstep::parser_detail
