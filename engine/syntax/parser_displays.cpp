// Bracketed forms: tuples, lists, sets, dicts, their comprehensions, generator expressions and
// subscript slices.
#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {
namespace {

ExprPtr make(ExprKind kind, Pos pos) {
    return std::make_unique<ast::Expr>(kind, pos);
}

bool comprehension_follows(const Parser& p) {
    return p.at_kw("for") || (p.at_kw("async") && p.at_kw("for", 1));
}

}  // namespace

ExprPtr Parser::parse_slices() {
    const Pos start = peek().pos;
    ExprPtr first = parse_slice_item();
    if (failed()) return nullptr;
    if (!at_op(",")) {
        if (first->kind != ExprKind::Starred) return first;
        auto tuple = make(ExprKind::Tuple, start);  // `a[*b]` subscripts with a tuple, as in CPython
        tuple->elts.push_back(std::move(first));
        return finish_node(std::move(tuple));
    }
    auto tuple = make(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (at_op("]")) break;
        ExprPtr item = parse_slice_item();
        if (failed()) return nullptr;
        tuple->elts.push_back(std::move(item));
    }
    return finish_node(std::move(tuple));
}

ExprPtr Parser::parse_slice_item() {
    if (at_op("*")) return parse_star_expression();
    const Pos start = peek().pos;
    ExprPtr lower;
    if (!at_op(":")) {
        lower = parse_named_expression();
        if (failed() || !at_op(":")) return lower;
    }
    auto slice = make(ExprKind::Slice, start);
    next();  // ':'
    const auto bound_follows = [&] { return !at_op(":") && !at_op("]") && !at_op(","); };
    if (bound_follows()) {
        slice->b = parse_expression();
        if (failed()) return nullptr;
    }
    if (accept_op(":") && bound_follows()) {
        slice->c = parse_expression();
        if (failed()) return nullptr;
    }
    slice->a = std::move(lower);
    return finish_node(std::move(slice));
}

bool Parser::parse_display_items(ast::ExprList& out, const char* closing) {
    while (accept_op(",")) {
        if (at_op(closing)) break;
        ExprPtr item = parse_star_named_expression();
        if (failed()) return false;
        out.push_back(std::move(item));
    }
    if (accept_op(closing)) return true;
    fail_missing_comma_or(*out.back());
    return false;
}

ExprPtr Parser::parse_paren_atom() {
    const Pos pos = next().pos;  // '('
    if (accept_op(")")) return finish_node(make(ExprKind::Tuple, pos));
    if (at_kw("yield")) {
        ExprPtr e = parse_yield_expression();
        if (failed() || !expect_op(")")) return nullptr;
        return e;
    }
    ExprPtr first = parse_star_named_expression();
    if (failed()) return nullptr;
    if (comprehension_follows(*this)) {
        if (first->kind == ExprKind::Starred)
            return fail(first->pos, "iterable unpacking cannot be used in comprehension");
        auto e = make(ExprKind::GeneratorExp, pos);
        e->a = std::move(first);
        if (!parse_comprehension_clauses(e->generators) || !expect_op(")")) return nullptr;
        return finish_node(std::move(e));
    }
    if (at_op(",")) {
        auto tuple = make(ExprKind::Tuple, pos);
        tuple->elts.push_back(std::move(first));
        if (!parse_display_items(tuple->elts, ")")) return nullptr;
        return finish_node(std::move(tuple));
    }
    if (!at_op(")")) return fail_missing_comma_or(*first);
    if (first->kind == ExprKind::Starred) return fail(first->pos, "cannot use starred expression here");
    next();
    return first;
}

