// ast::dump: a compact s-expression form of the tree, for tests and debugging.
//
// Format: every node is `(Kind field...)`, children in the order of CPython's `ast` fields.
//   Expressions
//     (Name id [Store|Del])            Load is not written; the same for every ctx below
//     (Constant 1) (Constant 1.5) (Constant "text") (Constant None|True|False|...) (Constant big:123...)
//     (JoinedStr piece...)             (FormattedValue value [!r|!s|!a] [spec])
//     (Tuple elt... [ctx]) (List elt... [ctx]) (Set elt...)
//     (Dict (: key value)... (** value)...)  in source order
//     (Starred value [ctx]) (Attribute value attr [ctx]) (Subscript value slice [ctx])
//     (Slice lower upper step)         `_` for an absent part
//     (Call func arg... (keyword name value)... (keyword ** value)...)
//     (BinOp Add left right) (UnaryOp USub operand) (BoolOp And value...) (Compare left Lt right Eq right...)
//     (IfExp test body orelse) (Lambda (arguments...) body) (NamedExpr target value)
//     (ListComp elt (comprehension [async] target iter (if cond)...)...) likewise SetComp, GeneratorExp
//     (DictComp key value comprehension...) (Await value) (Yield [value]) (YieldFrom value)
//   Arguments: (arguments (posonly a...) (args a...) (vararg a) (kwonly a...) (kw_defaults d|_...)
//     (kwarg a) (defaults d...)), empty groups left out; an annotated arg is `(a annotation)`.
//   Statements
//     (FunctionDef|AsyncFunctionDef name (arguments...) [(decorators d...)] [(returns r)] (body s...))
//     (ClassDef name [(bases b...)] [(keywords k...)] [(decorators d...)] (body s...))
//     (Return [v]) (Delete t...) (Assign target... value) (AugAssign target Add value)
//     (AnnAssign target annotation [value] [simple])
//     (For|AsyncFor target iter (body...) [(orelse...)]) (While test (body...) [(orelse...)])
//     (If test (body...) [(orelse...)]) (With|AsyncWith (withitem expr [vars])... (body...))
//     (Raise [exc] [(from cause)]) (Try|TryStar (body...) (handler [type] [name] (body...))...
//     [(orelse...)] [(finalbody...)]) (Assert test [msg]) (Import (alias name [as asname])...)
//     (ImportFrom module level (alias...)...) (Global n...) (Nonlocal n...) (Expr v) (Pass) (Break)
//     (Continue)
#include <charconv>
#include <cmath>
#include <cstdio>

#include "syntax/ast.h"

namespace loopstep::ast {
namespace {

const char* operator_name(Operator op) {
    static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
    return names[static_cast<int>(op)];
}

const char* cmp_name(CmpOperator op) {
    static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                        "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return names[static_cast<int>(op)];
}

const char* unary_name(UnaryOperator op) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<int>(op)];
}

// Python's repr of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16.
std::string float_repr(double v) {
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (std::isnan(v)) return "nan";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    const std::size_t e = sci.find('e');
    std::string mantissa = sci.substr(0, e);
    const int exponent = std::stoi(sci.substr(e + 1));
    const bool negative = mantissa[0] == '-';
    if (negative) mantissa.erase(0, 1);
    std::string digits;
    for (char ch : mantissa) {
        if (ch != '.') digits += ch;
    }
    std::string text;
    if (exponent < -4 || exponent >= 16) {
        text = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+',
                      exponent < 0 ? -exponent : exponent);
        text += exp;
    } else if (exponent < 0) {
        text = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else {
        const std::size_t int_len = static_cast<std::size_t>(exponent) + 1;
        if (digits.size() <= int_len) {
            text = digits + std::string(int_len - digits.size(), '0') + ".0";
        } else {
            text = digits.substr(0, int_len) + "." + digits.substr(int_len);
        }
    }
    return negative ? "-" + text : text;
}

