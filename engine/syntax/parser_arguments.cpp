// Call arguments and function / lambda parameter lists.
#include <set>

#include "syntax/parser_internal.h"

namespace loopstep::parser_detail {

bool Parser::parse_call_arguments(ast::Expr& call, const char* closing) {
    const Pos open = tokens_[pos_ - 1].pos;  // the '(' just consumed
    bool seen_keyword = false, seen_double_star = false;
    std::set<std::string> keyword_names;
    Pos last_arg = peek().pos;
    while (!at_op(closing)) {
        const Pos pos = peek().pos;
        last_arg = pos;
        if (accept_op("*")) {
            if (seen_double_star) {
                fail(pos, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            ExprPtr value = parse_expression();
            if (failed()) return false;
            auto starred = std::make_unique<ast::Expr>(ExprKind::Starred, pos);
            starred->a = std::move(value);
            call.elts.push_back(finish_node(std::move(starred)));
        } else if (accept_op("**")) {
            ExprPtr value = parse_expression();
            if (failed()) return false;
            call.keywords.push_back(ast::Keyword{pos, "", std::move(value)});
            seen_double_star = true;
        } else if (peek().kind == TokenKind::Name && at_op("=", 1)) {
            const std::string name = next().text;
            next();
            ExprPtr value = parse_expression();
            if (failed()) return false;
            if (!keyword_names.insert(name).second) {
                fail(pos, "keyword argument repeated: " + name);
                return false;
            }
            call.keywords.push_back(ast::Keyword{pos, name, std::move(value)});
            seen_keyword = true;
        } else {
            ExprPtr e = parse_named_expression();
            if (failed()) return false;
            if (at_kw("for") || (at_kw("async") && at_kw("for", 1))) {
                const bool alone = call.elts.empty() && call.keywords.empty();
                // As in CPython, a generator expression that is the sole argument owns the parentheses.
                auto gen = std::make_unique<ast::Expr>(ExprKind::GeneratorExp, open);
                gen->a = std::move(e);
                if (!parse_comprehension_clauses(gen->generators)) return false;
                gen = finish_node(std::move(gen));
                gen->end = peek().end;
                if (!alone || !at_op(closing)) {
                    fail(gen->pos, "Generator expression must be parenthesized");
                    return false;
                }
                call.elts.push_back(std::move(gen));
                break;
            }
            if (at_op("=")) {
                fail(e->pos, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return false;
            }
            if (seen_double_star || seen_keyword) {
                fail(e->pos, seen_double_star ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
                return false;
            }
            call.elts.push_back(std::move(e));
        }
        if (!accept_op(",")) break;
    }
    if (accept_op(closing)) return true;
    if (starts_expression(peek())) {
        fail(last_arg, "invalid syntax. Perhaps you forgot a comma?");
    } else {
        fail_here();
    }
    return false;
}

std::unique_ptr<ast::Arguments> Parser::parse_parameters(bool annotations, const char* closing) {
    auto args = std::make_unique<ast::Arguments>();
    bool seen_slash = false, seen_star = false, seen_default = false, bare_star = false;
    std::set<std::string> names;

    const auto parse_one = [&](ast::Arg& arg) {
        if (peek().kind != TokenKind::Name) {
            fail_here();
            return false;
        }
        const Token& t = next();
        arg.pos = t.pos;
        arg.name = t.text;
        if (!names.insert(arg.name).second) {
            fail(arg.pos, "duplicate argument '" + arg.name + "' in function definition");
            return false;
        }
        if (annotations && accept_op(":")) {
            arg.annotation = parse_expression();
            if (failed()) return false;
        }
        return true;
    };

    while (!at_op(closing)) {
        const Pos pos = peek().pos;
        if (at_op("/")) {
            if (seen_slash) return fail(pos, "/ may appear only once");
            if (seen_star) return fail(pos, "/ must be ahead of *");
            if (args->args.empty()) return fail(pos, "at least one argument must precede /");
            next();
            seen_slash = true;
            args->posonlyargs = std::move(args->args);
            args->args.clear();
        } else if (accept_op("**")) {
            args->kwarg = std::make_unique<ast::Arg>();
            if (!parse_one(*args->kwarg)) return nullptr;
            if (at_op("=")) return fail(peek().pos, "var-keyword argument cannot have default value");
            accept_op(",");
            if (!at_op(closing)) {
                if (peek().kind == TokenKind::Name || at_op("*"))
                    return fail(peek().pos, "arguments cannot follow var-keyword argument");
                return fail_here();
            }
            break;
        } else if (accept_op("*")) {
            if (seen_star) return fail(pos, "* argument may appear only once");
            seen_star = true;
            if (at_op(",") || at_op(closing)) {
                bare_star = true;
            } else {
                args->vararg = std::make_unique<ast::Arg>();
                if (!parse_one(*args->vararg)) return nullptr;
                if (at_op("=")) return fail(peek().pos, "var-positional argument cannot have default value");
            }
        } else {
            ast::Arg arg;
            if (!parse_one(arg)) return nullptr;
            ExprPtr default_value;
            if (accept_op("=")) {
                default_value = parse_expression();
                if (failed()) return nullptr;
            }
            if (seen_star) {
                args->kwonlyargs.push_back(std::move(arg));
                args->kw_defaults.push_back(std::move(default_value));
            } else {
                if (default_value) {
                    args->defaults.push_back(std::move(default_value));
                    seen_default = true;
                } else if (seen_default) {
                    return fail(arg.pos, "non-default argument follows default argument");
                }
                args->args.push_back(std::move(arg));
            }
        }
        if (!accept_op(",")) break;
    }
    if (bare_star && args->kwonlyargs.empty()) return fail(peek().pos, "named arguments must follow bare *");
    if (!at_op(closing)) return fail_here();
    return args;
}

}  // namespace loopstep::parser_detail
