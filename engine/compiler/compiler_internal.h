// Private to the compiler: the Compiler class shared by compiler.cpp (units, emission, functions,
// assembly), compiler_statements.cpp, compiler_blocks.cpp (loops, try, with, unwinding) and
// compiler_expressions.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/code.h"
#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "syntax/ast.h"

namespace loopstep::compiling {

struct Label {
    int id = -1;
};

// A compile-time record of a construct that break/continue/return must leave in order
// (CPython's "frame blocks"); see unwind_block() for what leaving each one emits.
enum class BlockKind : uint8_t {
    WhileLoop,
    ForLoop,           // the iterator is on the stack
    AsyncForLoop,      // the async iterator is on the stack
    TryExcept,         // a SETUP_FINALLY is active
    FinallyTry,        // a SETUP_FINALLY is active; leaving runs the finally body
    FinallyEnd,        // inside the exceptional finally body: the exception is on the stack and handled
    ExceptionHandler,  // inside `except E:` (the exception is handled, not on the stack)
    HandlerCleanup,    // inside `except E as name:` (plus a SETUP_FINALLY that clears the name)
    ExceptStarHandler, // inside an `except* E:` body: break/continue/return may not leave it
    With,              // the bound __exit__ is on the stack, a SETUP_FINALLY is active
    AsyncWith,
    PopValue,  // a value (a return value kept across an inlined finally) is on the stack
};

struct Block {
    Block(BlockKind kind, Label start = {}, Label exit = {}) : kind(kind), start(start), exit(exit) {}
    BlockKind kind;
    Label start;  // loops: where `continue` goes
    Label exit;   // loops: where `break` goes
    const ast::StmtList* finally_body = nullptr;
    std::string handler_name;
};

// One code object being built.
struct Unit {
    const Scope* scope = nullptr;
    std::shared_ptr<Code> code;
    std::vector<int> label_positions;  // label id -> instruction index, -1 while unbound
    std::vector<Block> blocks;
    std::unordered_map<std::string, uint32_t> name_slots;
    std::unordered_map<std::string, uint32_t> constant_slots;  // keyed by constant_key()
    bool is_class_body() const { return scope->kind == ScopeKind::Class; }
    bool is_module() const { return scope->kind == ScopeKind::Module; }
};

class Compiler {
public:
    Compiler(const SymbolTable& table, std::string filename)
        : table_(table), filename_(std::move(filename)) {}
    CompileResult compile(const ast::Module& module);

private:
    // ---- compiler.cpp: units, emission, names, code objects
    void fail(ast::Pos pos, std::string message);
    bool failed() const { return error_.has_value(); }
    Unit& unit() { return *units_.back(); }
    void enter_unit(const Scope* scope, const std::string& qualname, int first_line);
    std::shared_ptr<const Code> leave_unit();
    std::string qualname_for(const std::string& name, bool named_binding) const;

    void emit_op(Op op, uint32_t arg = 0);
    void emit_jump(Op op, Label target);
    Label new_label();
    void bind(Label label);
    uint32_t add_constant(const Constant& constant);
    uint32_t add_name(const std::string& name);
    void emit_const_none();
    void emit_const_str(const std::string& text);
    std::string mangled(const std::string& name);
    uint32_t cell_slot(const std::string& mangled_name);
    void emit_name(const std::string& name, ast::ExprContext ctx, ast::Pos pos);
    void emit_make_function(const std::shared_ptr<const Code>& code, uint32_t flags);
    void emit_await();
    void emit_send_loop();
    bool last_is_terminal();

    void compile_function_def(const ast::Stmt& s);
    void compile_class_def(const ast::Stmt& s);
    void compile_lambda(const ast::Expr& e);
    uint32_t compile_defaults(const ast::Arguments& args);
    void fill_signature(Code& code, const Scope& scope);

