// The compiler's core: code units and instruction emission, name resolution to opcodes, function
// and class objects, and the assembly step (label resolution, stack sizing and checking).
#include "compiler/compiler.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>

#include "compiler/compiler_internal.h"

namespace loopstep {

namespace compiling {

namespace {

// Builtins that would reach outside the sandbox or defeat the static checks (SPEC §3).
bool is_refused_builtin(const std::string& name) {
    static const char* const refused[] = {"open", "exec", "eval", "compile", "__import__", "input", "locals", "breakpoint"};
    return std::any_of(std::begin(refused), std::end(refused), [&](const char* r) { return name == r; });
}

std::string constant_key(const Constant& c) {
    std::string key(1, static_cast<char>('A' + static_cast<int>(c.kind)));
    switch (c.kind) {
        case Constant::Kind::Int:
            key += std::to_string(c.int_value);
            break;
        case Constant::Kind::Float: {
            uint64_t bits;
            std::memcpy(&bits, &c.float_value, sizeof bits);
            key += std::to_string(bits);
            break;
        }
        case Constant::Kind::BigInt:
        case Constant::Kind::Str:
            key += c.text;
            break;
        case Constant::Kind::Tuple:
            for (const auto& element : c.elements) {
                std::string inner = constant_key(element);
                key += std::to_string(inner.size()) + ":" + inner;
            }
            break;
        default:
            break;
    }
    return key;
}

}  // namespace

void Compiler::fail(ast::Pos pos, std::string message) {
    if (!error_) error_ = Diagnostic{filename_, pos.line, pos.col, std::move(message)};
}

CompileResult Compiler::compile(const ast::Module& module) {
    enter_unit(table_.module.get(), "<module>", 1);
    unit().code->flags |= kModule;
    if (table_.module->is_async) unit().code->flags |= kCoroutine;  // notebook mode's module
    store_docstring(module.body);
    compile_body(module.body);
    if (!module.body.empty()) pos_ = module.body.back()->pos;
    emit_const_none();
    emit_op(Op::RETURN_VALUE);
    auto code = leave_unit();
    if (error_) return {nullptr, error_, std::nullopt};
    return {code, std::nullopt, std::nullopt};
}

void Compiler::enter_unit(const Scope* scope, const std::string& qualname, int first_line) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->code = std::make_shared<Code>();
    Code& code = *u->code;
    code.name = scope->name;
    code.qualname = qualname;
    code.filename = filename_;
    code.first_line = first_line;
    if (!units_.empty() && unit().scope->is_function_like()) code.flags |= kNested;
    code.varnames = scope->local_names();
    code.cellvars = scope->cell_names();
    code.freevars = scope->free_names();
    for (const auto& cell : code.cellvars) {
        auto it = std::find(code.varnames.begin(), code.varnames.end(), cell);
        bool is_param = it != code.varnames.end() && scope->lookup(cell) && scope->lookup(cell)->param;
        code.cell_from_arg.push_back(is_param ? static_cast<int>(it - code.varnames.begin()) : -1);
    }
    units_.push_back(std::move(u));
}

std::shared_ptr<const Code> Compiler::leave_unit() {
    Unit& u = unit();
    Code& code = *u.code;
    for (auto& instruction : code.instructions) {
        if (!is_jump(instruction.op)) continue;
        int target = u.label_positions.at(instruction.arg);
        if (target < 0) {
            assert(failed() && "jump to an unbound label");  // compilation stopped half-way
            target = 0;
        }
        instruction.arg = static_cast<uint32_t>(target);
    }
    StackCheck check = check_stack(code);
    assert(failed() || check.problem.empty());
    code.stack_size = check.max_depth;
    std::shared_ptr<const Code> result = u.code;
    units_.pop_back();
    return result;
}

std::string Compiler::qualname_for(const std::string& name, bool named_binding) const {
    const Unit& parent = *units_.back();
    if (parent.is_module()) return name;
    if (named_binding &&
        parent.scope->resolve(mangle(parent.scope->private_name, name)) == NameScope::GlobalExplicit)
        return name;
    std::string base = parent.code->qualname;
    if (parent.scope->is_function_like()) base += ".<locals>";
    return base + "." + name;
}

void Compiler::emit_op(Op op, uint32_t arg) {
    Code& code = *unit().code;
    code.instructions.push_back({op, arg});
    code.lines.push_back(pos_.line);
    code.columns.push_back(pos_.col);
}

void Compiler::emit_jump(Op op, Label target) {
    assert(is_jump(op) && target.id >= 0);
    emit_op(op, static_cast<uint32_t>(target.id));
}

Label Compiler::new_label() {
    auto& positions = unit().label_positions;
    positions.push_back(-1);
    return Label{static_cast<int>(positions.size() - 1)};
}

void Compiler::bind(Label label) {
    unit().label_positions.at(label.id) = static_cast<int>(unit().code->instructions.size());
}

uint32_t Compiler::add_constant(const Constant& constant) {
    auto& constants = unit().code->constants;
    if (constant.kind == Constant::Kind::Code) {
        constants.push_back(constant);
        return static_cast<uint32_t>(constants.size() - 1);
    }
    auto [it, inserted] =
        unit().constant_slots.try_emplace(constant_key(constant), static_cast<uint32_t>(constants.size()));
    if (inserted) constants.push_back(constant);
    return it->second;
}

uint32_t Compiler::add_name(const std::string& name) {
    auto& names = unit().code->names;
    auto [it, inserted] = unit().name_slots.try_emplace(name, static_cast<uint32_t>(names.size()));
    if (inserted) names.push_back(name);
    return it->second;
}

void Compiler::emit_const_none() {
    emit_op(Op::LOAD_CONST, add_constant(Constant{}));
}

void Compiler::emit_const_str(const std::string& text) {
    Constant c;
    c.kind = Constant::Kind::Str;
    c.text = text;
    emit_op(Op::LOAD_CONST, add_constant(c));
}

std::string Compiler::mangled(const std::string& name) {
    return mangle(unit().scope->private_name, name);
}

uint32_t Compiler::cell_slot(const std::string& mangled_name) {
    const Code& code = *unit().code;
    auto cell = std::find(code.cellvars.begin(), code.cellvars.end(), mangled_name);
    if (cell != code.cellvars.end()) return static_cast<uint32_t>(cell - code.cellvars.begin());
    auto free = std::find(code.freevars.begin(), code.freevars.end(), mangled_name);
    assert(free != code.freevars.end() && "name is neither a cell nor free here");
    return static_cast<uint32_t>(code.cellvars.size() + (free - code.freevars.begin()));
}

void Compiler::emit_name(const std::string& name, ast::ExprContext ctx, ast::Pos pos) {
    using Ctx = ast::ExprContext;
    const std::string m = mangled(name);
    const Scope& scope = *unit().scope;
    NameScope where = scope.resolve(m);
    bool global = where == NameScope::GlobalImplicit || where == NameScope::GlobalExplicit;
    if (ctx == Ctx::Load && global && is_refused_builtin(name) && !table_.global_bindings.count(m))
        fail(pos, "'" + name + "' is not supported by Loopstep");

    auto pick = [ctx](Op load, Op store, Op del) {
        return ctx == Ctx::Load ? load : ctx == Ctx::Store ? store : del;
    };
    if (where == NameScope::Cell || where == NameScope::Free) {
        emit_op(pick(Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF), cell_slot(m));
        return;
    }
    if (scope.is_function_like()) {
        if (where == NameScope::Local) {
            const auto& varnames = unit().code->varnames;
            auto it = std::find(varnames.begin(), varnames.end(), m);
            assert(it != varnames.end());
            emit_op(pick(Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST),
                    static_cast<uint32_t>(it - varnames.begin()));
        } else {
            emit_op(pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL), add_name(m));
        }
        return;
    }
    if (scope.kind == ScopeKind::Class && where == NameScope::GlobalExplicit) {
        emit_op(pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL), add_name(m));
        return;
    }
    emit_op(pick(Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME), add_name(m));
}

