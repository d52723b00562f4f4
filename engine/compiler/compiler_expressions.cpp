// Expressions: operators, displays, calls, f-strings, comprehensions, await and yield.
#include <algorithm>
#include <cassert>
#include <set>

#include "compiler/compiler_internal.h"

namespace loopstep::compiling {

using ast::Expr;
using ast::ExprKind;

namespace {

bool is_starred(const ast::ExprPtr& e) {
    return e->kind == ExprKind::Starred;
}

}  // namespace

void Compiler::compile_expr(const Expr& e) {
    PositionScope at(pos_, e.pos);
    compile_expr_inner(e);
}

void Compiler::compile_expr_inner(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Name:
            emit_name(e.id, ast::ExprContext::Load, e.pos);
            break;
        case ExprKind::Constant:
            compile_constant(e);
            break;
        case ExprKind::JoinedStr:
            compile_joined_str(e);
            break;
        case ExprKind::FormattedValue:
            compile_formatted_value(e);
            break;
        case ExprKind::Tuple:
        case ExprKind::List:
        case ExprKind::Set:
            compile_sequence(e);
            break;
        case ExprKind::Dict:
            compile_dict(e);
            break;
        case ExprKind::Starred:
            fail(e.pos, "can't use starred expression here");
            break;
        case ExprKind::Attribute:
            compile_expr(*e.a);
            emit_op(Op::LOAD_ATTR, add_name(mangled(e.id)));
            break;
        case ExprKind::Subscript:
            compile_expr(*e.a);
            compile_expr(*e.b);
            emit_op(Op::BINARY_SUBSCR);
            break;
        case ExprKind::Slice: {
            for (const ast::ExprPtr* part : {&e.a, &e.b}) {
                if (*part)
                    compile_expr(**part);
                else
                    emit_const_none();
            }
            if (e.c) compile_expr(*e.c);
            emit_op(Op::BUILD_SLICE, e.c ? 3 : 2);
            break;
        }
        case ExprKind::Call:
            compile_call(e);
            break;
        case ExprKind::BinOp:
            check_operator(e.op, e.pos);
            compile_expr(*e.a);
            compile_expr(*e.b);
            emit_op(Op::BINARY_OP, static_cast<uint32_t>(e.op));
            break;
        case ExprKind::UnaryOp:
            compile_expr(*e.a);
            emit_op(Op::UNARY_OP, static_cast<uint32_t>(e.unary_op));
            break;
        case ExprKind::BoolOp:
            compile_bool_op(e);
            break;
        case ExprKind::Compare:
            compile_compare(e);
            break;
        case ExprKind::IfExp: {
            Label orelse = new_label(), end = new_label();
            compile_jump_if(*e.a, orelse, false);
            compile_expr(*e.b);
            emit_jump(Op::JUMP, end);
            bind(orelse);
            compile_expr(*e.c);
            bind(end);
            break;
        }
        case ExprKind::Lambda:
            compile_lambda(e);
            break;
        case ExprKind::NamedExpr:
            compile_expr(*e.b);
            emit_op(Op::DUP_TOP);
            compile_store(*e.a);
            break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
            compile_comprehension(e);
            break;
        case ExprKind::Await:
            compile_expr(*e.a);
            emit_await();
            break;
        case ExprKind::Yield:
            compile_yield(e);
            break;
        case ExprKind::YieldFrom: {
            compile_expr(*e.a);
            emit_op(Op::GET_YIELD_FROM_ITER);
            emit_send_loop();
            break;
        }
    }
}

bool Compiler::check_operator(ast::Operator op, ast::Pos pos) {
    if (op != ast::Operator::MatMult) return true;
    fail(pos, "the '@' operator is not supported by Loopstep");
    return false;
}

void Compiler::compile_constant(const Expr& e) {
    using K = ast::Constant::Kind;
    const ast::Constant& in = e.constant;
    Constant out;
    switch (in.kind) {
        case K::None:
            out.kind = Constant::Kind::None;
            break;
        case K::True:
            out.kind = Constant::Kind::True;
            break;
        case K::False:
            out.kind = Constant::Kind::False;
            break;
        case K::Ellipsis:
            out.kind = Constant::Kind::Ellipsis;
            break;
        case K::Int:
            out.kind = Constant::Kind::Int;
            out.int_value = in.int_value;
            break;
        case K::BigInt:
            out.kind = Constant::Kind::BigInt;
            out.text = in.text;
            break;
        case K::Float:
            out.kind = Constant::Kind::Float;
            out.float_value = in.float_value;
            break;
        case K::Str:
            out.kind = Constant::Kind::Str;
            out.text = in.text;
            break;
        case K::Imaginary:
            fail(e.pos, "complex number literal is not supported by Loopstep");
            break;
        case K::Bytes:
            fail(e.pos, "bytes literal is not supported by Loopstep");
            break;
    }
    emit_op(Op::LOAD_CONST, add_constant(out));
}

