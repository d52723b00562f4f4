// Assignment, deletion and loop targets: parsed as expressions, then checked and given their context.
#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {

// CPython's names for expressions in "cannot assign to ..." messages (Parser/pegen_errors.c).
const char* Parser::expr_description(const ast::Expr& e) {
    switch (e.kind) {
        case ExprKind::Attribute:
            return "attribute";
        case ExprKind::Subscript:
            return "subscript";
        case ExprKind::Starred:
            return "starred";
        case ExprKind::Name:
            return "name";
        case ExprKind::List:
            return "list";
        case ExprKind::Tuple:
            return "tuple";
        case ExprKind::Lambda:
            return "lambda";
        case ExprKind::Call:
            return "function call";
        case ExprKind::BoolOp:
        case ExprKind::BinOp:
        case ExprKind::UnaryOp:
            return "expression";
        case ExprKind::GeneratorExp:
            return "generator expression";
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            return "yield expression";
        case ExprKind::Await:
            return "await expression";
        case ExprKind::ListComp:
            return "list comprehension";
        case ExprKind::SetComp:
            return "set comprehension";
        case ExprKind::DictComp:
            return "dict comprehension";
        case ExprKind::Dict:
            return "dict literal";
        case ExprKind::Set:
            return "set display";
        case ExprKind::JoinedStr:
        case ExprKind::FormattedValue:
            return "f-string expression";
        case ExprKind::Constant:
            switch (e.constant.kind) {
                case ast::Constant::Kind::None:
                    return "None";
                case ast::Constant::Kind::True:
                    return "True";
                case ast::Constant::Kind::False:
                    return "False";
                case ast::Constant::Kind::Ellipsis:
                    return "ellipsis";
                default:
                    return "literal";
            }
        case ExprKind::Compare:
            return "comparison";
        case ExprKind::IfExp:
            return "conditional expression";
        case ExprKind::NamedExpr:
            return "named expression";
        case ExprKind::Slice:
            return "slice";
    }
    return "expression";
}

bool Parser::set_context(ast::Expr& e, ast::ExprContext ctx, TargetUse use) {
    const TargetUse nested = use == TargetUse::Assign ? TargetUse::AssignNested : use;
    switch (e.kind) {
        case ExprKind::Name:
        case ExprKind::Attribute:
        case ExprKind::Subscript:
            e.ctx = ctx;
            return true;
        case ExprKind::Starred:
            if (ctx == ast::ExprContext::Del) {
                fail(e.pos, "cannot delete starred");
                return false;
            }
            e.ctx = ctx;
            return set_context(*e.a, ctx, nested);
        case ExprKind::Tuple:
        case ExprKind::List: {
            e.ctx = ctx;
            int starred = 0;
            for (auto& elt : e.elts)
                starred += elt->kind == ExprKind::Starred;
            if (starred > 1) {
                fail(e.pos, "multiple starred expressions in assignment");
                return false;
            }
            for (auto& elt : e.elts) {
                if (!set_context(*elt, ctx, nested)) return false;
            }
            return true;
        }
        default:
            break;
    }
    const std::string what = expr_description(e);
    if (use == TargetUse::Delete) {
        fail(e.pos, "cannot delete " + what);
    } else if (use == TargetUse::Assign && e.kind != ExprKind::IfExp &&
               !(e.kind == ExprKind::Constant && what != "literal")) {
        fail(e.pos, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
    } else {
        fail(e.pos, "cannot assign to " + what);
    }
    return false;
}

ExprPtr Parser::parse_star_target() {
    if (!at_op("*")) return parse_bitwise_or();
    const Pos pos = next().pos;
    ExprPtr value = parse_bitwise_or();
    if (failed()) return nullptr;
    auto e = std::make_unique<ast::Expr>(ExprKind::Starred, pos);
    e->a = std::move(value);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_target_list(TargetUse use) {
    const Pos start = peek().pos;
    ExprPtr first = parse_star_target();
    if (failed()) return nullptr;
    if (!at_op(",")) {
        if (first->kind == ExprKind::Starred)
            return fail(first->pos, "starred assignment target must be in a list or tuple");
        if (!set_context(*first, ast::ExprContext::Store, use)) return nullptr;
        return first;
    }
    auto tuple = std::make_unique<ast::Expr>(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (!starts_expression(peek()) && !at_op("*")) break;
        ExprPtr item = parse_star_target();
        if (failed()) return nullptr;
        tuple->elts.push_back(std::move(item));
    }
    tuple = finish_node(std::move(tuple));
    if (!set_context(*tuple, ast::ExprContext::Store, use)) return nullptr;
    return tuple;
}

}  // namespace loopstep::parser_detail