ExprPtr Parser::parse_list_atom() {
    const Pos pos = next().pos;  // '['
    if (accept_op("]")) return finish_node(make(ExprKind::List, pos));
    ExprPtr first = parse_star_named_expression();
    if (failed()) return nullptr;
    if (comprehension_follows(*this)) {
        if (first->kind == ExprKind::Starred)
            return fail(first->pos, "iterable unpacking cannot be used in comprehension");
        auto e = make(ExprKind::ListComp, pos);
        e->a = std::move(first);
        if (!parse_comprehension_clauses(e->generators) || !expect_op("]")) return nullptr;
        return finish_node(std::move(e));
    }
    auto list = make(ExprKind::List, pos);
    list->elts.push_back(std::move(first));
    if (!parse_display_items(list->elts, "]")) return nullptr;
    return finish_node(std::move(list));
}

ExprPtr Parser::parse_brace_atom() {
    const Pos pos = next().pos;  // '{'
    if (accept_op("}")) return finish_node(make(ExprKind::Dict, pos));
    ExprPtr first_key, first_value;
    if (accept_op("**")) {
        first_value = parse_bitwise_or();
        if (failed()) return nullptr;
    } else {
        first_key = parse_star_named_expression();
        if (failed()) return nullptr;
        if (!at_op(":")) {  // a set
            if (comprehension_follows(*this)) {
                if (first_key->kind == ExprKind::Starred) {
                    return fail(first_key->pos, "iterable unpacking cannot be used in comprehension");
                }
                auto e = make(ExprKind::SetComp, pos);
                e->a = std::move(first_key);
                if (!parse_comprehension_clauses(e->generators) || !expect_op("}")) return nullptr;
                return finish_node(std::move(e));
            }
            auto set = make(ExprKind::Set, pos);
            set->elts.push_back(std::move(first_key));
            if (!parse_display_items(set->elts, "}")) return nullptr;
            return finish_node(std::move(set));
        }
        if (first_key->kind == ExprKind::Starred)
            return fail(first_key->pos, "cannot use a starred expression in a dictionary value");
        next();  // ':'
        first_value = parse_expression();
        if (failed()) return nullptr;
        if (comprehension_follows(*this)) {
            auto e = make(ExprKind::DictComp, pos);
            e->a = std::move(first_key);
            e->b = std::move(first_value);
            if (!parse_comprehension_clauses(e->generators) || !expect_op("}")) return nullptr;
            return finish_node(std::move(e));
        }
    }
    auto dict = make(ExprKind::Dict, pos);
    dict->keys.push_back(std::move(first_key));
    dict->elts.push_back(std::move(first_value));
    while (accept_op(",")) {
        if (at_op("}")) break;
        if (accept_op("**")) {
            ExprPtr value = parse_bitwise_or();
            if (failed()) return nullptr;
            dict->keys.push_back(nullptr);
            dict->elts.push_back(std::move(value));
            continue;
        }
        ExprPtr key = parse_expression();
        if (failed()) return nullptr;
        if (!at_op(":")) {
            if (at_op(",") || at_op("}")) return fail(key->end, "':' expected after dictionary key");
            return fail_missing_comma_or(*key);
        }
        next();
        ExprPtr value = parse_expression();
        if (failed()) return nullptr;
        dict->keys.push_back(std::move(key));
        dict->elts.push_back(std::move(value));
    }
    if (!at_op("}")) return fail_missing_comma_or(*dict->elts.back());
    next();
    return finish_node(std::move(dict));
}

bool Parser::parse_comprehension_clauses(std::vector<ast::Comprehension>& out) {
    while (comprehension_follows(*this)) {
        ast::Comprehension c;
        c.is_async = accept_kw("async");
        next();  // 'for'
        c.target = parse_target_list(TargetUse::Comprehension);
        if (failed()) return false;
        if (!accept_kw("in")) {
            fail_here();
            return false;
        }
        c.iter = parse_disjunction();
        if (failed()) return false;
        while (accept_kw("if")) {
            ExprPtr cond = parse_disjunction();
            if (failed()) return false;
            c.ifs.push_back(std::move(cond));
        }
        out.push_back(std::move(c));
    }
    return true;
}

}  // namespace loopstep::parser_detail