void Compiler::compile_jump_if(const Expr& e, Label target, bool jump_if_true) {
    PositionScope at(pos_, e.pos);
    if (e.kind == ExprKind::UnaryOp && e.unary_op == ast::UnaryOperator::Not)
        return compile_jump_if(*e.a, target, !jump_if_true);
    if (e.kind == ExprKind::BoolOp) {
        // `a and b` jumps on false as soon as one value is false; on true only if the last one is.
        bool short_circuit_on = e.bool_op == ast::BoolOperator::Or;
        if (jump_if_true == short_circuit_on) {
            for (const auto& v : e.elts)
                compile_jump_if(*v, target, jump_if_true);
        } else {
            Label skip = new_label();
            for (size_t i = 0; i + 1 < e.elts.size(); ++i)
                compile_jump_if(*e.elts[i], skip, short_circuit_on);
            compile_jump_if(*e.elts.back(), target, jump_if_true);
            bind(skip);
        }
        return;
    }
    compile_expr_inner(e);
    emit_jump(jump_if_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

void Compiler::compile_bool_op(const Expr& e) {
    Label end = new_label();
    Op op = e.bool_op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i + 1 < e.elts.size(); ++i) {
        compile_expr(*e.elts[i]);
        emit_jump(op, end);
    }
    compile_expr(*e.elts.back());
    bind(end);
}

// a < b < c: each middle operand is compared twice but evaluated once; the first false result
// ends the chain with that result (the saved operand under it is dropped).
void Compiler::compile_compare(const Expr& e) {
    compile_expr(*e.a);
    const size_t n = e.ops.size();
    if (n == 1) {
        compile_expr(*e.elts[0]);
        emit_op(Op::COMPARE_OP, static_cast<uint32_t>(e.ops[0]));
        return;
    }
    Label cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
        compile_expr(*e.elts[i]);
        emit_op(Op::DUP_TOP);
        emit_op(Op::ROT_THREE);
        emit_op(Op::COMPARE_OP, static_cast<uint32_t>(e.ops[i]));
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(*e.elts[n - 1]);
    emit_op(Op::COMPARE_OP, static_cast<uint32_t>(e.ops[n - 1]));
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit_op(Op::ROT_TWO);
    emit_op(Op::POP_TOP);
    bind(end);
}

bool Compiler::compile_zero_arg_super(const Expr& e) {
    const Expr& func = *e.a;
    if (func.kind != ExprKind::Name || func.id != "super" || !e.elts.empty() || !e.keywords.empty())
        return false;
    const Scope& scope = *unit().scope;
    if (!scope.is_function_like() || scope.positional_count == 0) return false;
    if (scope.resolve("super") != NameScope::GlobalImplicit || table_.global_bindings.count("super"))
        return false;
    if (scope.resolve("__class__") != NameScope::Free) return false;
    emit_name("super", ast::ExprContext::Load, func.pos);
    emit_op(Op::LOAD_DEREF, cell_slot("__class__"));
    const std::string& first = scope.params.front();
    if (scope.resolve(first) == NameScope::Cell) {
        emit_op(Op::LOAD_DEREF, cell_slot(first));
    } else {
        emit_op(Op::LOAD_FAST, 0);
    }
    emit_op(Op::CALL, 2);
    return true;
}

void Compiler::compile_call(const Expr& e) {
    if (compile_zero_arg_super(e)) return;
    bool unpacking = std::any_of(e.elts.begin(), e.elts.end(), is_starred) ||
                     std::any_of(e.keywords.begin(), e.keywords.end(), [](const ast::Keyword& k) { return k.arg.empty(); });
    if (e.a->kind == ExprKind::Attribute && !unpacking) {
        // obj.name(args): LOAD_METHOD + CALL_METHOD, no bound method in between.
        compile_expr(*e.a->a);
        {
            PositionScope at(pos_, e.a->pos);
            emit_op(Op::LOAD_METHOD, add_name(mangled(e.a->id)));
        }
        compile_call_arguments(0, e.elts, e.keywords, e.pos, true);
        return;
    }
    compile_expr(*e.a);
    compile_call_arguments(0, e.elts, e.keywords, e.pos);
}

// Calls the callable below `pushed` positional values already on the stack. Plain calls use
// CALL / CALL_KW; any *args or **kwargs builds an argument tuple (and dict) for CALL_EX.
void Compiler::compile_call_arguments(uint32_t pushed, const ast::ExprList& args,
                                      const std::vector<ast::Keyword>& keywords, ast::Pos pos, bool method) {
    std::set<std::string> seen;
    bool unpacking = std::any_of(args.begin(), args.end(), is_starred);
    for (const auto& k : keywords) {
        if (k.arg.empty()) {
            unpacking = true;
        } else if (!seen.insert(k.arg).second) {
            return fail(k.pos, "keyword argument repeated: " + k.arg);
        }
    }
    if (!unpacking) {
        for (const auto& a : args)
            compile_expr(*a);
        const uint32_t count = pushed + static_cast<uint32_t>(args.size());
        if (keywords.empty()) {
            emit_op(method ? Op::CALL_METHOD : Op::CALL, count);
            return;
        }
        Constant names;
        names.kind = Constant::Kind::Tuple;
        for (const auto& k : keywords) {
            compile_expr(*k.value);
            Constant name;
            name.kind = Constant::Kind::Str;
            name.text = k.arg;
            names.elements.push_back(name);
        }
        PositionScope at(pos_, pos);
        emit_op(Op::LOAD_CONST, add_constant(names));
        emit_op(method ? Op::CALL_METHOD_KW : Op::CALL_KW, count + static_cast<uint32_t>(keywords.size()));
        return;
    }
    auto first_star = std::find_if(args.begin(), args.end(), is_starred);
    for (auto it = args.begin(); it != first_star; ++it)
        compile_expr(**it);
    emit_op(Op::BUILD_LIST, pushed + static_cast<uint32_t>(first_star - args.begin()));
    for (auto it = first_star; it != args.end(); ++it) {
        if ((*it)->kind == ExprKind::Starred) {
            compile_expr(*(*it)->a);
            emit_op(Op::LIST_EXTEND, 1);
        } else {
            compile_expr(**it);
            emit_op(Op::LIST_APPEND, 1);
        }
    }
    emit_op(Op::LIST_TO_TUPLE);
    if (keywords.empty()) {
        emit_op(Op::CALL_EX, 0);
        return;
    }
    // Runs of named keywords become one dict each; everything merges into the first dict with
    // DICT_MERGE so a repeated keyword is a TypeError as in CPython.
    bool have_dict = false;
    uint32_t run = 0;
    auto flush_run = [&] {
        if (run == 0) return;
        emit_op(Op::BUILD_MAP, run);
        if (have_dict) emit_op(Op::DICT_MERGE, 1);
        have_dict = true;
        run = 0;
    };
    for (const auto& k : keywords) {
        if (!k.arg.empty()) {
            emit_const_str(k.arg);
            compile_expr(*k.value);
            ++run;
            continue;
        }
        flush_run();
        if (!have_dict) {
            emit_op(Op::BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expr(*k.value);
        emit_op(Op::DICT_MERGE, 1);
    }
    flush_run();
    PositionScope at(pos_, pos);
    emit_op(Op::CALL_EX, 1);
}

void Compiler::compile_sequence(const Expr& e) {
    const bool is_set = e.kind == ExprKind::Set;
    auto first_star = std::find_if(e.elts.begin(), e.elts.end(), is_starred);
    if (first_star == e.elts.end()) {
        for (const auto& v : e.elts)
            compile_expr(*v);
        Op build = e.kind == ExprKind::Tuple ? Op::BUILD_TUPLE : is_set ? Op::BUILD_SET : Op::BUILD_LIST;
        emit_op(build, static_cast<uint32_t>(e.elts.size()));
        return;
    }
    for (auto it = e.elts.begin(); it != first_star; ++it)
        compile_expr(**it);
    emit_op(is_set ? Op::BUILD_SET : Op::BUILD_LIST, static_cast<uint32_t>(first_star - e.elts.begin()));
    for (auto it = first_star; it != e.elts.end(); ++it) {
        if ((*it)->kind == ExprKind::Starred) {
            compile_expr(*(*it)->a);
            emit_op(is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
        } else {
            compile_expr(**it);
            emit_op(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1);
        }
    }
    if (e.kind == ExprKind::Tuple) emit_op(Op::LIST_TO_TUPLE);
}

void Compiler::compile_dict(const Expr& e) {
    const size_t n = e.keys.size();
    size_t i = 0;
    for (; i < n && e.keys[i]; ++i) {
        compile_expr(*e.keys[i]);
        compile_expr(*e.elts[i]);
    }
    emit_op(Op::BUILD_MAP, static_cast<uint32_t>(i));
    for (; i < n; ++i) {
        if (e.keys[i]) {
            compile_expr(*e.keys[i]);
            compile_expr(*e.elts[i]);
            emit_op(Op::MAP_ADD, 1);
        } else {
            compile_expr(*e.elts[i]);
            emit_op(Op::DICT_UPDATE, 1);
        }
    }
}

void Compiler::compile_joined_str(const Expr& e) {
    if (e.elts.empty()) return emit_const_str("");
    for (const auto& piece : e.elts)
        compile_expr(*piece);
    if (e.elts.size() > 1) emit_op(Op::BUILD_STRING, static_cast<uint32_t>(e.elts.size()));
}

void Compiler::compile_formatted_value(const Expr& e) {
    compile_expr(*e.a);
    uint32_t arg = e.conversion == 's' ? 1 : e.conversion == 'r' ? 2 : e.conversion == 'a' ? 3 : 0;
    if (e.b) {
        compile_expr(*e.b);
        arg |= 4;
    }
    emit_op(Op::FORMAT_VALUE, arg);
}

void Compiler::compile_yield(const Expr& e) {
    if (e.a)
        compile_expr(*e.a);
    else
        emit_const_none();
    const Scope& scope = *unit().scope;
    if (scope.kind == ScopeKind::Function && scope.is_async) emit_op(Op::ASYNC_GEN_WRAP);
    emit_op(Op::YIELD_VALUE, 0);
}

// A comprehension is a nested function run at once on iter(first iterable); a generator
// expression returns that function's generator instead. Inside, every loop level keeps its
// iterator on the stack above the collection being built.
void Compiler::compile_comprehension(const Expr& e) {
    const Scope* scope = table_.scope_for(&e);
    assert(scope);
    enter_unit(scope, qualname_for(scope->name, false), e.pos.line);
    fill_signature(*unit().code, *scope);
    switch (e.kind) {
        case ExprKind::ListComp:
            emit_op(Op::BUILD_LIST, 0);
            break;
        case ExprKind::SetComp:
            emit_op(Op::BUILD_SET, 0);
            break;
        case ExprKind::DictComp:
            emit_op(Op::BUILD_MAP, 0);
            break;
        default:
            break;
    }
    compile_comprehension_loop(e, 0);
    if (e.kind == ExprKind::GeneratorExp) emit_const_none();
    emit_op(Op::RETURN_VALUE);
    auto code = leave_unit();

    emit_make_function(code, 0);
    const ast::Comprehension& first = e.generators.front();
    compile_expr(*first.iter);
    emit_op(first.is_async ? Op::GET_AITER : Op::GET_ITER);
    emit_op(Op::CALL, 1);
    if (scope->is_async && e.kind != ExprKind::GeneratorExp) emit_await();
}

void Compiler::compile_comprehension_loop(const Expr& e, size_t index) {
    const ast::Comprehension& gen = e.generators[index];
    Label start = new_label(), exhausted = new_label();
    if (index == 0) {
        emit_op(Op::LOAD_FAST, 0);  // `.0`, the iterator the caller passed in
    } else {
        compile_expr(*gen.iter);
        emit_op(gen.is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(start);
    if (gen.is_async) {
        emit_jump(Op::SETUP_FINALLY, exhausted);
        emit_op(Op::GET_ANEXT);  // already an awaitable's iterator
        emit_send_loop();
        emit_op(Op::POP_BLOCK);
    } else {
        emit_jump(Op::FOR_ITER, exhausted);
    }
    compile_store(*gen.target);
    for (const auto& condition : gen.ifs)
        compile_jump_if(*condition, start, false);
    if (index + 1 < e.generators.size()) {
        compile_comprehension_loop(e, index + 1);
    } else {
        // The collection sits below one iterator per loop level.
        const uint32_t depth = static_cast<uint32_t>(e.generators.size()) + 1;
        switch (e.kind) {
            case ExprKind::ListComp:
                compile_expr(*e.a);
                emit_op(Op::LIST_APPEND, depth);
                break;
            case ExprKind::SetComp:
                compile_expr(*e.a);
                emit_op(Op::SET_ADD, depth);
                break;
            case ExprKind::DictComp:
                compile_expr(*e.a);
                compile_expr(*e.b);
                emit_op(Op::MAP_ADD, depth);
                break;
            default:
                compile_expr(*e.a);
                if (unit().scope->is_async) emit_op(Op::ASYNC_GEN_WRAP);
                emit_op(Op::YIELD_VALUE, 0);
                emit_op(Op::POP_TOP);
                break;
        }
    }
    emit_jump(Op::JUMP, start);
    bind(exhausted);
    if (gen.is_async) emit_op(Op::END_ASYNC_FOR);
}

}  // namespace loopstep::compiling