void Compiler::emit_make_function(const std::shared_ptr<const Code>& code, uint32_t flags) {
    if (!code->freevars.empty()) {
        for (const auto& name : code->freevars)
            emit_op(Op::LOAD_CLOSURE, cell_slot(name));
        emit_op(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
        flags |= 8;
    }
    Constant c;
    c.kind = Constant::Kind::Code;
    c.code = code;
    emit_op(Op::LOAD_CONST, add_constant(c));
    emit_op(Op::MAKE_FUNCTION, flags);
}

// (awaitable -- result)
void Compiler::emit_await() {
    emit_op(Op::GET_AWAITABLE);
    emit_send_loop();
}

// (iterator -- result): drives an awaitable's (or `yield from`'s) iterator to its end, passing
// every value it yields up to whoever resumes this frame and every value sent back down to it.
void Compiler::emit_send_loop() {
    emit_const_none();
    Label loop = new_label(), done = new_label();
    bind(loop);
    emit_jump(Op::SEND, done);
    emit_op(Op::YIELD_VALUE, 1);
    emit_jump(Op::JUMP, loop);
    bind(done);
}

uint32_t Compiler::compile_defaults(const ast::Arguments& args) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
        for (const auto& d : args.defaults)
            compile_expr(*d);
        emit_op(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()));
        flags |= 1;
    }
    uint32_t kw_count = 0;
    for (size_t i = 0; i < args.kwonlyargs.size() && i < args.kw_defaults.size(); ++i) {
        if (!args.kw_defaults[i]) continue;
        emit_const_str(mangled(args.kwonlyargs[i].name));
        compile_expr(*args.kw_defaults[i]);
        ++kw_count;
    }
    if (kw_count > 0) {
        emit_op(Op::BUILD_MAP, kw_count);
        flags |= 2;
    }
    return flags;
}

