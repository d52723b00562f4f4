// Block-structured statements and the ways out of them. Stack pictures (bottom → top, relative to
// the statement's entry depth) are the contract with the VM:
//   for:        [it]                     FOR_ITER pushes the item; on exhaustion pops `it`
//   async for:  [aiter]                  handler around GET_ANEXT + send loop: [aiter exc] → END_ASYNC_FOR
//   with:       [exit]                   under the body; the handler sees [exit exc]
//   try:        []                       handlers see [exc]; handler bodies run at [] (exc popped)
//   finally:    exceptional path [exc]   under the finally body, re-raised after it
// break/continue/return leave blocks innermost first (unwind_block) by inlining what the normal
// exit would run: POP_BLOCK, POP_EXCEPT, finally bodies, __exit__ calls, iterator pops.
#include <algorithm>
#include <cassert>

#include "compiler/compiler_internal.h"

namespace loopstep::compiling {

using ast::Stmt;

namespace {

bool is_loop(BlockKind kind) {
    return kind == BlockKind::WhileLoop || kind == BlockKind::ForLoop || kind == BlockKind::AsyncForLoop;
}

bool is_constant_true(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Constant) return false;
    return e.constant.kind == ast::Constant::Kind::True ||
           (e.constant.kind == ast::Constant::Kind::Int && e.constant.int_value != 0);
}

}  // namespace

void Compiler::compile_while(const Stmt& s) {
    Label start = new_label(), orelse = new_label(), exit = new_label();
    bind(start);
    if (!is_constant_true(*s.test)) compile_jump_if(*s.test, orelse, false);
    unit().blocks.push_back({BlockKind::WhileLoop, start, exit});
    compile_body(s.body);
    unit().blocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(orelse);
    compile_body(s.orelse);
    bind(exit);
}

void Compiler::compile_for(const Stmt& s) {
    Label start = new_label(), exhausted = new_label(), exit = new_label();
    compile_expr(*s.iter);
    emit_op(Op::GET_ITER);
    bind(start);
    emit_jump(Op::FOR_ITER, exhausted);
    compile_store(*s.target);
    unit().blocks.push_back({BlockKind::ForLoop, start, exit});
    compile_body(s.body);
    unit().blocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(exhausted);
    compile_body(s.orelse);
    bind(exit);
}

void Compiler::compile_async_for(const Stmt& s) {
    Label start = new_label(), exhausted = new_label(), exit = new_label();
    compile_expr(*s.iter);
    emit_op(Op::GET_AITER);
    bind(start);
    emit_jump(Op::SETUP_FINALLY, exhausted);
    emit_op(Op::GET_ANEXT);  // already an awaitable's iterator
    emit_send_loop();
    emit_op(Op::POP_BLOCK);
    compile_store(*s.target);
    unit().blocks.push_back({BlockKind::AsyncForLoop, start, exit});
    compile_body(s.body);
    unit().blocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(exhausted);
    emit_op(Op::END_ASYNC_FOR);
    compile_body(s.orelse);
    bind(exit);
}

void Compiler::compile_try(const Stmt& s) {
    if (!s.finalbody.empty()) {
        compile_try_finally(s);
    } else if (s.is_star) {
        compile_try_except_star(s);
    } else {
        compile_try_except(s);
    }
}

void Compiler::compile_try_finally(const Stmt& s) {
    Label handler = new_label(), end = new_label();
    emit_jump(Op::SETUP_FINALLY, handler);
    Block block{BlockKind::FinallyTry};
    block.finally_body = &s.finalbody;
    unit().blocks.push_back(block);
    if (s.handlers.empty()) {
        compile_body(s.body);
    } else if (s.is_star) {
        compile_try_except_star(s);
    } else {
        compile_try_except(s);
    }
    unit().blocks.pop_back();
    emit_op(Op::POP_BLOCK);
    compile_body(s.finalbody);
    emit_jump(Op::JUMP, end);

    bind(handler);
    emit_op(Op::PUSH_EXC_INFO);
    unit().blocks.push_back({BlockKind::FinallyEnd});
    compile_body(s.finalbody);
    unit().blocks.pop_back();
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::RERAISE);
    bind(end);
}

