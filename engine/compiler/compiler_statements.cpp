// Statements other than the block-structured ones (loops, try, with: compiler_blocks.cpp):
// assignment in all its forms, deletion, imports, if, raise, assert.
#include <algorithm>
#include <cassert>

#include "compiler/compiler_internal.h"
#include "compiler/cpython_names.h"
#include "compiler/supported_modules.h"

namespace loopstep::compiling {

using ast::Expr;
using ast::ExprContext;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

void Compiler::compile_body(const ast::StmtList& body) {
    for (const auto& s : body)
        compile_stmt(*s);
}

void Compiler::compile_stmt(const Stmt& s) {
    PositionScope at(pos_, s.pos);
    switch (s.kind) {
        case StmtKind::FunctionDef:
            compile_function_def(s);
            break;
        case StmtKind::ClassDef:
            compile_class_def(s);
            break;
        case StmtKind::Return:
            compile_return(s);
            break;
        case StmtKind::Delete:
            for (const auto& target : s.targets)
                compile_delete(*target);
            break;
        case StmtKind::Assign:
            compile_assign(s);
            break;
        case StmtKind::AugAssign:
            compile_aug_assign(s);
            break;
        case StmtKind::AnnAssign:
            compile_ann_assign(s);
            break;
        case StmtKind::For:
            if (s.is_async)
                compile_async_for(s);
            else
                compile_for(s);
            break;
        case StmtKind::While:
            compile_while(s);
            break;
        case StmtKind::If:
            compile_if(s);
            break;
        case StmtKind::With:
            compile_with(s, 0);
            break;
        case StmtKind::Raise:
            compile_raise(s);
            break;
        case StmtKind::Try:
            compile_try(s);
            break;
        case StmtKind::Assert:
            compile_assert(s);
            break;
        case StmtKind::Import:
            compile_import(s);
            break;
        case StmtKind::ImportFrom:
            compile_import_from(s);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            break;
        case StmtKind::Pass:
            emit_op(Op::NOP);
            break;  // gives the line its own instruction to stop at
        case StmtKind::Break:
            compile_break(s);
            break;
        case StmtKind::Continue:
            compile_continue(s);
            break;
        case StmtKind::Expr: {
            const Expr& value = *s.value;
            bool inert_constant = value.kind == ExprKind::Constant &&
                                  value.constant.kind != ast::Constant::Kind::Bytes &&
                                  value.constant.kind != ast::Constant::Kind::Imaginary;
            if (inert_constant) break;  // docstrings and other bare literals do nothing
            compile_expr(value);
            emit_op(Op::POP_TOP);
            break;
        }
    }
}

void Compiler::store_docstring(const ast::StmtList& body) {
    if (body.empty() || body.front()->kind != StmtKind::Expr) return;
    const Expr& value = *body.front()->value;
    if (value.kind != ExprKind::Constant || value.constant.kind != ast::Constant::Kind::Str) return;
    PositionScope at(pos_, body.front()->pos);
    emit_const_str(value.constant.text);
    emit_op(Op::STORE_NAME, add_name("__doc__"));
}

void Compiler::compile_assign(const Stmt& s) {
    compile_expr(*s.value);
    for (size_t i = 0; i < s.targets.size(); ++i) {
        if (i + 1 < s.targets.size()) emit_op(Op::DUP_TOP);
        compile_store(*s.targets[i]);
    }
}

void Compiler::compile_store(const Expr& target) {
    PositionScope at(pos_, target.pos);
    switch (target.kind) {
        case ExprKind::Name:
            emit_name(target.id, ExprContext::Store, target.pos);
            break;
        case ExprKind::Attribute:
            compile_expr(*target.a);
            emit_op(Op::STORE_ATTR, add_name(mangled(target.id)));
            break;
        case ExprKind::Subscript:
            compile_expr(*target.a);
            compile_expr(*target.b);
            emit_op(Op::STORE_SUBSCR);
            break;
        case ExprKind::Tuple:
        case ExprKind::List:
            compile_unpack(target);
            break;
        case ExprKind::Starred:
            fail(target.pos, "starred assignment target must be in a list or tuple");
            break;
        default:
            fail(target.pos, "cannot assign to expression");
            break;
    }
}

void Compiler::compile_unpack(const Expr& target) {
    const auto& elts = target.elts;
    auto is_starred = [](const ast::ExprPtr& e) { return e->kind == ExprKind::Starred; };
    auto stars = std::count_if(elts.begin(), elts.end(), is_starred);
    if (stars > 1) return fail(target.pos, "multiple starred expressions in assignment");
    if (stars == 1) {
        auto before =
            static_cast<uint32_t>(std::find_if(elts.begin(), elts.end(), is_starred) - elts.begin());
        auto after = static_cast<uint32_t>(elts.size()) - before - 1;
        if (before > 0xff || after > 0xffffff)
            return fail(target.pos, "too many expressions in star-unpacking assignment");
        emit_op(Op::UNPACK_EX, before | (after << 8));
    } else {
        emit_op(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
    }
    for (const auto& e : elts)
        compile_store(e->kind == ExprKind::Starred ? *e->a : *e);
}

void Compiler::compile_delete(const Expr& target) {
    PositionScope at(pos_, target.pos);
    switch (target.kind) {
        case ExprKind::Name:
            emit_name(target.id, ExprContext::Del, target.pos);
            break;
        case ExprKind::Attribute:
            compile_expr(*target.a);
            emit_op(Op::DELETE_ATTR, add_name(mangled(target.id)));
            break;
        case ExprKind::Subscript:
            compile_expr(*target.a);
            compile_expr(*target.b);
            emit_op(Op::DELETE_SUBSCR);
            break;
        case ExprKind::Tuple:
        case ExprKind::List:
            for (const auto& e : target.elts)
                compile_delete(*e);
            break;
        case ExprKind::Starred:
            fail(target.pos, "cannot delete starred");
            break;
        default:
            fail(target.pos, "cannot delete expression");
            break;
    }
}

void Compiler::compile_aug_assign(const Stmt& s) {
    const Expr& target = *s.target;
    check_operator(s.op, s.pos);
    const uint32_t op = static_cast<uint32_t>(s.op) + 16;
    switch (target.kind) {
        case ExprKind::Name:
            emit_name(target.id, ExprContext::Load, target.pos);
            compile_expr(*s.value);
            emit_op(Op::BINARY_OP, op);
            emit_name(target.id, ExprContext::Store, target.pos);
            break;
        case ExprKind::Attribute: {
            // (obj -- obj obj -- obj old -- obj new -- new obj --)
            compile_expr(*target.a);
            emit_op(Op::DUP_TOP);
            uint32_t attr = add_name(mangled(target.id));
            emit_op(Op::LOAD_ATTR, attr);
            compile_expr(*s.value);
            emit_op(Op::BINARY_OP, op);
            emit_op(Op::ROT_TWO);
            emit_op(Op::STORE_ATTR, attr);
            break;
        }
        case ExprKind::Subscript:
            // (c k -- c k c k -- c k old -- c k new -- new c k --)
            compile_expr(*target.a);
            compile_expr(*target.b);
            emit_op(Op::DUP_TOP_TWO);
            emit_op(Op::BINARY_SUBSCR);
            compile_expr(*s.value);
            emit_op(Op::BINARY_OP, op);
            emit_op(Op::ROT_THREE);
            emit_op(Op::STORE_SUBSCR);
            break;
        default:
            fail(target.pos, "illegal expression for augmented assignment");
            break;
    }
}

void Compiler::compile_ann_assign(const Stmt& s) {
    if (s.value) {
        compile_expr(*s.value);
        compile_store(*s.target);
    }
    // Class bodies record their annotations in __annotations__, evaluated as CPython 3.11 does
    // (strings under `from __future__ import annotations`), for dataclasses and typing.
    if (unit().is_class_body() && s.simple && s.target->kind == ExprKind::Name) {
        if (!future_annotations_ && evaluable_annotation(*s.annotation)) compile_expr(*s.annotation);
        else emit_const_str(annotation_text(*s.annotation));
        emit_op(Op::LOAD_NAME, add_name("__annotations__"));
        emit_const_str(mangled(s.target->id));
        emit_op(Op::STORE_SUBSCR);
    }
}

bool Compiler::evaluable_annotation(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Name:
        case ExprKind::Constant: return true;
        case ExprKind::Attribute: return evaluable_annotation(*e.a);
        case ExprKind::Subscript: return evaluable_annotation(*e.a) && evaluable_annotation(*e.b);
        case ExprKind::Tuple:
        case ExprKind::List:
            for (const auto& item : e.elts)
                if (!evaluable_annotation(*item)) return false;
            return true;
        default: return false;
    }
}

// Source text of an annotation rebuilt from the tree, for the forms annotations take.
std::string Compiler::annotation_text(const Expr& e) {
    auto join = [this](const ast::ExprList& list) {
        std::string out;
        for (size_t i = 0; i < list.size(); ++i)
            out += (i ? ", " : "") + annotation_text(*list[i]);
        return out;
    };
    switch (e.kind) {
        case ExprKind::Name:
            return e.id;
        case ExprKind::Attribute:
            return annotation_text(*e.a) + "." + e.id;
        case ExprKind::Subscript: {
            const Expr& index = *e.b;
            std::string inner = index.kind == ExprKind::Tuple ? join(index.elts) : annotation_text(index);
            return annotation_text(*e.a) + "[" + inner + "]";
        }
        case ExprKind::Tuple:
            return "(" + join(e.elts) + (e.elts.size() == 1 ? ",)" : ")");
        case ExprKind::List:
            return "[" + join(e.elts) + "]";
        case ExprKind::BinOp:
            if (e.op == ast::Operator::BitOr) return annotation_text(*e.a) + " | " + annotation_text(*e.b);
            return "...";
        case ExprKind::Constant:
            switch (e.constant.kind) {
                case ast::Constant::Kind::None:
                    return "None";
                case ast::Constant::Kind::Ellipsis:
                    return "...";
                case ast::Constant::Kind::True:
                    return "True";
                case ast::Constant::Kind::False:
                    return "False";
                case ast::Constant::Kind::Int:
                    return std::to_string(e.constant.int_value);
                case ast::Constant::Kind::Str: {
                    char quote = e.constant.text.find('\'') != std::string::npos &&
                                         e.constant.text.find('"') == std::string::npos
                                     ? '"'
                                     : '\'';
                    return quote + e.constant.text + quote;
                }
                default:
                    return "...";
            }
        default:
            return "...";
    }
}

// A module of CPython's standard library that Loopstep lacks is refused before running; any other
// name may be one of the program's own modules (looked for beside it when the run starts; a
// missing one is CPython's ModuleNotFoundError at its line).
bool Compiler::check_module(const std::string& module, ast::Pos pos) {
    if (is_supported_module(module) || !is_cpython_stdlib_module(module)) return true;
    fail(pos, "module '" + module + "'" + std::string(kNotSupportedByLoopstep));
    return false;
}

// IMPORT_NAME pushes the module its full dotted name designates; `import a.b` binds `a`.
void Compiler::compile_import(const Stmt& s) {
    for (const auto& alias : s.names) {
        PositionScope at(pos_, alias.pos);
        if (!check_module(alias.name, alias.pos)) continue;
        if (!alias.asname.empty()) {
            emit_op(Op::IMPORT_NAME, add_name(alias.name));
            emit_name(alias.asname, ExprContext::Store, alias.pos);
            continue;
        }
        std::string top = alias.name.substr(0, alias.name.find('.'));
        if (top != alias.name) {
            emit_op(Op::IMPORT_NAME, add_name(alias.name));
            emit_op(Op::POP_TOP);
        }
        emit_op(Op::IMPORT_NAME, add_name(top));
        emit_name(top, ExprContext::Store, alias.pos);
    }
}

void Compiler::compile_import_from(const Stmt& s) {
    if (s.name == "__future__" && s.level == 0) {
        // `annotations` keeps the annotations of class bodies as strings.
        for (const auto& alias : s.names)
            if (alias.name == "annotations") future_annotations_ = true;
            else
                fail(alias.pos, "from __future__ import " + alias.name + " is not supported by Loopstep");
        return;
    }
    // A relative import keeps its dots (`.orders`): the VM resolves them against the importing
    // module's __package__, as CPython's import does with the level.
    const std::string module = std::string(static_cast<size_t>(s.level), '.') + s.name;
    if (s.level == 0 && !check_module(s.name, s.pos)) return;
    if (s.names.size() == 1 && s.names[0].name == "*") {
        if (!(unit().code->flags & (kModule | kClassBody))) return fail(s.pos, "import * only allowed at module level");
        emit_op(Op::IMPORT_NAME, add_name(module));
        emit_op(Op::IMPORT_STAR);
        return;
    }
    emit_op(Op::IMPORT_NAME, add_name(module));
    for (const auto& alias : s.names) {
        PositionScope at(pos_, alias.pos);
        emit_op(Op::IMPORT_FROM, add_name(alias.name));
        emit_name(alias.asname.empty() ? alias.name : alias.asname, ExprContext::Store, alias.pos);
    }
    emit_op(Op::POP_TOP);
}

void Compiler::compile_if(const Stmt& s) {
    Label orelse = new_label(), end = new_label();
    compile_jump_if(*s.test, orelse, false);
    compile_body(s.body);
    if (!s.orelse.empty()) {
        emit_jump(Op::JUMP, end);
        bind(orelse);
        compile_body(s.orelse);
    } else {
        bind(orelse);
    }
    bind(end);
}

void Compiler::compile_raise(const Stmt& s) {
    uint32_t count = 0;
    if (s.exc) {
        compile_expr(*s.exc);
        ++count;
        if (s.cause) {
            compile_expr(*s.cause);
            ++count;
        }
    }
    emit_op(Op::RAISE_VARARGS, count);
}

void Compiler::compile_assert(const Stmt& s) {
    Label end = new_label();
    compile_jump_if(*s.test, end, true);
    emit_op(Op::LOAD_ASSERTION_ERROR);
    if (s.msg) {
        compile_expr(*s.msg);
        emit_op(Op::CALL, 1);
    }
    emit_op(Op::RAISE_VARARGS, 1);
    bind(end);
}

}  // namespace loopstep::compiling