void Compiler::fill_signature(Code& code, const Scope& scope) {
    code.arg_count = scope.positional_count;
    code.posonly_arg_count = scope.posonly_count;
    code.kwonly_arg_count = scope.kwonly_count;
    if (scope.has_varargs) code.flags |= kVarArgs;
    if (scope.has_varkeywords) code.flags |= kVarKeywords;
    if (scope.kind == ScopeKind::Comprehension) {
        bool genexp = scope.name == "<genexpr>";
        if (genexp)
            code.flags |= scope.is_async ? kAsyncGenerator : kGenerator;
        else if (scope.is_async)
            code.flags |= kCoroutine;
    } else if (scope.is_async) {
        code.flags |= scope.is_generator ? kAsyncGenerator : kCoroutine;
    } else if (scope.is_generator) {
        code.flags |= kGenerator;
    }
}

void Compiler::compile_function_def(const ast::Stmt& s) {
    PositionScope at(pos_, s.pos);
    for (const auto& d : s.decorator_list)
        compile_expr(*d);
    uint32_t flags = compile_defaults(*s.args);
    const Scope* scope = table_.scope_for(&s);
    assert(scope);
    enter_unit(scope, qualname_for(s.name, true), s.pos.line);
    if (!s.body.empty() && s.body.front()->kind == ast::StmtKind::Expr &&
        s.body.front()->value->kind == ast::ExprKind::Constant &&
        s.body.front()->value->constant.kind == ast::Constant::Kind::Str)
        unit().code->docstring = s.body.front()->value->constant.text;
    fill_signature(*unit().code, *scope);
    compile_body(s.body);
    if (!s.body.empty()) pos_ = s.body.back()->pos;
    emit_const_none();
    emit_op(Op::RETURN_VALUE);
    pos_ = s.pos;
    auto code = leave_unit();
    emit_make_function(code, flags);
    for (auto it = s.decorator_list.rbegin(); it != s.decorator_list.rend(); ++it) {
        PositionScope decorator_at(pos_, (*it)->pos);
        emit_op(Op::CALL, 1);
    }
    emit_name(s.name, ast::ExprContext::Store, s.pos);
}

void Compiler::compile_class_def(const ast::Stmt& s) {
    PositionScope at(pos_, s.pos);
    for (const auto& d : s.decorator_list)
        compile_expr(*d);
    emit_op(Op::LOAD_BUILD_CLASS);
    const Scope* scope = table_.scope_for(&s);
    assert(scope);
    std::string qualname = qualname_for(s.name, true);
    enter_unit(scope, qualname, s.pos.line);
    unit().code->flags |= kClassBody;
    // As CPython's class body begins: `__module__ = __name__` of the module whose code makes it.
    emit_op(Op::LOAD_NAME, add_name("__name__"));
    emit_op(Op::STORE_NAME, add_name("__module__"));
    emit_const_str(qualname);
    emit_op(Op::STORE_NAME, add_name("__qualname__"));
    bool annotated = std::any_of(s.body.begin(), s.body.end(), [](const ast::StmtPtr& st) {
        return st->kind == ast::StmtKind::AnnAssign && st->simple && st->target->kind == ast::ExprKind::Name;
    });
    if (annotated) emit_op(Op::SETUP_ANNOTATIONS);
    store_docstring(s.body);
    compile_body(s.body);
    if (!s.body.empty()) pos_ = s.body.back()->pos;
    if (scope->needs_class_cell) {
        emit_op(Op::LOAD_CLOSURE, cell_slot("__class__"));
    } else {
        emit_const_none();
    }
    emit_op(Op::RETURN_VALUE);
    pos_ = s.pos;
    auto code = leave_unit();
    emit_make_function(code, 0);
    emit_const_str(s.name);
    compile_call_arguments(2, s.bases, s.keywords, s.pos);
    for (auto it = s.decorator_list.rbegin(); it != s.decorator_list.rend(); ++it) {
        PositionScope decorator_at(pos_, (*it)->pos);
        emit_op(Op::CALL, 1);
    }
    emit_name(s.name, ast::ExprContext::Store, s.pos);
}

