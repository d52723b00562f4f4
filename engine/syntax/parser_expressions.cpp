// Expressions, from `lambda` down to atoms, following the precedence of Python 3.11's grammar.
#include <cctype>

#include "syntax/number_literal.h"
#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {
namespace {

ExprPtr make(ExprKind kind, Pos pos) {
    return std::make_unique<ast::Expr>(kind, pos);
}

}  // namespace

ExprPtr Parser::finish_node(ExprPtr e) {
    e->end = last_end_;
    return e;
}

std::nullptr_t Parser::fail_missing_comma_or(const ast::Expr& previous) {
    if (starts_expression(peek())) return fail(previous.pos, "invalid syntax. Perhaps you forgot a comma?");
    return fail_here();
}

ExprPtr Parser::parse_expression() {
    Nest nest(*this);
    if (!nest.ok()) return nullptr;
    if (at_kw("lambda")) return parse_lambda();
    const Pos start = peek().pos;  // CPython starts a node at its first token, parentheses included
    ExprPtr body = parse_disjunction();
    if (failed() || !at_kw("if")) return body;
    next();
    ExprPtr test = parse_disjunction();
    if (failed()) return nullptr;
    if (!accept_kw("else")) return fail(body->pos, "expected 'else' after 'if' expression");
    ExprPtr orelse = parse_expression();
    if (failed()) return nullptr;
    auto e = make(ExprKind::IfExp, start);
    e->a = std::move(test);
    e->b = std::move(body);
    e->c = std::move(orelse);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_named_expression() {
    if (peek().kind == TokenKind::Name && at_op(":=", 1)) {
        const Token& name = next();
        auto target = make(ExprKind::Name, name.pos);
        target->id = name.text;
        target->ctx = ast::ExprContext::Store;
        target->end = name.end;
        next();
        ExprPtr value = parse_expression();
        if (failed()) return nullptr;
        auto e = make(ExprKind::NamedExpr, target->pos);
        e->a = std::move(target);
        e->b = std::move(value);
        return finish_node(std::move(e));
    }
    ExprPtr e = parse_expression();
    if (failed()) return nullptr;
    if (at_op(":="))
        return fail(e->pos, std::string("cannot use assignment expressions with ") + expr_description(*e));
    return e;
}

ExprPtr Parser::parse_star_expression() {
    if (!at_op("*")) return parse_expression();
    const Pos pos = next().pos;
    ExprPtr value = parse_bitwise_or();
    if (failed()) return nullptr;
    auto e = make(ExprKind::Starred, pos);
    e->a = std::move(value);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_star_named_expression() {
    if (at_op("*")) return parse_star_expression();
    return parse_named_expression();
}

ExprPtr Parser::parse_star_expressions() {
    const Pos start = peek().pos;
    ExprPtr first = parse_star_expression();
    if (failed() || !at_op(",")) return first;
    auto tuple = make(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (!starts_expression(peek()) && !at_op("*")) break;
        ExprPtr item = parse_star_expression();
        if (failed()) return nullptr;
        tuple->elts.push_back(std::move(item));
    }
    return finish_node(std::move(tuple));
}

ExprPtr Parser::parse_yield_expression() {
    const Pos pos = next().pos;  // 'yield'
    if (accept_kw("from")) {
        ExprPtr value = parse_expression();
        if (failed()) return nullptr;
        auto e = make(ExprKind::YieldFrom, pos);
        e->a = std::move(value);
        return finish_node(std::move(e));
    }
    auto e = make(ExprKind::Yield, pos);
    if (starts_expression(peek()) || at_op("*")) {
        e->a = parse_star_expressions();
        if (failed()) return nullptr;
    }
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_lambda() {
    const Pos pos = next().pos;  // 'lambda'
    auto args = parse_parameters(false, ":");
    if (failed() || !expect_op(":")) return nullptr;
    ExprPtr body = parse_expression();
    if (failed()) return nullptr;
    auto e = make(ExprKind::Lambda, pos);
    e->args = std::move(args);
    e->a = std::move(body);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_disjunction() {
    const Pos start = peek().pos;
    ExprPtr first = parse_conjunction();
    if (failed() || !at_kw("or")) return first;
    auto e = make(ExprKind::BoolOp, start);
    e->bool_op = ast::BoolOperator::Or;
    e->elts.push_back(std::move(first));
    while (accept_kw("or")) {
        ExprPtr operand = parse_conjunction();
        if (failed()) return nullptr;
        e->elts.push_back(std::move(operand));
    }
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_conjunction() {
    const Pos start = peek().pos;
    ExprPtr first = parse_inversion();
    if (failed() || !at_kw("and")) return first;
    auto e = make(ExprKind::BoolOp, start);
    e->bool_op = ast::BoolOperator::And;
    e->elts.push_back(std::move(first));
    while (accept_kw("and")) {
        ExprPtr operand = parse_inversion();
        if (failed()) return nullptr;
        e->elts.push_back(std::move(operand));
    }
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_inversion() {
    if (!at_kw("not")) return parse_comparison();
    Nest nest(*this);
    if (!nest.ok()) return nullptr;
    const Pos pos = next().pos;
    ExprPtr operand = parse_inversion();
    if (failed()) return nullptr;
    auto e = make(ExprKind::UnaryOp, pos);
    e->unary_op = ast::UnaryOperator::Not;
    e->a = std::move(operand);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_comparison() {
    const Pos start = peek().pos;
    ExprPtr left = parse_bitwise_or();
    if (failed()) return nullptr;
    ExprPtr e;
    for (;;) {
        using ast::CmpOperator;
        std::optional<CmpOperator> op;
        const Token& t = peek();
        if (t.kind == TokenKind::Op) {
            if (t.text == "==")
                op = CmpOperator::Eq;
            else if (t.text == "!=")
                op = CmpOperator::NotEq;
            else if (t.text == "<")
                op = CmpOperator::Lt;
            else if (t.text == "<=")
                op = CmpOperator::LtE;
            else if (t.text == ">")
                op = CmpOperator::Gt;
            else if (t.text == ">=")
                op = CmpOperator::GtE;
            if (op) next();
        } else if (t.is_keyword("in")) {
            next();
            op = CmpOperator::In;
        } else if (t.is_keyword("not") && at_kw("in", 1)) {
            next();
            next();
            op = CmpOperator::NotIn;
        } else if (t.is_keyword("is")) {
            next();
            op = accept_kw("not") ? CmpOperator::IsNot : CmpOperator::Is;
        }
        if (!op) break;
        ExprPtr right = parse_bitwise_or();
        if (failed()) return nullptr;
        if (!e) {
            e = make(ExprKind::Compare, start);
            e->a = std::move(left);
        }
        e->ops.push_back(*op);
        e->elts.push_back(std::move(right));
    }
    if (!e) return left;
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_bitwise_or() {
    return parse_binary_level(0);
}

namespace {

// Binary operators by precedence level: 0 `|`, 1 `^`, 2 `&`, 3 shifts, 4 `+ -`, 5 `* / // % @`.
std::optional<std::pair<ast::Operator, int>> binary_operator(const Token& t) {
    using ast::Operator;
    if (t.kind != TokenKind::Op) return std::nullopt;
    const std::string& s = t.text;
    if (s == "|") return std::pair{Operator::BitOr, 0};
    if (s == "^") return std::pair{Operator::BitXor, 1};
    if (s == "&") return std::pair{Operator::BitAnd, 2};
    if (s == "<<") return std::pair{Operator::LShift, 3};
    if (s == ">>") return std::pair{Operator::RShift, 3};
    if (s == "+") return std::pair{Operator::Add, 4};
    if (s == "-") return std::pair{Operator::Sub, 4};
    if (s == "*") return std::pair{Operator::Mult, 5};
    if (s == "/") return std::pair{Operator::Div, 5};
    if (s == "//") return std::pair{Operator::FloorDiv, 5};
    if (s == "%") return std::pair{Operator::Mod, 5};
    if (s == "@") return std::pair{Operator::MatMult, 5};
    return std::nullopt;
}

}  // namespace

// Precedence climbing rather than one function per level: every bracket nesting then costs one C++
// frame here instead of six, which keeps deep (but allowed) nesting far from the stack's limit.
ExprPtr Parser::parse_binary_level(int min_level) {
    const Pos start = peek().pos;
    ExprPtr left = parse_factor();
    if (failed()) return nullptr;
    int chain = 0;
    for (;;) {
        const auto op = binary_operator(peek());
        if (!op || op->second < min_level) break;
        const Pos op_pos = next().pos;
        ++chain;  // the tree grows one level deeper on the left with each operator
        if (++depth_.tree > kMaxTreeDepth) {
            depth_.tree -= chain;
            return fail(op_pos, "too many nested expressions");
        }
        ExprPtr right = parse_binary_level(op->second + 1);
        if (failed()) {
            depth_.tree -= chain;
            return nullptr;
        }
        auto e = make(ExprKind::BinOp, start);
        e->op = op->first;
        e->a = std::move(left);
        e->b = std::move(right);
        left = finish_node(std::move(e));
    }
    depth_.tree -= chain;
    return left;
}

ExprPtr Parser::parse_factor() {
    const Token& t = peek();
    if (!(t.is_op("+") || t.is_op("-") || t.is_op("~"))) return parse_power();
    Nest nest(*this);
    if (!nest.ok()) return nullptr;
    const Pos pos = t.pos;
    const auto op = t.text == "+"   ? ast::UnaryOperator::UAdd
                    : t.text == "-" ? ast::UnaryOperator::USub
                                    : ast::UnaryOperator::Invert;
    next();
    ExprPtr operand = parse_factor();
    if (failed()) return nullptr;
    auto e = make(ExprKind::UnaryOp, pos);
    e->unary_op = op;
    e->a = std::move(operand);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_power() {
    const Pos start = peek().pos;
    ExprPtr base;
    if (at_kw("await")) {
        const Pos pos = next().pos;
        ExprPtr value = parse_primary();
        if (failed()) return nullptr;
        base = make(ExprKind::Await, pos);
        base->a = std::move(value);
        base = finish_node(std::move(base));
    } else {
        base = parse_primary();
        if (failed()) return nullptr;
    }
    if (!at_op("**")) return base;
    Nest nest(*this);
    if (!nest.ok()) return nullptr;
    next();
    ExprPtr exponent = parse_factor();
    if (failed()) return nullptr;
    auto e = make(ExprKind::BinOp, start);
    e->op = ast::Operator::Pow;
    e->a = std::move(base);
    e->b = std::move(exponent);
    return finish_node(std::move(e));
}

ExprPtr Parser::parse_primary() {
    const Pos start = peek().pos;
    ExprPtr e = parse_atom();
    if (failed()) return nullptr;
    int chain = 0;
    struct Restore {
        Depth& d;
        int& n;
        ~Restore() { d.tree -= n; }
    } restore{depth_, chain};
    for (;;) {
        if (!at_op(".") && !at_op("(") && !at_op("[")) break;
        ++chain;
        if (++depth_.tree > kMaxTreeDepth) return fail(peek().pos, "too many nested expressions");
        if (accept_op(".")) {
            if (peek().kind != TokenKind::Name) return fail_here();
            auto attr = make(ExprKind::Attribute, start);
            attr->id = next().text;
            attr->a = std::move(e);
            e = finish_node(std::move(attr));
        } else if (accept_op("(")) {
            auto call = make(ExprKind::Call, start);
            call->a = std::move(e);
            if (!parse_call_arguments(*call, ")")) return nullptr;
            e = finish_node(std::move(call));
        } else {
            next();  // '['
            ExprPtr slice = parse_slices();
            if (failed()) return nullptr;
            if (!at_op("]")) return fail_missing_comma_or(*slice);
            next();
            auto sub = make(ExprKind::Subscript, start);
            sub->a = std::move(e);
            sub->b = std::move(slice);
            e = finish_node(std::move(sub));
        }
    }
    return e;
}

ExprPtr Parser::parse_atom() {
    const Token& t = peek();
    switch (t.kind) {
        case TokenKind::Name: {
            auto e = make(ExprKind::Name, t.pos);
            e->id = t.text;
            next();
            return finish_node(std::move(e));
        }
        case TokenKind::Number:
            return parse_number();
        case TokenKind::String:
            return parse_strings();
        case TokenKind::Keyword: {
            using Kind = ast::Constant::Kind;
            const Kind kind = t.text == "None" ? Kind::None : t.text == "True" ? Kind::True : Kind::False;
            if (t.text != "None" && t.text != "True" && t.text != "False") return fail_here();
            auto e = make(ExprKind::Constant, t.pos);
            e->constant.kind = kind;
            next();
            return finish_node(std::move(e));
        }
        case TokenKind::Op:
            if (t.text == "(") return parse_paren_atom();
            if (t.text == "[") return parse_list_atom();
            if (t.text == "{") return parse_brace_atom();
            if (t.text == "...") {
                auto e = make(ExprKind::Constant, t.pos);
                e->constant.kind = ast::Constant::Kind::Ellipsis;
                next();
                return finish_node(std::move(e));
            }
            return fail_here();
        default:
            return fail_here();
    }
}

ExprPtr Parser::parse_number() {
    const Token& t = next();
    const char last = t.text.back();
    if (last == 'j' || last == 'J') return fail(t.pos, "complex numbers are not supported by Loopstep");
    auto e = make(ExprKind::Constant, t.pos);
    e->constant = number_constant(t.text);
    // CPython 3.11 converts a decimal literal with its int-to-str limit (4300 digits, the default of
    // sys.set_int_max_str_digits): a longer one is a SyntaxError, whatever the statement around it.
    constexpr size_t kMaxDecimalDigits = 4300;
    const bool prefixed = t.text.size() > 1 && t.text[0] == '0' && std::isalpha(static_cast<unsigned char>(t.text[1]));
    if (e->constant.kind == ast::Constant::Kind::BigInt && !prefixed && e->constant.text.size() > kMaxDecimalDigits)
        return fail(t.pos, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                               std::to_string(e->constant.text.size()) +
                               " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                               "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    return finish_node(std::move(e));
}

}  // namespace loopstep::parser_detail
