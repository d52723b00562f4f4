// `try: … except* T as e: …` (PEP 654). Each clause splits what is left of the caught exception
// (a naked exception counts as a one-member group); the handlers' own exceptions are collected
// and combined with the unmatched rest at the end, as CPython's _PyExc_PrepReraiseStar does.
// Stack pictures (bottom → top, relative to the statement's entry depth):
//   handler entry       [orig]                    orig = the exception the body raised
//   clauses             [orig raised rest]        raised = list of handlers' exceptions
//   a clause's body     [orig raised rest]        `e` and the handled exception are the match
//   a body that raised  [orig raised rest exc]    → LIST_APPEND 2, on to the next clause
//   after the clauses   [orig raised]             rest appended; RERAISE_STAR consumes both
#include "compiler/compiler_internal.h"

namespace loopstep::compiling {

void Compiler::compile_try_except_star(const ast::Stmt& s) {
    Label handler = new_label(), end = new_label(), machinery_failed = new_label();
    emit_jump(Op::SETUP_FINALLY, handler);
    unit().blocks.push_back({BlockKind::TryExcept});
    compile_body(s.body);
    unit().blocks.pop_back();
    emit_op(Op::POP_BLOCK);
    compile_body(s.orelse);
    emit_jump(Op::JUMP, end);

    bind(handler);
    emit_op(Op::PUSH_EXC_INFO);
    // An error of the matching itself (a bad type, a failing split) ends the statement at once.
    emit_jump(Op::SETUP_FINALLY, machinery_failed);
    emit_op(Op::DUP_TOP);
    emit_op(Op::BUILD_LIST, 0);
    emit_op(Op::ROT_TWO);
    for (const ast::ExceptHandler& h : s.handlers) {
        PositionScope at(pos_, h.pos);
        if (!h.type) return fail(h.pos, "expected one or more exception types");
        Label next = new_label(), body_failed = new_label();
        compile_expr(*h.type);
        emit_jump(Op::CHECK_EG_MATCH, next);
        if (h.name.empty()) {
            emit_op(Op::POP_TOP);
        } else {
            emit_name(h.name, ast::ExprContext::Store, h.pos);
        }
        emit_jump(Op::SETUP_FINALLY, body_failed);
        unit().blocks.push_back({BlockKind::ExceptStarHandler});
        compile_body(h.body);
        unit().blocks.pop_back();
        emit_op(Op::POP_BLOCK);
        if (!h.name.empty()) emit_handler_name_cleanup(h.name);
        emit_jump(Op::JUMP, next);

        bind(body_failed);
        if (!h.name.empty()) emit_handler_name_cleanup(h.name);
        emit_op(Op::LIST_APPEND, 2);
        bind(next);
    }
    emit_op(Op::LIST_APPEND, 1);
    emit_op(Op::POP_BLOCK);
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::RERAISE_STAR);
    emit_jump(Op::JUMP, end);

    bind(machinery_failed);  // [orig exc]
    emit_op(Op::ROT_TWO);
    emit_op(Op::POP_TOP);
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::RERAISE);
    bind(end);
}

}  // namespace loopstep::compiling