void Compiler::compile_lambda(const ast::Expr& e) {
    uint32_t flags = compile_defaults(*e.args);
    const Scope* scope = table_.scope_for(&e);
    assert(scope);
    enter_unit(scope, qualname_for("<lambda>", false), e.pos.line);
    fill_signature(*unit().code, *scope);
    compile_expr(*e.a);
    if (scope->is_generator) {
        emit_op(Op::POP_TOP);
        emit_const_none();
    }
    emit_op(Op::RETURN_VALUE);
    auto code = leave_unit();
    emit_make_function(code, flags);
}

// ---- assembly checks

bool is_jump(Op op) {
    switch (op) {
        case Op::JUMP:
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP:
        case Op::FOR_ITER:
        case Op::SEND:
        case Op::SETUP_FINALLY:
        case Op::CHECK_EG_MATCH:
            return true;
        default:
            return false;
    }
}

bool is_terminal(Op op) {
    return op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS;
}

int stack_effect(Op op, uint32_t arg, bool jump) {
    const int n = static_cast<int>(arg);
    switch (op) {
        case Op::NOP:
        case Op::ROT_TWO:
        case Op::ROT_THREE:
        case Op::ROT_FOUR:
        case Op::DELETE_FAST:
        case Op::DELETE_DEREF:
        case Op::DELETE_GLOBAL:
        case Op::DELETE_NAME:
        case Op::LOAD_ATTR:
        case Op::UNARY_OP:
        case Op::LIST_TO_TUPLE:
        case Op::JUMP:
        case Op::GET_ITER:
        case Op::YIELD_VALUE:
        case Op::GET_AWAITABLE:
        case Op::GET_YIELD_FROM_ITER:
        case Op::ASYNC_GEN_WRAP:
        case Op::GET_AITER:
        case Op::POP_BLOCK:
        case Op::PUSH_EXC_INFO:
        case Op::POP_EXCEPT:
        case Op::CHECK_EXC_MATCH:
        case Op::CALL_EXIT_NONE:
        case Op::SETUP_ANNOTATIONS:
            return 0;
        case Op::DUP_TOP:
        case Op::LOAD_METHOD:
        case Op::LOAD_CONST:
        case Op::LOAD_FAST:
        case Op::LOAD_DEREF:
        case Op::LOAD_CLOSURE:
        case Op::LOAD_GLOBAL:
        case Op::LOAD_NAME:
        case Op::GET_ANEXT:
        case Op::LOAD_ASSERTION_ERROR:
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH:
        case Op::WITH_EXCEPT_START:
        case Op::LOAD_BUILD_CLASS:
        case Op::IMPORT_NAME:
        case Op::IMPORT_FROM:
            return 1;
        case Op::DUP_TOP_TWO:
            return 2;
        case Op::POP_TOP:
        case Op::STORE_FAST:
        case Op::STORE_DEREF:
        case Op::STORE_GLOBAL:
        case Op::STORE_NAME:
        case Op::DELETE_ATTR:
        case Op::BINARY_SUBSCR:
        case Op::BINARY_OP:
        case Op::COMPARE_OP:
        case Op::LIST_APPEND:
        case Op::SET_ADD:
        case Op::LIST_EXTEND:
        case Op::SET_UPDATE:
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE:
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::RETURN_VALUE:
        case Op::RERAISE:
        case Op::IMPORT_STAR:
            return -1;
        case Op::STORE_ATTR:
        case Op::DELETE_SUBSCR:
        case Op::MAP_ADD:
        case Op::END_ASYNC_FOR:
            return -2;
        case Op::STORE_SUBSCR:
            return -3;
        case Op::BUILD_SLICE:
        case Op::BUILD_TUPLE:
        case Op::BUILD_LIST:
        case Op::BUILD_SET:
        case Op::BUILD_STRING:
            return 1 - n;
        case Op::BUILD_MAP:
            return 1 - 2 * n;
        case Op::UNPACK_SEQUENCE:
            return n - 1;
        case Op::UNPACK_EX:
            return static_cast<int>((arg & 0xff) + (arg >> 8));
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1;
        case Op::FOR_ITER:
            return jump ? -1 : 1;
        case Op::SEND:
        case Op::CHECK_EG_MATCH:
            return jump ? -1 : 0;
        case Op::RERAISE_STAR:
            return -2;
        case Op::SETUP_FINALLY:
            return jump ? 1 : 0;
        case Op::CALL:
            return -n;
        case Op::CALL_KW:
            return -n - 1;
        case Op::CALL_METHOD:
            return -n - 1;
        case Op::CALL_METHOD_KW:
            return -n - 2;
        case Op::CALL_EX:
            return (arg & 1) ? -2 : -1;
        case Op::MAKE_FUNCTION:
            return -std::popcount(arg & 11u);
        case Op::RAISE_VARARGS:
            return -n;
        case Op::FORMAT_VALUE:
            return (arg & 4) ? -1 : 0;
    }
    return 0;
}