void Compiler::compile_try_except(const Stmt& s) {
    Label handler = new_label(), end = new_label();
    emit_jump(Op::SETUP_FINALLY, handler);
    unit().blocks.push_back({BlockKind::TryExcept});
    compile_body(s.body);
    unit().blocks.pop_back();
    emit_op(Op::POP_BLOCK);
    compile_body(s.orelse);
    emit_jump(Op::JUMP, end);

    bind(handler);
    emit_op(Op::PUSH_EXC_INFO);
    bool caught_all = false;
    for (size_t i = 0; i < s.handlers.size(); ++i) {
        const ast::ExceptHandler& h = s.handlers[i];
        PositionScope at(pos_, h.pos);
        Label next = new_label();
        if (h.type) {
            compile_expr(*h.type);
            emit_op(Op::CHECK_EXC_MATCH);
            emit_jump(Op::POP_JUMP_IF_FALSE, next);
        } else if (i + 1 < s.handlers.size()) {
            return fail(h.pos, "default 'except:' must be last");
        } else {
            caught_all = true;
        }
        if (h.name.empty()) {
            emit_op(Op::POP_TOP);
            unit().blocks.push_back({BlockKind::ExceptionHandler});
            compile_body(h.body);
            unit().blocks.pop_back();
            emit_op(Op::POP_EXCEPT);
            emit_jump(Op::JUMP, end);
        } else {
            // `except E as name:` unbinds `name` however the handler ends, as CPython does.
            Label cleanup = new_label();
            emit_name(h.name, ast::ExprContext::Store, h.pos);
            emit_jump(Op::SETUP_FINALLY, cleanup);
            Block block{BlockKind::HandlerCleanup};
            block.handler_name = h.name;
            unit().blocks.push_back(block);
            compile_body(h.body);
            unit().blocks.pop_back();
            emit_op(Op::POP_BLOCK);
            emit_op(Op::POP_EXCEPT);
            emit_handler_name_cleanup(h.name);
            emit_jump(Op::JUMP, end);
            bind(cleanup);
            emit_handler_name_cleanup(h.name);
            emit_op(Op::RERAISE);
        }
        bind(next);
    }
    if (!caught_all) {
        emit_op(Op::POP_EXCEPT);
        emit_op(Op::RERAISE);
    }
    bind(end);
}

void Compiler::emit_handler_name_cleanup(const std::string& name) {
    emit_const_none();
    emit_name(name, ast::ExprContext::Store, pos_);
    emit_name(name, ast::ExprContext::Del, pos_);
}

void Compiler::compile_with(const Stmt& s, size_t index) {
    if (index == s.items.size()) return compile_body(s.body);
    const ast::WithItem& item = s.items[index];
    Label handler = new_label(), suppress = new_label(), end = new_label(), bind_failed = new_label();
    compile_expr(*item.context_expr);
    if (s.is_async) {
        // __aenter__()'s result is already an awaitable's iterator; arg 1: its value is dropped.
        emit_op(Op::BEFORE_ASYNC_WITH, item.optional_vars ? 0 : 1);
        emit_send_loop();
    } else {
        emit_op(Op::BEFORE_WITH);
    }
    // [exit enter_result]
    bool guarded_target = item.optional_vars && item.optional_vars->kind != ast::ExprKind::Name;
    if (!item.optional_vars) {
        emit_op(Op::POP_TOP);
    } else if (!guarded_target) {
        compile_store(*item.optional_vars);
    } else {
        // Binding `as a.b` or `as (x, y)` can raise; __exit__ must see that like a body error.
        emit_jump(Op::SETUP_FINALLY, bind_failed);
        compile_store(*item.optional_vars);
        emit_op(Op::POP_BLOCK);
    }
    // [exit]
    emit_jump(Op::SETUP_FINALLY, handler);
    unit().blocks.push_back({s.is_async ? BlockKind::AsyncWith : BlockKind::With});
    compile_with(s, index + 1);
    unit().blocks.pop_back();
    emit_op(Op::POP_BLOCK);
    emit_op(Op::CALL_EXIT_NONE);
    if (s.is_async) emit_await();
    emit_op(Op::POP_TOP);
    emit_jump(Op::JUMP, end);

    if (guarded_target) {
        bind(bind_failed);  // [exit enter_result exc]
        emit_op(Op::ROT_TWO);
        emit_op(Op::POP_TOP);
    }
    bind(handler);  // [exit exc]
    emit_op(Op::PUSH_EXC_INFO);
    emit_op(Op::WITH_EXCEPT_START);  // [exit exc result]
    if (s.is_async) emit_await();
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::RERAISE);
    bind(suppress);  // [exit exc]
    emit_op(Op::POP_TOP);
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::POP_TOP);
    bind(end);
}

