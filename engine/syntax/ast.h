// The abstract syntax tree the parser builds and the compiler reads.
// Mirrors the shape of CPython's `ast` module (Lib/ast.py, Parser/Python.asdl) for the
// subset Loopstep accepts, so a reader can map every node to its CPython counterpart.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace loopstep::ast {

struct Pos {
    int line = 0;  // 1-based
    int col = 0;   // 1-based, in code points
};

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

enum class ExprKind : uint8_t {
    Name,         // id; ctx
    Constant,     // constant
    JoinedStr,    // f-string: values = pieces (Constant str or FormattedValue)
    FormattedValue,  // value = a; conversion ('r','s','a' or 0); format_spec = b (JoinedStr or null)
    Tuple,        // elts; ctx
    List,         // elts; ctx
    Set,          // elts
    Dict,         // keys (null key = `**mapping` unpacking), values
    Starred,      // value = a; ctx   (in calls, displays and assignment targets)
    Attribute,    // value = a; attr = id; ctx
    Subscript,    // value = a; slice = b; ctx
    Slice,        // lower = a, upper = b, step = c (each may be null)
    Call,         // func = a; args (may contain Starred); keywords
    BinOp,        // left = a; op; right = b
    UnaryOp,      // op; operand = a
    BoolOp,       // op (And/Or); values = elts
    Compare,      // left = a; ops; comparators = elts
    IfExp,        // test = a; body = b; orelse = c
    Lambda,       // args; body = a
    NamedExpr,    // target = a (Name); value = b
    ListComp,     // elt = a; generators
    SetComp,      // elt = a; generators
    DictComp,     // key = a; value = b; generators
    GeneratorExp, // elt = a; generators
    Await,        // value = a
    Yield,        // value = a (may be null)
    YieldFrom,    // value = a
};

enum class ExprContext : uint8_t { Load, Store, Del };

enum class Operator : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOperator : uint8_t { And, Or };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// A literal. Integers that do not fit in 64 bits keep their decimal digits in `text`
// (kind BigInt) so the runtime decides how to represent them.
struct Constant {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Imaginary, Str, Bytes };
    Kind kind = Kind::None;
    int64_t int_value = 0;
    double float_value = 0.0;
    std::string text;  // Str: the decoded UTF-8 value; BigInt: decimal digits; Bytes: raw bytes
};

struct Keyword {
    Pos pos;
    std::string arg;  // empty for `**kwargs` unpacking
    ExprPtr value;
};

struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    ExprList ifs;
    bool is_async = false;
};

struct Arg {
    Pos pos;
    std::string name;
    ExprPtr annotation;  // ignored by the compiler, kept for completeness
};

// def f(posonly, /, a, b=1, *args, c, d=2, **kwargs)
struct Arguments {
    std::vector<Arg> posonlyargs;
    std::vector<Arg> args;
    std::unique_ptr<Arg> vararg;      // *args
    std::vector<Arg> kwonlyargs;
    ExprList kw_defaults;             // same length as kwonlyargs; null = no default
    std::unique_ptr<Arg> kwarg;       // **kwargs
    ExprList defaults;                // for the last N of posonlyargs + args
};

struct Expr {
    ExprKind kind;
    Pos pos;
    Pos end;  // position just past the expression (line, col)
    ExprContext ctx = ExprContext::Load;

    std::string id;     // Name.id, Attribute.attr
    Constant constant;  // Constant
    char conversion = 0;  // FormattedValue: 0, 'r', 's', 'a'

    ExprPtr a, b, c;    // see ExprKind comments
    ExprList elts;      // Tuple/List/Set elements, BoolOp values, Compare comparators, JoinedStr values, Call args
    ExprList keys;      // Dict keys (null entry = ** unpacking); Dict values go in elts
    std::vector<Keyword> keywords;  // Call
    std::vector<Comprehension> generators;
    std::unique_ptr<Arguments> args;  // Lambda

    Operator op = Operator::Add;
    UnaryOperator unary_op = UnaryOperator::Not;
    BoolOperator bool_op = BoolOperator::And;
    std::vector<CmpOperator> ops;  // Compare

    Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
};

enum class StmtKind : uint8_t {
    FunctionDef,   // name; args; body; decorator_list; is_async; returns ignored
    ClassDef,      // name; bases; keywords; body; decorator_list
    Return,        // value (may be null)
    Delete,        // targets
    Assign,        // targets (a = b = value); value
    AugAssign,     // target; op; value
    AnnAssign,     // target; annotation; value (may be null); simple
    For,           // target; iter; body; orelse; is_async
    While,         // test; body; orelse
    If,            // test; body; orelse
    With,          // items; body; is_async
    Raise,         // exc (may be null); cause (may be null)
    Try,           // body; handlers; orelse; finalbody; is_star (except*)
    Assert,        // test; msg (may be null)
    Import,        // names
    ImportFrom,    // module; names; level
    Global,        // identifiers
    Nonlocal,      // identifiers
    Expr,          // value
    Pass,
    Break,
    Continue,
};

struct ExceptHandler {
    Pos pos;
    ExprPtr type;       // may be null (bare except)
    std::string name;   // empty when no `as`
    StmtList body;
};

struct WithItem {
    ExprPtr context_expr;
    ExprPtr optional_vars;  // may be null
};

struct Alias {
    Pos pos;
    std::string name;    // dotted name for `import a.b`
    std::string asname;  // empty when no `as`
};

struct Stmt {
    StmtKind kind;
    Pos pos;
    Pos end;

    std::string name;                  // FunctionDef, ClassDef; ImportFrom module
    std::unique_ptr<Arguments> args;   // FunctionDef
    StmtList body;
    StmtList orelse;
    StmtList finalbody;
    ExprList decorator_list;
    ExprList bases;                    // ClassDef
    std::vector<Keyword> keywords;     // ClassDef
    bool is_async = false;             // FunctionDef, For, With
    bool is_star = false;              // Try with except*
    bool simple = false;               // AnnAssign

    ExprList targets;                  // Assign, Delete
    ExprPtr target;                    // AugAssign, AnnAssign, For
    ExprPtr value;                     // Return, Assign, AugAssign, AnnAssign, Expr
    ExprPtr annotation;                // AnnAssign
    ExprPtr test;                      // While, If, Assert
    ExprPtr iter;                      // For
    ExprPtr exc, cause;                // Raise
    ExprPtr msg;                       // Assert
    Operator op = Operator::Add;       // AugAssign

    std::vector<ExceptHandler> handlers;  // Try
    std::vector<WithItem> items;          // With
    std::vector<Alias> names;             // Import, ImportFrom
    int level = 0;                        // ImportFrom
    std::vector<std::string> identifiers; // Global, Nonlocal
    ExprPtr returns;                      // FunctionDef `-> annotation` (may be null; ignored by the compiler)

    Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
};

struct Module {
    std::string filename;
    StmtList body;
};

// Debug dump in a compact s-expression form, used by parser tests.
std::string dump(const Module& module);
std::string dump(const Expr& expr);

}  // namespace loopstep::ast
