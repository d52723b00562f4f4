// The parser: tree shapes (expected dumps derived from CPython 3.11's `ast` module), node positions,
// f-strings, every diagnostic with its position, and deep or random input that must not crash.
#include <QtTest>
#include <random>

#include "source/source_text.h"
#include "syntax/parser.h"

using namespace loopstep;

namespace {

QString where(const Diagnostic& d) {
    return QString("%1:%2: %3").arg(d.line).arg(d.col).arg(QString::fromStdString(d.message));
}

ParseResult parse(const QString& source) {
    return parse_module(source.toStdString(), "t.py");
}

QString pos(ast::Pos p) {
    return QString("%1:%2").arg(p.line).arg(p.col);
}

}  // namespace

class TestParser : public QObject {
    Q_OBJECT

private slots:
    void dumps_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("assign")
            << QString("x = 1 + 2\n")
            << QString("(Module (Assign (Name x Store) (BinOp Add (Constant 1) (Constant 2))))");
        QTest::newRow("precedence")
            << QString("r = a or b and not c < d | e ^ f & g << h + i * -j ** k\n")
            << QString(
                   "(Module (Assign (Name r Store) (BoolOp Or (Name a) (BoolOp And (Name b) (UnaryOp Not "
                   "(Compare (Name c) Lt (BinOp BitOr (Name d) (BinOp BitXor (Name e) (BinOp BitAnd (Name f) "
                   "(BinOp LShift (Name g) (BinOp Add (Name h) (BinOp Mult (Name i) (UnaryOp USub (BinOp Pow "
                   "(Name j) (Name k)))))))))))))))");
        QTest::newRow("power right assoc") << QString("x = 2 ** -3 ** 2\n")
                                           << QString(
                                                  "(Module (Assign (Name x Store) (BinOp Pow (Constant 2) "
                                                  "(UnaryOp USub (BinOp Pow (Constant 3) (Constant 2))))))");
        QTest::newRow("chained comparison")
            << QString("ok = 0 <= i < n != m is not None not in s\n")
            << QString(
                   "(Module (Assign (Name ok Store) (Compare (Constant 0) LtE (Name i) Lt (Name n) NotEq "
                   "(Name m) IsNot (Constant None) NotIn (Name s))))");
        QTest::newRow("ternary and lambda")
            << QString("f = lambda x, *a, k=1, **kw: x if x else (lambda: None)\n")
            << QString(
                   "(Module (Assign (Name f Store) (Lambda (arguments (args x) (vararg a) (kwonly k) "
                   "(kw_defaults (Constant 1)) (kwarg kw)) (IfExp (Name x) (Name x) (Lambda (arguments) "
                   "(Constant None))))))");
        QTest::newRow("walrus") << QString("if (n := len(a)) > 10: pass\n")
                                << QString(
                                       "(Module (If (Compare (NamedExpr (Name n Store) (Call (Name len) "
                                       "(Name a))) Gt (Constant 10)) (body (Pass))))");
        QTest::newRow("displays")
            << QString(
                   "t = (1, 2.5, 'a', None, True, ...), [*a, b], {1, *s}, {'k': v, **d}, (), [], {}, (1,)\n")
            << QString(
                   "(Module (Assign (Name t Store) (Tuple (Tuple (Constant 1) (Constant 2.5) (Constant "
                   "\"a\") (Constant None) (Constant True) (Constant ...)) (List (Starred (Name a)) (Name "
                   "b)) (Set (Constant 1) (Starred (Name s))) (Dict (: (Constant \"k\") (Name v)) (** (Name "
                   "d))) (Tuple) (List) (Dict) (Tuple (Constant 1)))))");
        QTest::newRow("comprehensions")
            << QString(
                   "r = [x * y for x in a if x for y in b if y if z], {k: v for k, v in d.items()}, {s for s "
                   "in t}, (g for g in h)\n")
            << QString(
                   "(Module (Assign (Name r Store) (Tuple (ListComp (BinOp Mult (Name x) (Name y)) "
                   "(comprehension (Name x Store) (Name a) (if (Name x))) (comprehension (Name y Store) "
                   "(Name b) (if (Name y)) (if (Name z)))) (DictComp (Name k) (Name v) (comprehension (Tuple "
                   "(Name k Store) (Name v Store) Store) (Call (Attribute (Name d) items)))) (SetComp (Name "
                   "s) (comprehension (Name s Store) (Name t))) (GeneratorExp (Name g) (comprehension (Name "
                   "g Store) (Name h))))))");
        QTest::newRow("async comprehension")
            << QString("async def f():\n    return [x async for x in aiter() if await x]\n")
            << QString(
                   "(Module (AsyncFunctionDef f (arguments) (body (Return (ListComp (Name x) (comprehension "
                   "async (Name x Store) (Call (Name aiter)) (if (Await (Name x)))))))))");
        QTest::newRow("calls")
            << QString("f(a, *b, c=1, *d, **e)\nf(x for x in y)\nobj.method(1)(2)[3]\n")
            << QString(
                   "(Module (Expr (Call (Name f) (Name a) (Starred (Name b)) (Starred (Name d)) (keyword c "
                   "(Constant 1)) (keyword ** (Name e)))) (Expr (Call (Name f) (GeneratorExp (Name x) "
                   "(comprehension (Name x Store) (Name y))))) (Expr (Subscript (Call (Call (Attribute (Name "
                   "obj) method) (Constant 1)) (Constant 2)) (Constant 3))))");
        QTest::newRow("slices")
            << QString("a[1:2, ::3, :, 4][i:][:j][::-1]\n")
            << QString(
                   "(Module (Expr (Subscript (Subscript (Subscript (Subscript (Name a) (Tuple (Slice "
                   "(Constant 1) (Constant 2) _) (Slice _ _ (Constant 3)) (Slice _ _ _) (Constant 4))) "
                   "(Slice (Name i) _ _)) (Slice _ (Name j) _)) (Slice _ _ (UnaryOp USub (Constant 1))))))");
        QTest::newRow("starred targets")
            << QString("a, *b, (c, [d, e]) = x\nfor i, (j, *k) in pairs: pass\n")
            << QString(
                   "(Module (Assign (Tuple (Name a Store) (Starred (Name b Store) Store) (Tuple (Name c "
                   "Store) (List (Name d Store) (Name e Store) Store) Store) Store) (Name x)) (For (Tuple "
                   "(Name i Store) (Tuple (Name j Store) (Starred (Name k Store) Store) Store) Store) (Name "
                   "pairs) (body (Pass))))");
        QTest::newRow("augmented and annotated")
            << QString("x += 1\ny.z //= 2\nw[0] **= 3\nn: int = 0\n(m): list\na.b: str\n")
            << QString(
                   "(Module (AugAssign (Name x Store) Add (Constant 1)) (AugAssign (Attribute (Name y) z "
                   "Store) FloorDiv (Constant 2)) (AugAssign (Subscript (Name w) (Constant 0) Store) Pow "
                   "(Constant 3)) (AnnAssign (Name n Store) (Name int) (Constant 0) simple) (AnnAssign (Name "
                   "m Store) (Name list)) (AnnAssign (Attribute (Name a) b Store) (Name str)))");
        QTest::newRow("chained assignment") << QString("a = b = c, d = f()\n")
                                            << QString(
                                                   "(Module (Assign (Name a Store) (Name b Store) (Tuple "
                                                   "(Name c Store) (Name d Store) Store) (Call (Name f))))");
        QTest::newRow("del global nonlocal")
            << QString("def f():\n    global g\n    nonlocal n, m\n    del a, b.c, d[1], (e, f)\n")
            << QString(
                   "(Module (FunctionDef f (arguments) (body (Global g) (Nonlocal n m) (Delete (Name a Del) "
                   "(Attribute (Name b) c Del) (Subscript (Name d) (Constant 1) Del) (Tuple (Name e Del) "
                   "(Name f Del) Del)))))");
        QTest::newRow("if elif else")
            << QString("if a:\n    pass\nelif b:\n    x = 1\nelif c: y = 2\nelse:\n    z = 3\n")
            << QString(
                   "(Module (If (Name a) (body (Pass)) (orelse (If (Name b) (body (Assign (Name x Store) "
                   "(Constant 1))) (orelse (If (Name c) (body (Assign (Name y Store) (Constant 2))) (orelse "
                   "(Assign (Name z Store) (Constant 3)))))))))");
        QTest::newRow("loops")
            << QString(
                   "while x:\n    break\nelse:\n    continue\nfor i in range(3):\n    pass\nelse:\n    "
                   "pass\n")
            << QString(
                   "(Module (While (Name x) (body (Break)) (orelse (Continue))) (For (Name i Store) (Call "
                   "(Name range) (Constant 3)) (body (Pass)) (orelse (Pass))))");
        QTest::newRow("try")
            << QString(
                   "try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError('x') from e\nexcept (A, "
                   "B):\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n")
            << QString(
                   "(Module (Try (body (Pass)) (handler (Name ValueError) e (body (Raise (Call (Name "
                   "RuntimeError) (Constant \"x\")) (from (Name e))))) (handler (Tuple (Name A) (Name B)) "
                   "(body (Raise))) (handler (body (Pass))) (orelse (Pass)) (finalbody (Pass))))");
        QTest::newRow("try star")
            << QString("try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* TypeError:\n    pass\n")
            << QString(
                   "(Module (TryStar (body (Pass)) (handler (Name ValueError) eg (body (Pass))) (handler "
                   "(Name TypeError) (body (Pass)))))");
        QTest::newRow("with")
            << QString(
                   "with a as b, c:\n    pass\nwith (d as e, f as g,):\n    pass\nwith (h, i) as j:\n    "
                   "pass\nasync def k():\n    async with l: pass\n")
            << QString(
                   "(Module (With (withitem (Name a) (Name b Store)) (withitem (Name c)) (body (Pass))) "
                   "(With (withitem (Name d) (Name e Store)) (withitem (Name f) (Name g Store)) (body "
                   "(Pass))) (With (withitem (Tuple (Name h) (Name i)) (Name j Store)) (body (Pass))) "
                   "(AsyncFunctionDef k (arguments) (body (AsyncWith (withitem (Name l)) (body (Pass))))))");
        QTest::newRow("functions")
            << QString(
                   "@dataclass\n@dec.orator(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> "
                   "bool:\n    '''doc'''\n    return a\n")
            << QString(
                   "(Module (FunctionDef f (arguments (posonly a (b (Name int))) (args c) (vararg (args "
                   "(Name str))) (kwonly d e) (kw_defaults _ (Constant 3)) (kwarg kw) (defaults (Constant 1) "
                   "(Constant 2))) (decorators (Name dataclass) (Call (Attribute (Name dec) orator) "
                   "(Constant 1))) (returns (Name bool)) (body (Expr (Constant \"doc\")) (Return (Name "
                   "a)))))");
        QTest::newRow("async def")
            << QString(
                   "async def main():\n    await asyncio.sleep(1)\n    async for x in y:\n        yield x\n")
            << QString(
                   "(Module (AsyncFunctionDef main (arguments) (body (Expr (Await (Call (Attribute (Name "
                   "asyncio) sleep) (Constant 1)))) (AsyncFor (Name x Store) (Name y) (body (Expr (Yield "
                   "(Name x))))))))");
        QTest::newRow("generators")
            << QString("def g():\n    x = yield\n    yield 1, 2\n    y = yield from h()\n    await z\n")
            << QString(
                   "(Module (FunctionDef g (arguments) (body (Assign (Name x Store) (Yield)) (Expr (Yield "
                   "(Tuple (Constant 1) (Constant 2)))) (Assign (Name y Store) (YieldFrom (Call (Name h)))) "
                   "(Expr (Await (Name z))))))");
        QTest::newRow("class")
            << QString(
                   "class A(B, metaclass=M, **kw):\n    x: int = 0\n    def __init__(self):\n        "
                   "super().__init__()\n")
            << QString(
                   "(Module (ClassDef A (bases (Name B)) (keywords (keyword metaclass (Name M)) (keyword ** "
                   "(Name kw))) (body (AnnAssign (Name x Store) (Name int) (Constant 0) simple) (FunctionDef "
                   "__init__ (arguments (args self)) (body (Expr (Call (Attribute (Call (Name super)) "
                   "__init__))))))))");
        QTest::newRow("imports") << QString(
                                        "import asyncio, a.b.c as d\nfrom time import sleep as s, time\nfrom "
                                        "random import (randint,\n    choice,)\nfrom x import *\n")
                                 << QString(
                                        "(Module (Import (alias asyncio) (alias a.b.c as d)) (ImportFrom "
                                        "time 0 (alias sleep as s) (alias time)) (ImportFrom random 0 (alias "
                                        "randint) (alias choice)) (ImportFrom x 0 (alias *)))");
        QTest::newRow("assert raise return")
            << QString("def f():\n    assert x, 'msg'\n    assert y\n    raise\n    return\n")
            << QString(
                   "(Module (FunctionDef f (arguments) (body (Assert (Name x) (Constant \"msg\")) (Assert "
                   "(Name y)) (Raise) (Return))))");
        QTest::newRow("semicolons")
            << QString("a = 1; b = 2; print(a, b);\n")
            << QString(
                   "(Module (Assign (Name a Store) (Constant 1)) (Assign (Name b Store) (Constant 2)) (Expr "
                   "(Call (Name print) (Name a) (Name b))))");
        QTest::newRow("main guard")
            << QString("if __name__ == \"__main__\":\n    asyncio.run(main())\n")
            << QString(
                   "(Module (If (Compare (Name __name__) Eq (Constant \"__main__\")) (body (Expr (Call "
                   "(Attribute (Name asyncio) run) (Call (Name main)))))))");
        QTest::newRow("strings")
            << QString("s = 'a' \"b\" '''c\nd''' r'\\n' u'e' '\\x41\\u00e9\\U0001F600\\101\\t\\q'\n")
            << QString("(Module (Assign (Name s Store) (Constant \"abc\\nd\\\\neAé😀A\\t\\\\q\")))");
        QTest::newRow("fstrings")
            << QString("s = f'{x!r:>{width}} {y=} {{z}} {a!s}' 'plain' f\"{b:.2f}\"\n")
            << QString(
                   "(Module (Assign (Name s Store) (JoinedStr (FormattedValue (Name x) !r (JoinedStr "
                   "(Constant \">\") (FormattedValue (Name width)))) (Constant \" y=\") (FormattedValue "
                   "(Name y) !r) (Constant \" {z} \") (FormattedValue (Name a) !s) (Constant \"plain\") "
                   "(FormattedValue (Name b) (JoinedStr (Constant \".2f\"))))))");
        QTest::newRow("fstring debug spec")
            << QString("s = f'{x = :5}' f'{ y = }'\n")
            << QString(
                   "(Module (Assign (Name s Store) (JoinedStr (Constant \"x = \") (FormattedValue (Name x) "
                   "(JoinedStr (Constant \"5\"))) (Constant \" y = \") (FormattedValue (Name y) !r))))");
        QTest::newRow("numbers")
            << QString(
                   "n = 0, 10_000, 0xff, 0o17, 0b101, 1.5, 1e3, .5, 5., 123456789012345678901234567890, "
                   "0xFFFFFFFFFFFFFFFFFF, 1e500\n")
            << QString(
                   "(Module (Assign (Name n Store) (Tuple (Constant 0) (Constant 10000) (Constant 255) "
                   "(Constant 15) (Constant 5) (Constant 1.5) (Constant 1000.0) (Constant 0.5) (Constant "
                   "5.0) (Constant big:123456789012345678901234567890) (Constant big:4722366482869645213695) "
                   "(Constant inf))))");
        QTest::newRow("unary") << QString("x = -1, +a, ~b, not c, - - d\n")
                               << QString(
                                      "(Module (Assign (Name x Store) (Tuple (UnaryOp USub (Constant 1)) "
                                      "(UnaryOp UAdd (Name a)) (UnaryOp Invert (Name b)) (UnaryOp Not (Name "
                                      "c)) (UnaryOp USub (UnaryOp USub (Name d))))))");
        QTest::newRow("yield in parens")
            << QString("def f():\n    x = (yield)\n    print((yield 1))\n")
            << QString(
                   "(Module (FunctionDef f (arguments) (body (Assign (Name x Store) (Yield)) (Expr (Call "
                   "(Name print) (Yield (Constant 1)))))))");
        QTest::newRow("soft keywords as names")
            << QString("match = 1\ncase = match\n_ = [match for match in case]\nmatch.x = 2\n")
            << QString(
                   "(Module (Assign (Name match Store) (Constant 1)) (Assign (Name case Store) (Name match)) "
                   "(Assign (Name _ Store) (ListComp (Name match) (comprehension (Name match Store) (Name "
                   "case)))) (Assign (Attribute (Name match) x Store) (Constant 2)))");
        QTest::newRow("subscript tuple")
            << QString("d[1, 2] = 3\nd[*a] = 1\n")
            << QString(
                   "(Module (Assign (Subscript (Name d) (Tuple (Constant 1) (Constant 2)) Store) (Constant "
                   "3)) (Assign (Subscript (Name d) (Tuple (Starred (Name a))) Store) (Constant 1)))");
        QTest::newRow("conditional lambda")
            << QString("f = lambda: a if b else c\ng = lambda x=lambda: 1: x\n")
            << QString(
                   "(Module (Assign (Name f Store) (Lambda (arguments) (IfExp (Name b) (Name a) (Name c)))) "
                   "(Assign (Name g Store) (Lambda (arguments (args x) (defaults (Lambda (arguments) "
                   "(Constant 1)))) (Name x))))");
        QTest::newRow("empty") << QString("") << QString("(Module)");
        QTest::newRow("comments only") << QString("# nothing\n\n   # here\n") << QString("(Module)");
        QTest::newRow("continuation")
            << QString("x = 1 + \\\n    2\n")
            << QString("(Module (Assign (Name x Store) (BinOp Add (Constant 1) (Constant 2))))");
    }
    void dumps() {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const ParseResult r = parse(source);
        QVERIFY2(!r.error, r.error ? r.error->format().c_str() : "");
        QCOMPARE(QString::fromStdString(ast::dump(*r.module)), expected);
    }

    void errors_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unexpected indent")
            << QString("x = 1\n  y = 2\n") << QString("2:3: unexpected indent");
        QTest::newRow("unindent") << QString("if x:\n    a\n  b\n")
                                  << QString("3:3: unindent does not match any outer indentation level");
        QTest::newRow("block after if")
            << QString("if x:\npass\n")
            << QString("2:1: expected an indented block after 'if' statement on line 1");
        QTest::newRow("block after elif")
            << QString("if x:\n    pass\nelif y:\nz\n")
            << QString("4:1: expected an indented block after 'elif' statement on line 3");
        QTest::newRow("block after def")
            << QString("def f():\nreturn\n")
            << QString("2:1: expected an indented block after function definition on line 1");
        QTest::newRow("block after class")
            << QString("class A:\nx\n")
            << QString("2:1: expected an indented block after class definition on line 1");
        QTest::newRow("block at eof")
            << QString("while x:\n")
            << QString("2:1: expected an indented block after 'while' statement on line 1");
        QTest::newRow("expected colon") << QString("if x\n  pass\n") << QString("1:5: expected ':'");
        QTest::newRow("expected colon def") << QString("def f()\n") << QString("1:8: expected ':'");
        QTest::newRow("invalid syntax") << QString("x = 1 +\n") << QString("1:8: invalid syntax");
        QTest::newRow("two names") << QString("a b c\n") << QString("1:3: invalid syntax");
        QTest::newRow("forgot comma")
            << QString("f(a b)\n") << QString("1:3: invalid syntax. Perhaps you forgot a comma?");
        QTest::newRow("forgot comma in list")
            << QString("x = [1, 2 3]\n") << QString("1:9: invalid syntax. Perhaps you forgot a comma?");
        QTest::newRow("assign to call")
            << QString("f() = 1\n")
            << QString("1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?");
        QTest::newRow("assign to literal")
            << QString("1 = x\n")
            << QString("1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?");
        QTest::newRow("assign to None") << QString("None = 1\n") << QString("1:1: cannot assign to None");
        QTest::newRow("assign to expression")
            << QString("x + 1 = 2\n")
            << QString("1:1: cannot assign to expression here. Maybe you meant '==' instead of '='?");
        QTest::newRow("assign nested call")
            << QString("(a, f()) = 1\n") << QString("1:5: cannot assign to function call");
        QTest::newRow("assign to conditional")
            << QString("1 if 2 else 3 = 4\n") << QString("1:1: cannot assign to conditional expression");
        QTest::newRow("for target") << QString("for f() in x: pass\n")
                                    << QString("1:5: cannot assign to function call");
        QTest::newRow("with target") << QString("with a as f(): pass\n")
                                     << QString("1:11: cannot assign to function call");
        QTest::newRow("comprehension target")
            << QString("[x for f() in y]\n") << QString("1:8: cannot assign to function call");
        QTest::newRow("delete call") << QString("del f()\n") << QString("1:5: cannot delete function call");
        QTest::newRow("delete starred") << QString("del *a\n") << QString("1:5: cannot delete starred");
        QTest::newRow("augassign call")
            << QString("f() += 1\n")
            << QString("1:1: 'function call' is an illegal expression for augmented assignment");
        QTest::newRow("augassign tuple")
            << QString("a, b += 1\n")
            << QString("1:1: 'tuple' is an illegal expression for augmented assignment");
        QTest::newRow("annotate tuple") << QString("(a, b): int = 1\n")
                                        << QString("1:1: only single target (not tuple) can be annotated");
        QTest::newRow("annotate call")
            << QString("f(): int\n") << QString("1:1: illegal target for annotation");
        QTest::newRow("starred alone")
            << QString("*a = 1\n") << QString("1:1: starred assignment target must be in a list or tuple");
        QTest::newRow("starred value")
            << QString("a = *b\n") << QString("1:5: can't use starred expression here");
        QTest::newRow("starred statement")
            << QString("*a\n") << QString("1:1: can't use starred expression here");
        QTest::newRow("starred in parens")
            << QString("x = (*a)\n") << QString("1:6: cannot use starred expression here");
        QTest::newRow("two starred") << QString("a, *b, *c = d\n")
                                     << QString("1:1: multiple starred expressions in assignment");
        QTest::newRow("walrus attribute") << QString("if (a.b := 1): pass\n")
                                          << QString("1:5: cannot use assignment expressions with attribute");
        QTest::newRow("never closed") << QString("foo(\n") << QString("1:4: '(' was never closed");
        QTest::newRow("never closed later line")
            << QString("print(1\nx = 2\n") << QString("1:6: '(' was never closed");
        QTest::newRow("unmatched") << QString("x = )\n") << QString("1:5: unmatched ')'");
        QTest::newRow("mismatch")
            << QString("x = (]\n")
            << QString("1:6: closing parenthesis ']' does not match opening parenthesis '('");
        QTest::newRow("unterminated")
            << QString("x = 'abc\n") << QString("1:5: unterminated string literal (detected at line 1)");
        QTest::newRow("unterminated after syntax error")
            << QString("x = = 1\ny = 'abc\n")
            << QString("2:5: unterminated string literal (detected at line 2)");
        QTest::newRow("unterminated triple")
            << QString("x = '''abc\n\n")
            << QString("1:5: unterminated triple-quoted string literal (detected at line 2)");
        QTest::newRow("print statement")
            << QString("print 'hello'\n")
            << QString("1:1: Missing parentheses in call to 'print'. Did you mean print(...)?");
        QTest::newRow("exec statement")
            << QString("exec 'x = 1'\n")
            << QString("1:1: Missing parentheses in call to 'exec'. Did you mean exec(...)?");
        QTest::newRow("genexp not alone")
            << QString("f(x for x in y, 1)\n") << QString("1:2: Generator expression must be parenthesized");
        QTest::newRow("positional after keyword")
            << QString("f(a=1, b)\n") << QString("1:8: positional argument follows keyword argument");
        QTest::newRow("positional after unpacking")
            << QString("f(**a, b)\n")
            << QString("1:8: positional argument follows keyword argument unpacking");
        QTest::newRow("star after double star")
            << QString("f(**a, *b)\n")
            << QString("1:8: iterable argument unpacking follows keyword argument unpacking");
        QTest::newRow("keyword repeated")
            << QString("f(x=1, x=2)\n") << QString("1:8: keyword argument repeated: x");
        QTest::newRow("keyword expression")
            << QString("f(a.b=1)\n")
            << QString("1:3: expression cannot contain assignment, perhaps you meant \"==\"?");
        QTest::newRow("non-default after default")
            << QString("def f(a=1, b): pass\n")
            << QString("1:12: non-default argument follows default argument");
        QTest::newRow("bare star") << QString("def f(*): pass\n")
                                   << QString("1:8: named arguments must follow bare *");
        QTest::newRow("after kwargs") << QString("def f(**k, a): pass\n")
                                      << QString("1:12: arguments cannot follow var-keyword argument");
        QTest::newRow("two slashes") << QString("def f(a, /, /): pass\n")
                                     << QString("1:13: / may appear only once");
        QTest::newRow("duplicate argument") << QString("def f(a, a): pass\n")
                                            << QString("1:10: duplicate argument 'a' in function definition");
        QTest::newRow("missing else")
            << QString("a = 1 if b\n") << QString("1:5: expected 'else' after 'if' expression");
        QTest::newRow("try without handler")
            << QString("try:\n    pass\nx = 1\n") << QString("3:1: expected 'except' or 'finally' block");
        QTest::newRow("except and except star")
            << QString("try:\n pass\nexcept* A:\n pass\nexcept B:\n pass\n")
            << QString("5:1: cannot have both 'except' and 'except*' on the same 'try'");
        QTest::newRow("except star bare") << QString("try:\n pass\nexcept*:\n pass\n")
                                          << QString("3:8: expected one or more exception types");
        QTest::newRow("except tuple") << QString("try:\n pass\nexcept A, B:\n pass\n")
                                      << QString("3:8: multiple exception types must be parenthesized");
        QTest::newRow("import trailing comma")
            << QString("from x import a,\n")
            << QString("1:17: trailing comma not allowed without surrounding parentheses");
        QTest::newRow("dict missing value")
            << QString("x = {1: 2, 3}\n") << QString("1:13: ':' expected after dictionary key");
        QTest::newRow("decorator without def") << QString("@dec\nx = 1\n") << QString("2:1: invalid syntax");
        QTest::newRow("fstring expecting brace")
            << QString("f'{x'\n") << QString("1:5: f-string: expecting '}'");
        QTest::newRow("fstring empty")
            << QString("f'{}'\n") << QString("1:4: f-string: empty expression not allowed");
        QTest::newRow("fstring conversion")
            << QString("f'{x!z}'\n")
            << QString("1:6: f-string: invalid conversion character: expected 's', 'r', or 'a'");
        QTest::newRow("fstring single brace")
            << QString("f'}'\n") << QString("1:3: f-string: single '}' is not allowed");
        QTest::newRow("fstring syntax")
            << QString("x = 1\ns = f'{a +}'\n") << QString("2:11: f-string: invalid syntax");
        QTest::newRow("fstring backslash")
            << QString("f'{\"\\n\"}'\n")
            << QString("1:4: f-string expression part cannot include a backslash");
        QTest::newRow("truncated escape") << QString("x = '\\x4'\n")
                                          << QString(
                                                 "1:5: (unicode error) 'unicodeescape' codec can't decode "
                                                 "bytes in position 0-2: truncated \\xXX escape");
        QTest::newRow("match") << QString("match command:\n    case 'go':\n        pass\n")
                               << QString("1:1: match statements are not supported by Loopstep");
        QTest::newRow("bytes") << QString("data = b'abc'\n")
                               << QString("1:8: bytes literals are not supported by Loopstep");
        QTest::newRow("bytes in concatenation")
            << QString("s = 'a' b'c'\n") << QString("1:9: bytes literals are not supported by Loopstep");
        QTest::newRow("complex") << QString("z = 1 + 2j\n")
                                 << QString("1:9: complex numbers are not supported by Loopstep");
        QTest::newRow("decimal literal over 4300 digits, even as a bare statement")
            << QString(4301, QChar('9')) + QString("\n")
            << QString("1:1: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                       "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                       "integer literals to avoid decimal conversion limits.");
        QTest::newRow("named escape") << QString("s = '\\N{BULLET}'\n")
                                      << QString("1:5: named Unicode escapes (\\N{...}) are not supported by Loopstep");
    }
    void errors() {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const ParseResult r = parse(source);
        QVERIFY(!r.module);
        QVERIFY(r.error);
        QCOMPARE(r.error->file, std::string("t.py"));
        QCOMPARE(where(*r.error), expected);
    }

    void constants() {
        const ParseResult r = parse("x = 9223372036854775807, 9223372036854775808, 0x10, 2.5, 'é\\t'\n");
        QVERIFY(!r.error);
        const ast::Expr& t = *r.module->body[0]->value;
        QCOMPARE(t.elts[0]->constant.kind, ast::Constant::Kind::Int);
        QCOMPARE(t.elts[0]->constant.int_value, INT64_MAX);
        QCOMPARE(t.elts[1]->constant.kind, ast::Constant::Kind::BigInt);
        QCOMPARE(t.elts[1]->constant.text, std::string("9223372036854775808"));
        QCOMPARE(t.elts[2]->constant.int_value, int64_t{16});
        QCOMPARE(t.elts[3]->constant.float_value, 2.5);
        QCOMPARE(t.elts[4]->constant.text, std::string("é\t"));
    }

    void ast_conventions() {
        const ParseResult r = parse("{1: 2, **m}\nf(a, *b, k=1, **c)\na < b < c\n");
        QVERIFY(!r.error);
        const ast::Expr& dict = *r.module->body[0]->value;
        QCOMPARE(dict.keys.size(), size_t{2});
        QCOMPARE(dict.elts.size(), size_t{2});  // values
        QVERIFY(!dict.keys[1]);
        const ast::Expr& call = *r.module->body[1]->value;
        QCOMPARE(call.elts.size(), size_t{2});
        QCOMPARE(call.elts[1]->kind, ast::ExprKind::Starred);
        QCOMPARE(call.keywords.size(), size_t{2});
        QCOMPARE(call.keywords[0].arg, std::string("k"));
        QVERIFY(call.keywords[1].arg.empty());
        const ast::Expr& cmp = *r.module->body[2]->value;
        QCOMPARE(cmp.ops.size(), size_t{2});
        QCOMPARE(cmp.elts.size(), size_t{2});
    }

    void positions() {
        const QString source =
            "async def main():\n"
            "    é = (a + b) * f(x for x in y)\n"
            "    await asyncio.sleep(1.5)\n"
            "    s = f'{é!r} {z}'\n";
        const ParseResult r = parse(source);
        QVERIFY(!r.error);
        const ast::Stmt& def = *r.module->body[0];
        QCOMPARE(pos(def.pos), QString("1:1"));
        QCOMPARE(pos(def.end), QString("4:21"));
        const ast::Stmt& assign = *def.body[0];
        QCOMPARE(pos(assign.pos), QString("2:5"));
        QCOMPARE(pos(assign.end), QString("2:34"));
        const ast::Expr& product = *assign.value;
        QCOMPARE(pos(product.pos), QString("2:9"));  // the parenthesis, as in CPython
        QCOMPARE(pos(product.a->pos), QString("2:10"));
        QCOMPARE(pos(product.a->end), QString("2:15"));
        QCOMPARE(pos(product.b->elts[0]->pos),
                 QString("2:20"));  // a sole generator argument owns the call's parentheses
        const ast::Expr& await = *def.body[1]->value;
        QCOMPARE(pos(await.pos), QString("3:5"));
        QCOMPARE(pos(await.a->elts[0]->pos), QString("3:25"));
        QCOMPARE(pos(await.a->elts[0]->end), QString("3:28"));
        const ast::Expr& fstring = *def.body[2]->value;
        QCOMPARE(fstring.kind, ast::ExprKind::JoinedStr);
        QCOMPARE(pos(fstring.elts[0]->a->pos), QString("4:12"));  // the field's expression, in the source
        QCOMPARE(pos(fstring.elts[2]->a->pos), QString("4:18"));
    }

    void multiline_fstring_positions() {
        const ParseResult r = parse("s = f'''a\n{\n  x + y}'''\n");
        QVERIFY(!r.error);
        const ast::Expr& field = *r.module->body[0]->value->elts[1];
        QCOMPARE(field.kind, ast::ExprKind::FormattedValue);
        QCOMPARE(pos(field.a->pos), QString("3:3"));
        QCOMPARE(pos(field.a->b->pos), QString("3:7"));
    }

    void fstring_debug_default_conversion() {
        const ParseResult r = parse("f'{x=}' f'{y=!s}' f'{z=:3}'\n");
        QVERIFY(!r.error);
        QCOMPARE(QString::fromStdString(ast::dump(*r.module->body[0]->value)),
                 QString("(JoinedStr (Constant \"x=\") (FormattedValue (Name x) !r) (Constant \"y=\") "
                         "(FormattedValue (Name y) !s) (Constant \"z=\") (FormattedValue (Name z) (JoinedStr "
                         "(Constant \"3\"))))"));
    }

    void return_annotation_kept() {
        const ParseResult r = parse("def f() -> int: pass\n");
        QVERIFY(!r.error);
        QVERIFY(r.module->body[0]->returns);
        QCOMPARE(r.module->body[0]->returns->id, std::string("int"));
    }

    void deep_nesting_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        const auto repeat = [](const char* s, int n) { return QString(s).repeated(n); };
        QTest::newRow("200 parentheses") << "x = " + repeat("(", 200) + "1" + repeat(")", 200) + "\n"
                                         << QString();
        QTest::newRow("201 parentheses") << "x = " + repeat("(", 201) + "1" + repeat(")", 201) + "\n"
                                         << "too many nested parentheses";
        QTest::newRow("100000 parentheses") << repeat("(", 100000) << "too many nested parentheses";
        QTest::newRow("unary minus") << "x = " + repeat("-", 100000) + "1\n"
                                     << "too many nested expressions";
        QTest::newRow("not") << "x = " + repeat("not ", 100000) + "1\n"
                             << "too many nested expressions";
        QTest::newRow("long sum") << "x = " + repeat("1+", 100000) + "1\n"
                                  << "too many nested expressions";
        QTest::newRow("attribute chain") << "x = " + repeat("a.", 100000) + "b\n"
                                         << "too many nested expressions";
        QTest::newRow("power chain") << "x = " + repeat("2**", 100000) + "1\n"
                                     << "too many nested expressions";
        QTest::newRow("lambdas") << "f = " + repeat("lambda: ", 10000) + "1\n"
                                 << "too many nested expressions";
        QTest::newRow("ternaries") << "x = " + repeat("1 if 2 else ", 10000) + "1\n"
                                   << "too many nested expressions";
        QTest::newRow("lists of negatives") << "x = " + repeat("[-", 190) + "1" + repeat("]", 190) + "\n"
                                            << "too many nested expressions";
        QTest::newRow("moderate sum") << "x = " + repeat("1+", 500) + "1\n" << QString();
        QTest::newRow("nested fstrings") << "x = f'{f\"{1}\"}'\n" << QString();
        QTest::newRow("fstring spec too deep") << "x = f'{a:{b:{c}}}'\n"
                                               << "f-string: expressions nested too deeply";
        QTest::newRow("blocks") << [] {
            QString s;
            for (int i = 0; i < 120; ++i)
                s += QString(i, ' ') + "if x:\n";
            return s + QString(120, ' ') + "pass\n";
        }() << "too many levels of indentation";
    }
    void deep_nesting() {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const ParseResult r = parse(source);
        if (message.isEmpty()) {
            QVERIFY2(!r.error, r.error ? r.error->format().c_str() : "");
        } else {
            QVERIFY(r.error);
            QCOMPARE(QString::fromStdString(r.error->message), message);
        }
    }

    // Mutations of a valid program: every one ends in a tree or a diagnostic, never a crash.
    void random_input_never_crashes() {
        const std::string seed_program =
            "import asyncio\n@dec(1)\nasync def worker(name, q: 'Queue', *a, k=2, **kw) -> None:\n"
            "    while True:\n        item = await q.get()  # c\n        print(f'{name!r:>{w}} {item=}', [x "
            "for x in a if x])\n"
            "        try:\n            d = {'a': 1, **kw}; s = a[1:2, ::3]\n        except* (ValueError, "
            "TypeError) as e:\n"
            "            raise RuntimeError(\"x\") from e\n        finally:\n            q.task_done()\n"
            "class A(B, metaclass=M):\n    x: int = 0x_1F + 1.5e3 - .5\n    def f(self, /, y=lambda: "
            "(yield)):\n"
            "        return (a := 1) if not b else c\n";
        const std::string alphabet = "()[]{}:;,.=+-*/\\'\"\n\t #@!fbrj0123456789_abcxyz\xC3\xA9\xFF";
        std::mt19937 rng(12345);
        for (int round = 0; round < 3000; ++round) {
            std::string text = seed_program;
            const int edits = 1 + static_cast<int>(rng() % 6);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = rng() % (text.size() + 1);
                switch (rng() % 3) {
                    case 0:
                        text.insert(at, 1, alphabet[rng() % alphabet.size()]);
                        break;
                    case 1:
                        if (at < text.size()) text.erase(at, 1 + rng() % 4);
                        break;
                    default:
                        if (at < text.size()) text[at] = alphabet[rng() % alphabet.size()];
                        break;
                }
            }
            if (normalize_source(text, "t.py")) continue;
            const ParseResult r = parse_module(text, "t.py");
            QVERIFY(static_cast<bool>(r.module) != r.error.has_value());
            if (r.error) {
                QVERIFY(r.error->line >= 1);
                QVERIFY(r.error->col >= 1);
                QVERIFY(!r.error->message.empty());
            } else {
                QVERIFY(!ast::dump(*r.module).empty());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestParser)
#include "test_parser.moc"