void Compiler::compile_return(const Stmt& s) {
    const Scope& scope = *unit().scope;
    if (!scope.is_function_like()) return fail(s.pos, "'return' outside function");
    if (s.value && scope.kind == ScopeKind::Function && scope.is_async && scope.is_generator)
        return fail(s.pos, "'return' with value in async generator");
    if (s.value) {
        compile_expr(*s.value);
        unwind_all(true);
    } else {
        unwind_all(false);
        emit_const_none();
    }
    emit_op(Op::RETURN_VALUE);
}

void Compiler::compile_break(const Stmt& s) {
    std::optional<Block> loop = unwind_to_loop();
    if (!loop) return fail(s.pos, "'break' outside loop");
    unwind_block(*loop, false);
    emit_jump(Op::JUMP, loop->exit);
}

void Compiler::compile_continue(const Stmt& s) {
    std::optional<Block> loop = unwind_to_loop();
    if (!loop) return fail(s.pos, "'continue' not properly in loop");
    emit_jump(Op::JUMP, loop->start);
}

// Leaves every block inside the innermost loop and returns that loop (still entered), or nothing
// when no loop encloses this point of the current code object.
std::optional<Block> Compiler::unwind_to_loop() {
    auto& blocks = unit().blocks;
    auto loop = std::find_if(blocks.rbegin(), blocks.rend(), [](const Block& b) { return is_loop(b.kind); });
    if (loop == blocks.rend()) return std::nullopt;
    const std::vector<Block> saved = blocks;
    while (!is_loop(blocks.back().kind)) {
        Block block = blocks.back();
        blocks.pop_back();
        unwind_block(block, false);
    }
    Block result = blocks.back();
    unit().blocks = saved;
    return result;
}

void Compiler::unwind_all(bool preserve_top) {
    const std::vector<Block> saved = unit().blocks;
    while (!unit().blocks.empty()) {
        Block block = unit().blocks.back();
        unit().blocks.pop_back();
        unwind_block(block, preserve_top);
    }
    unit().blocks = saved;
}

// Emits what leaving `block` early needs. The blocks inside it are already left, and the block
// itself is no longer on the block stack, so code inlined here (a finally body) sees only the
// blocks around it. `preserve_top` keeps a return value on top of the stack throughout.
void Compiler::unwind_block(const Block& block, bool preserve_top) {
    auto pop_under_top = [&] {
        if (preserve_top) emit_op(Op::ROT_TWO);
        emit_op(Op::POP_TOP);
    };
    switch (block.kind) {
        case BlockKind::WhileLoop:
            break;
        case BlockKind::ForLoop:
        case BlockKind::AsyncForLoop:
        case BlockKind::PopValue:
            pop_under_top();
            break;
        case BlockKind::TryExcept:
            emit_op(Op::POP_BLOCK);
            break;
        case BlockKind::FinallyTry:
            emit_op(Op::POP_BLOCK);
            if (preserve_top) unit().blocks.push_back({BlockKind::PopValue});
            compile_body(*block.finally_body);
            if (preserve_top) unit().blocks.pop_back();
            break;
        case BlockKind::FinallyEnd:
            pop_under_top();
            emit_op(Op::POP_EXCEPT);
            break;
        case BlockKind::ExceptionHandler:
            emit_op(Op::POP_EXCEPT);
            break;
        case BlockKind::HandlerCleanup:
            emit_op(Op::POP_BLOCK);
            emit_op(Op::POP_EXCEPT);
            emit_handler_name_cleanup(block.handler_name);
            break;
        case BlockKind::ExceptStarHandler:
            fail(pos_, "'break', 'continue' and 'return' cannot appear in an except* block");
            break;
        case BlockKind::With:
        case BlockKind::AsyncWith:
            emit_op(Op::POP_BLOCK);
            if (preserve_top) emit_op(Op::ROT_TWO);
            emit_op(Op::CALL_EXIT_NONE);
            if (block.kind == BlockKind::AsyncWith) emit_await();
            emit_op(Op::POP_TOP);
            break;
    }
}

}  // namespace loopstep::compiling