void quote(std::string& out, const std::string& text) {
    out += '"';
    for (unsigned char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

class Dumper {
public:
    std::string out;

    void expr(const Expr* e) {
        if (!e) {
            out += " _";
            return;
        }
        out += " (";
        switch (e->kind) {
            case ExprKind::Name:
                out += "Name " + e->id;
                break;
            case ExprKind::Constant:
                constant(e->constant);
                break;
            case ExprKind::JoinedStr:
                out += "JoinedStr";
                exprs(e->elts);
                break;
            case ExprKind::FormattedValue:
                out += "FormattedValue";
                expr(e->a.get());
                if (e->conversion) out += std::string(" !") + e->conversion;
                if (e->b) expr(e->b.get());
                break;
            case ExprKind::Tuple:
                out += "Tuple";
                exprs(e->elts);
                break;
            case ExprKind::List:
                out += "List";
                exprs(e->elts);
                break;
            case ExprKind::Set:
                out += "Set";
                exprs(e->elts);
                break;
            case ExprKind::Dict:
                out += "Dict";
                for (std::size_t i = 0; i < e->elts.size(); ++i) {
                    if (i < e->keys.size() && e->keys[i]) {
                        out += " (:";
                        expr(e->keys[i].get());
                    } else {
                        out += " (**";
                    }
                    expr(e->elts[i].get());
                    out += ')';
                }
                break;
            case ExprKind::Starred:
                out += "Starred";
                expr(e->a.get());
                break;
            case ExprKind::Attribute:
                out += "Attribute";
                expr(e->a.get());
                out += " " + e->id;
                break;
            case ExprKind::Subscript:
                out += "Subscript";
                expr(e->a.get());
                expr(e->b.get());
                break;
            case ExprKind::Slice:
                out += "Slice";
                expr(e->a.get());
                expr(e->b.get());
                expr(e->c.get());
                break;
            case ExprKind::Call:
                out += "Call";
                expr(e->a.get());
                exprs(e->elts);
                for (const Keyword& k : e->keywords)
                    keyword(k);
                break;
            case ExprKind::BinOp:
                out += std::string("BinOp ") + operator_name(e->op);
                expr(e->a.get());
                expr(e->b.get());
                break;
            case ExprKind::UnaryOp:
                out += std::string("UnaryOp ") + unary_name(e->unary_op);
                expr(e->a.get());
                break;
            case ExprKind::BoolOp:
                out += e->bool_op == BoolOperator::And ? "BoolOp And" : "BoolOp Or";
                exprs(e->elts);
                break;
            case ExprKind::Compare:
                out += "Compare";
                expr(e->a.get());
                for (std::size_t i = 0; i < e->ops.size() && i < e->elts.size(); ++i) {
                    out += std::string(" ") + cmp_name(e->ops[i]);
                    expr(e->elts[i].get());
                }
                break;
            case ExprKind::IfExp:
                out += "IfExp";
                expr(e->a.get());
                expr(e->b.get());
                expr(e->c.get());
                break;
            case ExprKind::Lambda:
                out += "Lambda";
                arguments(e->args.get());
                expr(e->a.get());
                break;
            case ExprKind::NamedExpr:
                out += "NamedExpr";
                expr(e->a.get());
                expr(e->b.get());
                break;
            case ExprKind::ListComp:
                out += "ListComp";
                expr(e->a.get());
                generators(e->generators);
                break;
            case ExprKind::SetComp:
                out += "SetComp";
                expr(e->a.get());
                generators(e->generators);
                break;
            case ExprKind::GeneratorExp:
                out += "GeneratorExp";
                expr(e->a.get());
                generators(e->generators);
                break;
            case ExprKind::DictComp:
                out += "DictComp";
                expr(e->a.get());
                expr(e->b.get());
                generators(e->generators);
                break;
            case ExprKind::Await:
                out += "Await";
                expr(e->a.get());
                break;
            case ExprKind::Yield:
                out += "Yield";
                if (e->a) expr(e->a.get());
                break;
            case ExprKind::YieldFrom:
                out += "YieldFrom";
                expr(e->a.get());
                break;
        }
        const bool has_ctx = e->kind == ExprKind::Name || e->kind == ExprKind::Tuple ||
                             e->kind == ExprKind::List || e->kind == ExprKind::Starred ||
                             e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript;
        if (has_ctx && e->ctx == ExprContext::Store) out += " Store";
        if (has_ctx && e->ctx == ExprContext::Del) out += " Del";
        out += ')';
    }

    void exprs(const ExprList& list) {
        for (const auto& e : list)
            expr(e.get());
    }

    void constant(const Constant& c) {
        out += "Constant ";
        switch (c.kind) {
            case Constant::Kind::None:
                out += "None";
                break;
            case Constant::Kind::True:
                out += "True";
                break;
            case Constant::Kind::False:
                out += "False";
                break;
            case Constant::Kind::Ellipsis:
                out += "...";
                break;
            case Constant::Kind::Int:
                out += std::to_string(c.int_value);
                break;
            case Constant::Kind::BigInt:
                out += "big:" + c.text;
                break;
            case Constant::Kind::Float:
                out += float_repr(c.float_value);
                break;
            case Constant::Kind::Imaginary:
                out += "imaginary";
                break;
            case Constant::Kind::Str:
                quote(out, c.text);
                break;
            case Constant::Kind::Bytes:
                out += 'b';
                quote(out, c.text);
                break;
        }
    }

    void keyword(const Keyword& k) {
        out += " (keyword " + (k.arg.empty() ? std::string("**") : k.arg);
        expr(k.value.get());
        out += ')';
    }

    void arg(const Arg& a) {
        if (a.annotation) {
            out += " (" + a.name;
            expr(a.annotation.get());
            out += ')';
        } else {
            out += " " + a.name;
        }
    }

    void arg_group(const char* name, const std::vector<Arg>& args) {
        if (args.empty()) return;
        out += std::string(" (") + name;
        for (const Arg& a : args)
            arg(a);
        out += ')';
    }

    void arguments(const Arguments* a) {
        out += " (arguments";
        if (a) {
            arg_group("posonly", a->posonlyargs);
            arg_group("args", a->args);
            if (a->vararg) {
                out += " (vararg";
                arg(*a->vararg);
                out += ')';
            }
            arg_group("kwonly", a->kwonlyargs);
            if (!a->kw_defaults.empty()) {
                out += " (kw_defaults";
                exprs(a->kw_defaults);
                out += ')';
            }
            if (a->kwarg) {
                out += " (kwarg";
                arg(*a->kwarg);
                out += ')';
            }
            if (!a->defaults.empty()) {
                out += " (defaults";
                exprs(a->defaults);
                out += ')';
            }
        }
        out += ')';
    }

    void generators(const std::vector<Comprehension>& gens) {
        for (const Comprehension& c : gens) {
            out += c.is_async ? " (comprehension async" : " (comprehension";
            expr(c.target.get());
            expr(c.iter.get());
            for (const auto& cond : c.ifs) {
                out += " (if";
                expr(cond.get());
                out += ')';
            }
            out += ')';
        }
    }

    void block(const char* name, const StmtList& body, bool always) {
        if (body.empty() && !always) return;
        out += std::string(" (") + name;
        for (const auto& s : body)
            stmt(*s);
        out += ')';
    }

    void expr_group(const char* name, const ExprList& list) {
        if (list.empty()) return;
        out += std::string(" (") + name;
        exprs(list);
        out += ')';
    }

    void stmt(const Stmt& s);
};

void Dumper::stmt(const Stmt& s) {
    out += " (";
    switch (s.kind) {
        case StmtKind::FunctionDef:
            out += (s.is_async ? "AsyncFunctionDef " : "FunctionDef ") + s.name;
            arguments(s.args.get());
            expr_group("decorators", s.decorator_list);
            if (s.returns) {
                out += " (returns";
                expr(s.returns.get());
                out += ')';
            }
            block("body", s.body, true);
            break;
        case StmtKind::ClassDef:
            out += "ClassDef " + s.name;
            expr_group("bases", s.bases);
            if (!s.keywords.empty()) {
                out += " (keywords";
                for (const Keyword& k : s.keywords)
                    keyword(k);
                out += ')';
            }
            expr_group("decorators", s.decorator_list);
            block("body", s.body, true);
            break;
        case StmtKind::Return:
            out += "Return";
            if (s.value) expr(s.value.get());
            break;
        case StmtKind::Delete:
            out += "Delete";
            exprs(s.targets);
            break;
        case StmtKind::Assign:
            out += "Assign";
            exprs(s.targets);
            expr(s.value.get());
            break;
        case StmtKind::AugAssign:
            out += "AugAssign";
            expr(s.target.get());
            out += std::string(" ") + operator_name(s.op);
            expr(s.value.get());
            break;
        case StmtKind::AnnAssign:
            out += "AnnAssign";
            expr(s.target.get());
            expr(s.annotation.get());
            if (s.value) expr(s.value.get());
            if (s.simple) out += " simple";
            break;
        case StmtKind::For:
            out += s.is_async ? "AsyncFor" : "For";
            expr(s.target.get());
            expr(s.iter.get());
            block("body", s.body, true);
            block("orelse", s.orelse, false);
            break;
        case StmtKind::While:
        case StmtKind::If:
            out += s.kind == StmtKind::While ? "While" : "If";
            expr(s.test.get());
            block("body", s.body, true);
            block("orelse", s.orelse, false);
            break;
        case StmtKind::With:
            out += s.is_async ? "AsyncWith" : "With";
            for (const WithItem& item : s.items) {
                out += " (withitem";
                expr(item.context_expr.get());
                if (item.optional_vars) expr(item.optional_vars.get());
                out += ')';
            }
            block("body", s.body, true);
            break;
        case StmtKind::Raise:
            out += "Raise";
            if (s.exc) expr(s.exc.get());
            if (s.cause) {
                out += " (from";
                expr(s.cause.get());
                out += ')';
            }
            break;
        case StmtKind::Try:
            out += s.is_star ? "TryStar" : "Try";
            block("body", s.body, true);
            for (const ExceptHandler& h : s.handlers) {
                out += " (handler";
                if (h.type) expr(h.type.get());
                if (!h.name.empty()) out += " " + h.name;
                block("body", h.body, true);
                out += ')';
            }
            block("orelse", s.orelse, false);
            block("finalbody", s.finalbody, false);
            break;
        case StmtKind::Assert:
            out += "Assert";
            expr(s.test.get());
            if (s.msg) expr(s.msg.get());
            break;
        case StmtKind::Import:
        case StmtKind::ImportFrom:
            if (s.kind == StmtKind::Import) {
                out += "Import";
            } else {
                out += "ImportFrom " + s.name + " " + std::to_string(s.level);
            }
            for (const Alias& a : s.names)
                out += " (alias " + a.name + (a.asname.empty() ? "" : " as " + a.asname) + ")";
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            out += s.kind == StmtKind::Global ? "Global" : "Nonlocal";
            for (const std::string& id : s.identifiers)
                out += " " + id;
            break;
        case StmtKind::Expr:
            out += "Expr";
            expr(s.value.get());
            break;
        case StmtKind::Pass:
            out += "Pass";
            break;
        case StmtKind::Break:
            out += "Break";
            break;
        case StmtKind::Continue:
            out += "Continue";
            break;
    }
    out += ')';
}

}  // namespace

std::string dump(const Module& module) {
    Dumper d;
    d.out = "(Module";
    for (const auto& s : module.body)
        d.stmt(*s);
    d.out += ')';
    return d.out;
}

std::string dump(const Expr& expr) {
    Dumper d;
    d.expr(&expr);
    return d.out.substr(1);
}

}  // namespace loopstep::ast