    // ---- compiler_statements.cpp
    void compile_body(const ast::StmtList& body);
    void compile_stmt(const ast::Stmt& s);
    void compile_assign(const ast::Stmt& s);
    void compile_aug_assign(const ast::Stmt& s);
    void compile_ann_assign(const ast::Stmt& s);
    void compile_store(const ast::Expr& target);
    void compile_delete(const ast::Expr& target);
    void compile_unpack(const ast::Expr& target);
    void compile_import(const ast::Stmt& s);
    void compile_import_from(const ast::Stmt& s);
    bool check_module(const std::string& module, ast::Pos pos);
    void compile_if(const ast::Stmt& s);
    void compile_raise(const ast::Stmt& s);
    void compile_assert(const ast::Stmt& s);
    void store_docstring(const ast::StmtList& body);
    std::string annotation_text(const ast::Expr& e);
    // True for the forms of annotation evaluated at class creation (names, attributes,
    // subscripts, literals): anything else (`int | None`: Loopstep has no union type yet) stays a
    // string, as under the future import.
    static bool evaluable_annotation(const ast::Expr& e);
    bool future_annotations_ = false;  // `from __future__ import annotations` seen

    // ---- compiler_blocks.cpp
    void compile_while(const ast::Stmt& s);
    void compile_for(const ast::Stmt& s);
    void compile_async_for(const ast::Stmt& s);
    void compile_try(const ast::Stmt& s);
    void compile_try_except(const ast::Stmt& s);
    void compile_try_except_star(const ast::Stmt& s);
    void compile_try_finally(const ast::Stmt& s);
    void compile_with(const ast::Stmt& s, size_t item);
    void compile_return(const ast::Stmt& s);
    void compile_break(const ast::Stmt& s);
    void compile_continue(const ast::Stmt& s);
    std::optional<Block> unwind_to_loop();
    void unwind_all(bool preserve_top);
    void unwind_block(const Block& block, bool preserve_top);
    void emit_handler_name_cleanup(const std::string& name);

    // ---- compiler_expressions.cpp
    void compile_expr(const ast::Expr& e);
    void compile_expr_inner(const ast::Expr& e);
    void compile_jump_if(const ast::Expr& e, Label target, bool jump_if_true);
    void compile_constant(const ast::Expr& e);
    void compile_compare(const ast::Expr& e);
    void compile_bool_op(const ast::Expr& e);
    void compile_call(const ast::Expr& e);
    void compile_call_arguments(uint32_t pushed, const ast::ExprList& args,
                                const std::vector<ast::Keyword>& keywords, ast::Pos pos, bool method = false);
    void compile_sequence(const ast::Expr& e);
    void compile_dict(const ast::Expr& e);
    void compile_joined_str(const ast::Expr& e);
    void compile_formatted_value(const ast::Expr& e);
    void compile_comprehension(const ast::Expr& e);
    void compile_comprehension_loop(const ast::Expr& e, size_t index);
    void compile_yield(const ast::Expr& e);
    bool compile_zero_arg_super(const ast::Expr& e);
    bool check_operator(ast::Operator op, ast::Pos pos);

    const SymbolTable& table_;
    std::string filename_;
    std::vector<std::unique_ptr<Unit>> units_;
    ast::Pos pos_{1, 1};
    std::optional<Diagnostic> error_;
};

// Keeps instructions pointing at the node being compiled, restoring the outer node's position.
class PositionScope {
public:
    PositionScope(ast::Pos& current, ast::Pos pos) : current_(current), saved_(current) {
        if (pos.line > 0) current_ = pos;
    }
    ~PositionScope() { current_ = saved_; }
    PositionScope(const PositionScope&) = delete;
    PositionScope& operator=(const PositionScope&) = delete;

private:
    ast::Pos& current_;
    ast::Pos saved_;
};

// Value-stack effect of one instruction, when it falls through (`jump` false) or jumps/enters
// its handler (`jump` true). Used to size and check each code object's stack.
int stack_effect(Op op, uint32_t arg, bool jump);
bool is_jump(Op op);
bool is_terminal(Op op);  // never falls through

// Follows every path through `code` (handlers included) and checks that each instruction is
// always reached with the same stack depth, handler blocks and handled-exception depth, that no
// path pops an empty stack, and that RETURN_VALUE leaves exactly one value with no block or
// handled exception left. `problem` is empty when all holds.
struct StackCheck {
    int max_depth = 0;
    std::string problem;
};
StackCheck check_stack(const Code& code);

}  // namespace loopstep::compiling