namespace {

struct HandlerRecord {
    uint32_t handler;
    int depth;
    int exc_depth;
    bool operator==(const HandlerRecord&) const = default;
};

struct FlowState {
    int depth = 0;
    int exc_depth = 0;
    std::vector<HandlerRecord> blocks;
    bool operator==(const FlowState&) const = default;
};

}  // namespace

StackCheck check_stack(const Code& code) {
    StackCheck result;
    const auto& instructions = code.instructions;
    std::vector<std::optional<FlowState>> seen(instructions.size());
    std::vector<uint32_t> work;
    auto problem = [&](uint32_t ip, const std::string& what) {
        if (result.problem.empty())
            result.problem =
                code.qualname + " @" + std::to_string(ip) + " " + op_name(instructions[ip].op) + ": " + what;
    };
    auto reach = [&](uint32_t from, uint32_t ip, const FlowState& state) {
        if (ip >= instructions.size()) return problem(from, "flows past the end");
        if (state.depth < 0) return problem(from, "pops an empty stack");
        result.max_depth = std::max(result.max_depth, state.depth);
        if (seen[ip]) {
            if (!(*seen[ip] == state)) problem(ip, "reached with different stack pictures");
            return;
        }
        seen[ip] = state;
        work.push_back(ip);
    };
    if (!instructions.empty()) reach(0, 0, FlowState{});
    while (!work.empty() && result.problem.empty()) {
        uint32_t ip = work.back();
        work.pop_back();
        FlowState state = *seen[ip];
        const Instruction& ins = instructions[ip];
        FlowState next = state;
        next.depth += stack_effect(ins.op, ins.arg, false);
        switch (ins.op) {
            case Op::SETUP_FINALLY: {
                FlowState handler = state;
                handler.depth += 1;
                reach(ip, ins.arg, handler);
                next.blocks.push_back({ins.arg, state.depth, state.exc_depth});
                break;
            }
            case Op::POP_BLOCK:
                if (next.blocks.empty()) return problem(ip, "no block to pop"), result;
                next.blocks.pop_back();
                break;
            case Op::PUSH_EXC_INFO:
                next.exc_depth += 1;
                break;
            case Op::POP_EXCEPT:
                if (next.exc_depth == 0) return problem(ip, "no handled exception to restore"), result;
                next.exc_depth -= 1;
                break;
            case Op::RETURN_VALUE:
                if (state.depth != 1 || !state.blocks.empty() || state.exc_depth != 0)
                    problem(ip, "returns with depth " + std::to_string(state.depth) + ", " +
                                    std::to_string(state.blocks.size()) + " blocks, " +
                                    std::to_string(state.exc_depth) + " handled exceptions");
                break;
            default:
                break;
        }
        if (!is_terminal(ins.op)) reach(ip, ip + 1, next);
        if (is_jump(ins.op) && ins.op != Op::SETUP_FINALLY) {
            FlowState jumped = state;
            jumped.depth += stack_effect(ins.op, ins.arg, true);
            reach(ip, ins.arg, jumped);
        }
    }
    return result;
}

}  // namespace compiling

CompileResult compile_module(const ast::Module& module, const std::string& filename, bool allow_top_level_await) {
    SymbolTableResult symbols = build_symbol_table(module, filename, allow_top_level_await);
    if (symbols.error) return {nullptr, symbols.error, symbols.table ? symbols.table->top_level_await : std::nullopt};
    CompileResult result = compiling::Compiler(*symbols.table, filename).compile(module);
    result.top_level_await = symbols.table->top_level_await;
    return result;
}

}  // namespace loopstep
