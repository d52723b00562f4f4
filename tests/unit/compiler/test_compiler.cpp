// Scope analysis, compile errors and refusals, and the instruction shapes the VM relies on.
#include <QtTest>
#include <functional>

#include "compiler/compiler.h"
#include "compiler/compiler_internal.h"
#include "compiler/symtable.h"
#include "source/source_text.h"
#include "syntax/parser.h"

using namespace loopstep;

namespace {

struct Parsed {
    std::unique_ptr<ast::Module> module;
    std::optional<Diagnostic> error;
};

Parsed parse(const QString& source) {
    std::string text = source.toStdString();
    if (auto problem = normalize_source(text, "t.py")) return {nullptr, problem};
    ParseResult parsed = parse_module(text, "t.py");
    return {std::move(parsed.module), parsed.error};
}

CompileResult compile_source(const QString& source) {
    Parsed parsed = parse(source);
    if (parsed.error) return {nullptr, parsed.error, std::nullopt};
    return compile_module(*parsed.module, "t.py");
}

CompileResult compile_notebook(const QString& source) {
    Parsed parsed = parse(source);
    if (parsed.error) return {nullptr, parsed.error, std::nullopt};
    return compile_module(*parsed.module, "t.py", /*allow_top_level_await=*/true);
}

const Code* find_code(const Code& code, const std::string& qualname) {
    if (code.qualname == qualname) return &code;
    for (const auto& c : code.constants) {
        if (c.kind != Constant::Kind::Code) continue;
        if (const Code* found = find_code(*c.code, qualname)) return found;
    }
    return nullptr;
}

void for_each_code(const Code& code, const std::function<void(const Code&)>& visit) {
    visit(code);
    for (const auto& c : code.constants)
        if (c.kind == Constant::Kind::Code) for_each_code(*c.code, visit);
}

QString constant_text(const Constant& c) {
    switch (c.kind) {
        case Constant::Kind::None:
            return "None";
        case Constant::Kind::True:
            return "True";
        case Constant::Kind::False:
            return "False";
        case Constant::Kind::Int:
            return QString::number(c.int_value);
        case Constant::Kind::Str:
            return "'" + QString::fromStdString(c.text) + "'";
        case Constant::Kind::Code:
            return "<" + QString::fromStdString(c.code->name) + ">";
        case Constant::Kind::Tuple: {
            QStringList parts;
            for (const auto& e : c.elements)
                parts << constant_text(e);
            return "(" + parts.join(",") + ")";
        }
        default:
            return "?";
    }
}

// One instruction per line: the opcode, then its operand resolved (names, constants, `->N` for
// jump targets) or as a number where the number is the meaning.
QString shape(const Code& code) {
    QStringList lines;
    auto cell = [&](uint32_t i) {
        return QString::fromStdString(i < code.cellvars.size() ? code.cellvars[i]
                                                               : code.freevars[i - code.cellvars.size()]);
    };
    for (const Instruction& ins : code.instructions) {
        QString line = op_name(ins.op);
        const uint32_t a = ins.arg;
        switch (ins.op) {
            case Op::LOAD_CONST:
                line += " " + constant_text(code.constants[a]);
                break;
            case Op::LOAD_FAST:
            case Op::STORE_FAST:
            case Op::DELETE_FAST:
                line += " " + QString::fromStdString(code.varnames[a]);
                break;
            case Op::LOAD_DEREF:
            case Op::STORE_DEREF:
            case Op::DELETE_DEREF:
            case Op::LOAD_CLOSURE:
                line += " " + cell(a);
                break;
            case Op::LOAD_GLOBAL:
            case Op::STORE_GLOBAL:
            case Op::DELETE_GLOBAL:
            case Op::LOAD_NAME:
            case Op::STORE_NAME:
            case Op::DELETE_NAME:
            case Op::LOAD_ATTR:
            case Op::LOAD_METHOD:
            case Op::STORE_ATTR:
            case Op::DELETE_ATTR:
            case Op::IMPORT_NAME:
            case Op::IMPORT_FROM:
                line += " " + QString::fromStdString(code.names[a]);
                break;
            case Op::JUMP:
            case Op::POP_JUMP_IF_FALSE:
            case Op::POP_JUMP_IF_TRUE:
            case Op::JUMP_IF_FALSE_OR_POP:
            case Op::JUMP_IF_TRUE_OR_POP:
            case Op::FOR_ITER:
            case Op::SEND:
            case Op::SETUP_FINALLY:
            case Op::CHECK_EG_MATCH:
                line += " ->" + QString::number(a);
                break;
            case Op::CALL:
            case Op::CALL_KW:
            case Op::CALL_METHOD:
            case Op::CALL_METHOD_KW:
            case Op::CALL_EX:
            case Op::BUILD_TUPLE:
            case Op::BUILD_LIST:
            case Op::BUILD_SET:
            case Op::BUILD_MAP:
            case Op::BUILD_STRING:
            case Op::BUILD_SLICE:
            case Op::YIELD_VALUE:
            case Op::MAKE_FUNCTION:
            case Op::UNPACK_SEQUENCE:
            case Op::UNPACK_EX:
            case Op::LIST_APPEND:
            case Op::SET_ADD:
            case Op::MAP_ADD:
            case Op::LIST_EXTEND:
            case Op::SET_UPDATE:
            case Op::DICT_UPDATE:
            case Op::DICT_MERGE:
            case Op::RAISE_VARARGS:
            case Op::BINARY_OP:
            case Op::COMPARE_OP:
            case Op::UNARY_OP:
            case Op::FORMAT_VALUE:
                line += " " + QString::number(a);
                break;
            default:
                break;
        }
        lines << line;
    }
    return lines.join("\n");
}

QString trimmed_lines(const QString& text) {
    QStringList out;
    for (const QString& line : text.split('\n')) {
        QString t = line.trimmed();
        if (!t.isEmpty()) out << t;
    }
    return out.join("\n");
}

const char* scope_word(NameScope scope) {
    switch (scope) {
        case NameScope::Local:
            return "local";
        case NameScope::GlobalExplicit:
            return "global_explicit";
        case NameScope::GlobalImplicit:
            return "global_implicit";
        case NameScope::Free:
            return "free";
        case NameScope::Cell:
            return "cell";
    }
    return "?";
}

const char* const kStressProgram = R"(import asyncio
from dataclasses import dataclass, field

@dataclass
class Order:
    """An order."""
    name: str
    qty: int = 1
    tags: list[str] = field(default_factory=list)

class Child(Order, metaclass=type):
    count = 0
    def __init__(self, v, *rest, **kw):
        super().__init__(v)
        Child.count += 1
        self.rest = [*rest, *kw]
    def get(self):
        def helper():
            return self, __class__
        return helper

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        for j in range(i):
            try:
                if j > 3:
                    break
                elif j == 2:
                    continue
                total += j
            except (ValueError, TypeError) as e:
                print(e)
                break
            except Exception:
                continue
            else:
                total -= 1
            finally:
                total *= 2
                if total > 1000:
                    return total
        else:
            total += 100
    while total > 0:
        total -= 7
        if total == 3:
            break
    else:
        total = -1
    while True:
        try:
            return total
        finally:
            print("bye")

def returns_in_with(cm):
    with cm as a, cm as (b, c):
        for x in a:
            with cm:
                if x:
                    return x
                break
    try:
        try:
            return 1
        except:
            return 2
        finally:
            pass
    finally:
        return 3

def handlers():
    try:
        raise ValueError("x") from None
    except ValueError as err:
        try:
            raise
        except Exception as err2:
            for k in err2.args:
                return k
    try:
        pass
    except:
        raise
    finally:
        for q in range(2):
            try:
                continue
            finally:
                break

def star(groups):
    for g in groups:
        try:
            try:
                raise g
            except* (ValueError, TypeError) as e:
                for x in e.exceptions:
                    if x:
                        continue
                    break
            except* KeyError:
                raise
            else:
                pass
        except* OSError as e:
            print(e)
        finally:
            continue

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    async with asyncio.Lock() as lock:
        yield lock

async def consumer():
    async for v in agen(3):
        if v:
            break
        try:
            continue
        finally:
            print(v)
    else:
        print("done")
    async with asyncio.timeout(1) as t, asyncio.Lock():
        return await asyncio.sleep(1)
    xs = [x async for x in agen(2) if x]
    ys = [await asyncio.sleep(0, y) for y in range(3)]
    zs = (await z for z in ys)
    ws = [[w async for w in agen(v)] for v in range(2)]
    return xs, ys, zs, ws

def gen():
    x = yield
    y = yield x
    z = yield from range(y)
    return z

def exprs(a, b, *args, key=None, **kw):
    c = a < b <= 10 != a
    d = a and b or not c
    e = a if b else (c if d else None)
    f = [1, *args, 2], (*args,), {1, *args}, {**kw, 'x': 1, **{'y': 2}}
    j = a[1:2], a[::2], a[1:2, ::3]
    a.b.c += 1
    a[b] -= 2
    a[1:2] *= 3
    del a.b, a[0], (a, b)
    x, *y, z = args
    [p, q] = 1, 2
    k = print(*args, sep='', **kw)
    l = print(a, *args, b, key=1, **kw, end='')
    n = lambda *a, **k: (a, k)
    o = {k: v for k, v in kw.items() if k if v}
    assert a, "msg"
    s = f"{a}" f"{b!s:{c}}" "lit"
    t = -a ** 2 // 3 % 4 << 1 >> 2 & 3 | 4 ^ 5
    u = a is not b, a not in b, ~a
    if (w := a) and not (b or c):
        pass
    return [m := i for i in range(3)], m
)";

}  // namespace

class TestCompiler : public QObject {
    Q_OBJECT

private slots:
    void symbols_data();
    void symbols();
    void classCell();
    void errors_data();
    void errors();
    void refusals_data();
    void refusals();
    void accepted_data();
    void accepted();
    void shapes_data();
    void shapes();
    void stackIsConsistent();
    void namesAndFlags();
    void positions();
    void disassembly();
    void topLevelAwait();
};

void TestCompiler::symbols_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("path");  // scope names below the module, '/'-separated
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    const QString nonlocal =
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n";
    QTest::newRow("nonlocal owner is cell") << nonlocal << "f"
                                            << "x"
                                            << "cell";
    QTest::newRow("nonlocal user is free") << nonlocal << "f/g"
                                           << "x"
                                           << "free";
    QTest::newRow("global declared") << "def f():\n    global y\n    y = 1\n"
                                     << "f"
                                     << "y"
                                     << "global_explicit";
    QTest::newRow("global implicit") << "def f():\n    return len\n"
                                     << "f"
                                     << "len"
                                     << "global_implicit";
    QTest::newRow("module binding") << "x = 1\n"
                                    << ""
                                    << "x"
                                    << "local";
    QTest::newRow("parameter") << "def f(a, *b, c, **d):\n    return a\n"
                               << "f"
                               << "d"
                               << "local";

    const QString class_scope = "class C:\n    a = 1\n    def m(self):\n        return a\n";
    QTest::newRow("class attribute") << class_scope << "C"
                                     << "a"
                                     << "local";
    QTest::newRow("class scope invisible to methods") << class_scope << "C/m"
                                                      << "a"
                                                      << "global_implicit";

    const QString through =
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n"
        "            return x\n    return C\n";
    QTest::newRow("class passes cell through") << through << "f/C"
                                               << "x"
                                               << "local+class_free";
    QTest::newRow("method sees function") << through << "f/C/m"
                                          << "x"
                                          << "free";
    QTest::newRow("function cell past class") << through << "f"
                                              << "x"
                                              << "cell";

    const QString comp = "def f(xs, n):\n    return [x + n for x in xs if x]\n";
    QTest::newRow("comprehension parameter") << comp << "f/<listcomp>"
                                             << ".0"
                                             << "local";
    QTest::newRow("comprehension variable") << comp << "f/<listcomp>"
                                            << "x"
                                            << "local";
    QTest::newRow("comprehension capture") << comp << "f/<listcomp>"
                                           << "n"
                                           << "free";
    QTest::newRow("captured by comprehension") << comp << "f"
                                               << "n"
                                               << "cell";
    QTest::newRow("first iterable evaluated outside") << comp << "f"
                                                      << "xs"
                                                      << "local";
    QTest::newRow("comprehension variable not leaked") << comp << "f"
                                                       << "x"
                                                       << "absent";

    const QString class_comp = "class C:\n    k = [1]\n    v = [k for _ in k]\n";
    QTest::newRow("class comprehension skips class") << class_comp << "C/<listcomp>"
                                                     << "k"
                                                     << "global_implicit";
    QTest::newRow("genexp name") << "g = (i for i in range(3))\n"
                                 << "<genexpr>"
                                 << "i"
                                 << "local";

    const QString walrus = "def f():\n    [y := 1 for _ in range(2)]\n    return y\n";
    QTest::newRow("walrus binds outside comprehension") << walrus << "f"
                                                        << "y"
                                                        << "cell";
    QTest::newRow("walrus inside comprehension") << walrus << "f/<listcomp>"
                                                 << "y"
                                                 << "free";
    QTest::newRow("walrus at module level") << "[y := 1 for _ in range(2)]\n"
                                            << "<listcomp>"
                                            << "y"
                                            << "global_explicit";

    QTest::newRow("lambda capture") << "def f(a):\n    return lambda: a\n"
                                    << "f/<lambda>"
                                    << "a"
                                    << "free";
    QTest::newRow("super implies __class__") << "class C:\n    def m(self):\n        return super().m()\n"
                                             << "C/m"
                                             << "__class__"
                                             << "free";
    QTest::newRow("mangled class attribute") << "class C:\n    __x = 1\n"
                                             << "C"
                                             << "_C__x"
                                             << "local";
    QTest::newRow("mangled in method") << "class C:\n    def m(self, __p):\n        return __p\n"
                                       << "C/m"
                                       << "_C__p"
                                       << "local";
    QTest::newRow("global from nested function") << "def f():\n    global g\n    def h():\n        return g\n"
                                                 << "f/h"
                                                 << "g"
                                                 << "global_implicit";
    QTest::newRow("except name is local")
        << "def f():\n    try:\n        pass\n    except E as e:\n        pass\n"
        << "f"
        << "e"
        << "local";
    QTest::newRow("import binds top package") << "def f():\n    import asyncio.exceptions\n"
                                              << "f"
                                              << "asyncio"
                                              << "local";
}

void TestCompiler::symbols() {
    QFETCH(QString, source);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Parsed parsed = parse(source);
    QVERIFY2(!parsed.error, parsed.error ? parsed.error->format().c_str() : "");
    SymbolTableResult table = build_symbol_table(*parsed.module, "t.py");
    QVERIFY2(!table.error, table.error ? table.error->format().c_str() : "");
    const Scope* scope = table.table->module.get();
    for (const QString& part : path.split('/', Qt::SkipEmptyParts)) {
        scope = scope->child_named(part.toStdString());
        QVERIFY2(scope, qPrintable("no scope " + part));
    }
    const Symbol* symbol = scope->lookup(name.toStdString());
    QString actual = "absent";
    if (symbol) {
        actual = scope_word(symbol->scope);
        if (symbol->free_in_class) actual += "+class_free";
    }
    QCOMPARE(actual, expected);
}

void TestCompiler::classCell() {
    Parsed parsed = parse(
        "class A:\n    def m(self):\n        return __class__\nclass B:\n    def m(self):\n"
        "        return 1\n");
    QVERIFY(parsed.module);
    SymbolTableResult table = build_symbol_table(*parsed.module, "t.py");
    QVERIFY(!table.error);
    const Scope* a = table.table->module->child_named("A");
    const Scope* b = table.table->module->child_named("B");
    QVERIFY(a && b);
    QVERIFY(a->needs_class_cell);
    QVERIFY(!b->needs_class_cell);
    QCOMPARE(a->cell_names(), std::vector<std::string>{"__class__"});
    QVERIFY(!a->lookup("__class__"));  // the cell is implicit, not a name of the class namespace
}

void TestCompiler::errors_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("col");
    QTest::addColumn<QString>("message");

    // Positions and messages are CPython 3.11's for the same source.
    QTest::newRow("await at module") << "await x\n" << 1 << 1 << "'await' outside function";
    QTest::newRow("await in def") << "def f():\n    await x\n" << 2 << 5 << "'await' outside async function";
    QTest::newRow("await in lambda") << "async def f():\n    lambda: await x\n"
                                     << 2 << 13 << "'await' outside async function";
    QTest::newRow("await in class body") << "async def f():\n    class C:\n        await x\n"
                                         << 3 << 9 << "'await' outside function";
    QTest::newRow("yield at module") << "yield 1\n" << 1 << 1 << "'yield' outside function";
    QTest::newRow("yield in class") << "class C:\n    yield 1\n" << 2 << 5 << "'yield' outside function";
    QTest::newRow("yield in listcomp") << "def f():\n    [(yield x) for x in y]\n"
                                       << 2 << 7 << "'yield' inside list comprehension";
    QTest::newRow("yield in genexp") << "def f():\n    ((yield x) for x in y)\n"
                                     << 2 << 7 << "'yield' inside generator expression";
    QTest::newRow("return at module") << "return 1\n" << 1 << 1 << "'return' outside function";
    QTest::newRow("return in class") << "class C:\n    return 1\n" << 2 << 5 << "'return' outside function";
    QTest::newRow("return value in async generator") << "async def f():\n    yield 1\n    return 2\n"
                                                     << 3 << 5 << "'return' with value in async generator";
    QTest::newRow("break at module") << "break\n" << 1 << 1 << "'break' outside loop";
    QTest::newRow("continue at module") << "continue\n" << 1 << 1 << "'continue' not properly in loop";
    QTest::newRow("break in loop else") << "for x in y:\n    pass\nelse:\n    break\n"
                                        << 4 << 5 << "'break' outside loop";
    QTest::newRow("break in nested def") << "while 1:\n    def f():\n        break\n"
                                         << 3 << 9 << "'break' outside loop";
    QTest::newRow("continue in nested class") << "while 1:\n    class C:\n        continue\n"
                                              << 3 << 9 << "'continue' not properly in loop";
    QTest::newRow("global after use") << "def f():\n    print(x)\n    global x\n"
                                      << 3 << 5 << "name 'x' is used prior to global declaration";
    QTest::newRow("global after assignment") << "def f():\n    x = 1\n    global x\n"
                                             << 3 << 5 << "name 'x' is assigned to before global declaration";
    QTest::newRow("global parameter") << "def f(x):\n    global x\n"
                                      << 2 << 5 << "name 'x' is parameter and global";
    QTest::newRow("global annotated") << "def f():\n    global x\n    x: int\n"
                                      << 3 << 5 << "annotated name 'x' can't be global";
    QTest::newRow("nonlocal after use")
        << "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n"
        << 5 << 9 << "name 'x' is used prior to nonlocal declaration";
    QTest::newRow("nonlocal after assignment")
        << "def g():\n    x = 1\n    def f():\n        x = 1\n        nonlocal x\n"
        << 5 << 9 << "name 'x' is assigned to before nonlocal declaration";
    QTest::newRow("nonlocal parameter") << "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n"
                                        << 4 << 9 << "name 'x' is parameter and nonlocal";
    QTest::newRow("nonlocal unbound") << "def f():\n    nonlocal x\n"
                                      << 2 << 5 << "no binding for nonlocal 'x' found";
    QTest::newRow("nonlocal in class") << "class C:\n    nonlocal x\n"
                                       << 2 << 5 << "no binding for nonlocal 'x' found";
    QTest::newRow("nonlocal skips global")
        << "x = 1\ndef g():\n    global x\n    def f():\n        nonlocal x\n"
        << 5 << 9 << "no binding for nonlocal 'x' found";
    QTest::newRow("nonlocal skips class")
        << "def g():\n    class C:\n        x = 1\n        def f(self):\n            nonlocal x\n"
        << 5 << 13 << "no binding for nonlocal 'x' found";
    QTest::newRow("nonlocal at module") << "nonlocal x\n"
                                        << 1 << 1 << "nonlocal declaration not allowed at module level";
    QTest::newRow("nonlocal and global")
        << "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n"
        << 5 << 9 << "name 'x' is nonlocal and global";
    QTest::newRow("async comprehension in def")
        << "def f():\n    [x async for x in y]\n"
        << 2 << 5 << "asynchronous comprehension outside of an asynchronous function";
    QTest::newRow("await comprehension in def")
        << "def f():\n    [await x for x in y]\n"
        << 2 << 5 << "asynchronous comprehension outside of an asynchronous function";
    QTest::newRow("async for in def") << "def f():\n    async for x in y:\n        pass\n"
                                      << 2 << 5 << "'async for' outside async function";
    QTest::newRow("async with in def") << "def f():\n    async with y:\n        pass\n"
                                       << 2 << 5 << "'async with' outside async function";
    QTest::newRow("walrus in class comprehension")
        << "class C:\n    [y := 1 for x in z]\n"
        << 2 << 6 << "assignment expression within a comprehension cannot be used in a class body";
    QTest::newRow("walrus rebinds iteration variable")
        << "[x := 1 for x in z]\n"
        << 1 << 2 << "assignment expression cannot rebind comprehension iteration variable 'x'";
    QTest::newRow("bare except not last") << "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n"
                                          << 3 << 1 << "default 'except:' must be last";
    QTest::newRow("duplicate argument") << "def f(a, a): pass\n"
                                        << 1 << 10 << "duplicate argument 'a' in function definition";
    QTest::newRow("repeated keyword") << "f(a=1, a=2)\n" << 1 << 8 << "keyword argument repeated: a";
    QTest::newRow("two starred targets") << "a, *b, *c = d\n"
                                         << 1 << 1 << "multiple starred expressions in assignment";
    QTest::newRow("break in except*")
        << "for x in y:\n    try:\n        pass\n    except* E:\n        break\n"
        << 5 << 9 << "'break', 'continue' and 'return' cannot appear in an except* block";
    QTest::newRow("continue in except*")
        << "while x:\n    try:\n        pass\n    except* E:\n        if x:\n            continue\n"
        << 6 << 13 << "'break', 'continue' and 'return' cannot appear in an except* block";
    QTest::newRow("return in except*")
        << "def f():\n    try:\n        pass\n    except* E as e:\n        return e\n"
        << 5 << 9 << "'break', 'continue' and 'return' cannot appear in an except* block";
    QTest::newRow("return in finally inside except*")
        << "def f():\n    try:\n        pass\n    except* E:\n        try:\n            pass\n"
           "        finally:\n            return 1\n"
        << 8 << 13 << "'break', 'continue' and 'return' cannot appear in an except* block";
}

void TestCompiler::errors() {
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, col);
    QFETCH(QString, message);
    CompileResult result = compile_source(source);
    QVERIFY2(result.error, "compiled without error");
    QCOMPARE(QString::fromStdString(result.error->message), message);
    QCOMPARE(result.error->line, line);
    QCOMPARE(result.error->col, col);
    QCOMPARE(QString::fromStdString(result.error->file), QString("t.py"));
    QVERIFY(!result.code);
}

void TestCompiler::refusals_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("col");
    QTest::addColumn<QString>("message");

    // A standard-library module CPython has and Loopstep lacks is Loopstep's gap; any other name
    // may be the program's own module (found beside it when the run starts).
    QTest::newRow("import os") << "import os\n" << 1 << 8 << "module 'os' is not supported by Loopstep";
    QTest::newRow("second alias") << "import time, socket\n" << 1 << 14 << "module 'socket' is not supported by Loopstep";
    QTest::newRow("submodule") << "import asyncio.queues\n"
                               << 1 << 8 << "module 'asyncio.queues' is not supported by Loopstep";
    QTest::newRow("from os") << "from os import path\n" << 1 << 1 << "module 'os' is not supported by Loopstep";
    QTest::newRow("import in function") << "def f():\n    import csv\n"
                                        << 2 << 12 << "module 'csv' is not supported by Loopstep";
    QTest::newRow("star import in a function") << "def f():\n    from asyncio import *\n"
                                               << 2 << 5 << "import * only allowed at module level";
    QTest::newRow("open") << "open('f')\n" << 1 << 1 << "'open' is not supported by Loopstep";
    QTest::newRow("eval in function") << "def f():\n    return eval('1')\n"
                                      << 2 << 12 << "'eval' is not supported by Loopstep";
    QTest::newRow("exec as value") << "run = exec\n" << 1 << 7 << "'exec' is not supported by Loopstep";
    QTest::newRow("locals") << "print(locals())\n" << 1 << 7 << "'locals' is not supported by Loopstep";
    QTest::newRow("__import__") << "__import__('os')\n" << 1 << 1 << "'__import__' is not supported by Loopstep";
    QTest::newRow("input in method") << "class C:\n    def m(self):\n        return input()\n"
                                     << 3 << 16 << "'input' is not supported by Loopstep";
    QTest::newRow("matrix multiplication") << "x = a @ b\n" << 1 << 5 << "the '@' operator is not supported by Loopstep";
    QTest::newRow("in-place matrix multiplication") << "x @= b\n"
                                                    << 1 << 1 << "the '@' operator is not supported by Loopstep";
}

void TestCompiler::refusals() {
    errors();
}

void TestCompiler::accepted_data() {
    QTest::addColumn<QString>("source");
    QTest::newRow("own open") << "def open(p):\n    return p\nopen('x')\n";
    QTest::newRow("open parameter") << "def f(open):\n    return open\n";
    QTest::newRow("open made global in function") << "def f():\n    global open\n    open = 1\nprint(open)\n";
    QTest::newRow("allowed imports")
        << "import asyncio, time, random, dataclasses, typing\nimport asyncio.exceptions\n"
           "from asyncio.exceptions import CancelledError as C\nfrom typing import Optional\n";
    QTest::newRow("future annotations") << "from __future__ import annotations\n";
    QTest::newRow("main guard") << "if __name__ == '__main__':\n    pass\n";
    QTest::newRow("async genexp in def") << "def f(y):\n    return (x async for x in y)\n";
    QTest::newRow("continue in finally")
        << "while 1:\n    try:\n        pass\n    finally:\n        continue\n";
    QTest::newRow("except* with else and finally")
        << "try:\n    a()\nexcept* E as e:\n    b(e)\nexcept* (F, G):\n    raise\nelse:\n    c()\nfinally:\n    d()\n";
    QTest::newRow("loops and functions inside except*")
        << "def f():\n    try:\n        pass\n    except* E as e:\n        for x in e.exceptions:\n"
           "            if x:\n                break\n            continue\n        def g():\n            return 1\n";
    QTest::newRow("break in the body of try/except*")
        << "for x in y:\n    try:\n        break\n    except* E:\n        pass\n";
    QTest::newRow("stress program") << QString(kStressProgram);
}

void TestCompiler::accepted() {
    QFETCH(QString, source);
    CompileResult result = compile_source(source);
    QVERIFY2(!result.error, result.error ? result.error->format().c_str() : "");
    QVERIFY(result.code);
}

void TestCompiler::shapes_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("qualname");
    QTest::addColumn<QString>("expected");

    QTest::newRow("await") << "async def f(x):\n    return await x\n"
                           << "f"
                           << R"(
        LOAD_FAST x
        GET_AWAITABLE
        LOAD_CONST None
        SEND ->6
        YIELD_VALUE 1
        JUMP ->3
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("yield from") << "def f(x):\n    yield from x\n"
                                << "f"
                                << R"(
        LOAD_FAST x
        GET_YIELD_FROM_ITER
        LOAD_CONST None
        SEND ->6
        YIELD_VALUE 1
        JUMP ->3
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("async generator yield") << "async def f():\n    yield 1\n"
                                           << "f"
                                           << R"(
        LOAD_CONST 1
        ASYNC_GEN_WRAP
        YIELD_VALUE 0
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("for break else") << "def f(xs):\n    for x in xs:\n        if x:\n            break\n"
                                       "    else:\n        return 1\n    return 2\n"
                                    << "f"
                                    << R"(
        LOAD_FAST xs
        GET_ITER
        FOR_ITER ->9
        STORE_FAST x
        LOAD_FAST x
        POP_JUMP_IF_FALSE ->8
        POP_TOP
        JUMP ->11
        JUMP ->2
        LOAD_CONST 1
        RETURN_VALUE
        LOAD_CONST 2
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("while continue") << "def f(n):\n    while n:\n        n -= 1\n        continue\n"
                                    << "f"
                                    << R"(
        LOAD_FAST n
        POP_JUMP_IF_FALSE ->8
        LOAD_FAST n
        LOAD_CONST 1
        BINARY_OP 17
        STORE_FAST n
        JUMP ->0
        JUMP ->0
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("try except star") << "def f():\n    try:\n        a()\n    except* E as e:\n        b(e)\n"
                                        "    except* F:\n        raise\n"
                                     << "f"
                                     << R"(
        SETUP_FINALLY ->6
        LOAD_GLOBAL a
        CALL 0
        POP_TOP
        POP_BLOCK
        JUMP ->45
        PUSH_EXC_INFO
        SETUP_FINALLY ->41
        DUP_TOP
        BUILD_LIST 0
        ROT_TWO
        LOAD_GLOBAL E
        CHECK_EG_MATCH ->28
        STORE_FAST e
        SETUP_FINALLY ->24
        LOAD_GLOBAL b
        LOAD_FAST e
        CALL 1
        POP_TOP
        POP_BLOCK
        LOAD_CONST None
        STORE_FAST e
        DELETE_FAST e
        JUMP ->28
        LOAD_CONST None
        STORE_FAST e
        DELETE_FAST e
        LIST_APPEND 2
        LOAD_GLOBAL F
        CHECK_EG_MATCH ->36
        POP_TOP
        SETUP_FINALLY ->35
        RAISE_VARARGS 0
        POP_BLOCK
        JUMP ->36
        LIST_APPEND 2
        LIST_APPEND 1
        POP_BLOCK
        POP_EXCEPT
        RERAISE_STAR
        JUMP ->45
        ROT_TWO
        POP_TOP
        POP_EXCEPT
        RERAISE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("try except else") << "def f():\n    try:\n        a()\n    except E as e:\n        b(e)\n"
                                        "    except:\n        c()\n    else:\n        d()\n"
                                     << "f"
                                     << R"(
        SETUP_FINALLY ->9
        LOAD_GLOBAL a
        CALL 0
        POP_TOP
        POP_BLOCK
        LOAD_GLOBAL d
        CALL 0
        POP_TOP
        JUMP ->35
        PUSH_EXC_INFO
        LOAD_GLOBAL E
        CHECK_EXC_MATCH
        POP_JUMP_IF_FALSE ->29
        STORE_FAST e
        SETUP_FINALLY ->25
        LOAD_GLOBAL b
        LOAD_FAST e
        CALL 1
        POP_TOP
        POP_BLOCK
        POP_EXCEPT
        LOAD_CONST None
        STORE_FAST e
        DELETE_FAST e
        JUMP ->35
        LOAD_CONST None
        STORE_FAST e
        DELETE_FAST e
        RERAISE
        POP_TOP
        LOAD_GLOBAL c
        CALL 0
        POP_TOP
        POP_EXCEPT
        JUMP ->35
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("try finally return")
        << "def f():\n    try:\n        return a()\n    finally:\n        b()\n"
        << "f"
        << R"(
        SETUP_FINALLY ->13
        LOAD_GLOBAL a
        CALL 0
        POP_BLOCK
        LOAD_GLOBAL b
        CALL 0
        POP_TOP
        RETURN_VALUE
        POP_BLOCK
        LOAD_GLOBAL b
        CALL 0
        POP_TOP
        JUMP ->19
        PUSH_EXC_INFO
        LOAD_GLOBAL b
        CALL 0
        POP_TOP
        POP_EXCEPT
        RERAISE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("with") << "def f(m):\n    with m as x:\n        g(x)\n"
                          << "f"
                          << R"(
        LOAD_FAST m
        BEFORE_WITH
        STORE_FAST x
        SETUP_FINALLY ->12
        LOAD_GLOBAL g
        LOAD_FAST x
        CALL 1
        POP_TOP
        POP_BLOCK
        CALL_EXIT_NONE
        POP_TOP
        JUMP ->20
        PUSH_EXC_INFO
        WITH_EXCEPT_START
        POP_JUMP_IF_TRUE ->17
        POP_EXCEPT
        RERAISE
        POP_TOP
        POP_EXCEPT
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("break out of with in loop")
        << "def f(m, xs):\n    for x in xs:\n        with m:\n            break\n"
        << "f"
        << R"(
        LOAD_FAST xs
        GET_ITER
        FOR_ITER ->26
        STORE_FAST x
        LOAD_FAST m
        BEFORE_WITH
        POP_TOP
        SETUP_FINALLY ->17
        POP_BLOCK
        CALL_EXIT_NONE
        POP_TOP
        POP_TOP
        JUMP ->26
        POP_BLOCK
        CALL_EXIT_NONE
        POP_TOP
        JUMP ->25
        PUSH_EXC_INFO
        WITH_EXCEPT_START
        POP_JUMP_IF_TRUE ->22
        POP_EXCEPT
        RERAISE
        POP_TOP
        POP_EXCEPT
        POP_TOP
        JUMP ->2
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("async with") << "async def f(m):\n    async with m:\n        pass\n"
                                << "f"
                                << R"(
        LOAD_FAST m
        BEFORE_ASYNC_WITH
        LOAD_CONST None
        SEND ->6
        YIELD_VALUE 1
        JUMP ->3
        POP_TOP
        SETUP_FINALLY ->18
        NOP
        POP_BLOCK
        CALL_EXIT_NONE
        GET_AWAITABLE
        LOAD_CONST None
        SEND ->16
        YIELD_VALUE 1
        JUMP ->13
        POP_TOP
        JUMP ->31
        PUSH_EXC_INFO
        WITH_EXCEPT_START
        GET_AWAITABLE
        LOAD_CONST None
        SEND ->25
        YIELD_VALUE 1
        JUMP ->22
        POP_JUMP_IF_TRUE ->28
        POP_EXCEPT
        RERAISE
        POP_TOP
        POP_EXCEPT
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("async for") << "async def f(a):\n    async for x in a:\n        g(x)\n"
                               << "f"
                               << R"(
        LOAD_FAST a
        GET_AITER
        SETUP_FINALLY ->15
        GET_ANEXT
        LOAD_CONST None
        SEND ->8
        YIELD_VALUE 1
        JUMP ->5
        POP_BLOCK
        STORE_FAST x
        LOAD_GLOBAL g
        LOAD_FAST x
        CALL 1
        POP_TOP
        JUMP ->2
        END_ASYNC_FOR
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("zero-argument super") << "class C:\n    def m(self):\n        return super().m()\n"
                                         << "C.m"
                                         << R"(
        LOAD_GLOBAL super
        LOAD_DEREF __class__
        LOAD_FAST self
        CALL 2
        LOAD_METHOD m
        CALL_METHOD 0
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("method call") << "def f(o, x):\n    return o.m(x, k=1)\n"
                                 << "f"
                                 << R"(
        LOAD_FAST o
        LOAD_METHOD m
        LOAD_FAST x
        LOAD_CONST 1
        LOAD_CONST ('k')
        CALL_METHOD_KW 2
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("method call with unpacking") << "def f(o, a):\n    return o.m(*a)\n"
                                                << "f"
                                                << R"(
        LOAD_FAST o
        LOAD_ATTR m
        BUILD_LIST 0
        LOAD_FAST a
        LIST_EXTEND 1
        LIST_TO_TUPLE
        CALL_EX 0
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("class statement") << "class C(B, metaclass=M):\n    x = 1\n"
                                     << "<module>"
                                     << R"(
        LOAD_BUILD_CLASS
        LOAD_CONST <C>
        MAKE_FUNCTION 0
        LOAD_CONST 'C'
        LOAD_NAME B
        LOAD_NAME M
        LOAD_CONST ('metaclass')
        CALL_KW 4
        STORE_NAME C
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("class body with cell") << "class C:\n    def m(self):\n        return __class__\n"
                                          << "C"
                                          << R"(
        LOAD_NAME __name__
        STORE_NAME __module__
        LOAD_CONST 'C'
        STORE_NAME __qualname__
        LOAD_CLOSURE __class__
        BUILD_TUPLE 1
        LOAD_CONST <m>
        MAKE_FUNCTION 8
        STORE_NAME m
        LOAD_CLOSURE __class__
        RETURN_VALUE)";
    QTest::newRow("function with defaults and closure")
        << "def f(a):\n    @d\n    def g(b=1, *, c=a):\n        return a\n    return g\n"
        << "f"
        << R"(
        LOAD_GLOBAL d
        LOAD_CONST 1
        BUILD_TUPLE 1
        LOAD_CONST 'c'
        LOAD_DEREF a
        BUILD_MAP 1
        LOAD_CLOSURE a
        BUILD_TUPLE 1
        LOAD_CONST <g>
        MAKE_FUNCTION 11
        CALL 1
        STORE_FAST g
        LOAD_FAST g
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("call with unpacking") << "f(a, *b, c, k=1, **d, m=2)\n"
                                         << "<module>"
                                         << R"(
        LOAD_NAME f
        LOAD_NAME a
        BUILD_LIST 1
        LOAD_NAME b
        LIST_EXTEND 1
        LOAD_NAME c
        LIST_APPEND 1
        LIST_TO_TUPLE
        LOAD_CONST 'k'
        LOAD_CONST 1
        BUILD_MAP 1
        LOAD_NAME d
        DICT_MERGE 1
        LOAD_CONST 'm'
        LOAD_CONST 2
        BUILD_MAP 1
        DICT_MERGE 1
        CALL_EX 1
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("list comprehension") << "def f(xs):\n    return [x for x in xs if x]\n"
                                        << "f.<locals>.<listcomp>"
                                        << R"(
        BUILD_LIST 0
        LOAD_FAST .0
        FOR_ITER ->9
        STORE_FAST x
        LOAD_FAST x
        POP_JUMP_IF_FALSE ->2
        LOAD_FAST x
        LIST_APPEND 2
        JUMP ->2
        RETURN_VALUE)";
    QTest::newRow("comprehension call") << "def f(xs):\n    return {x: 1 for x in xs}\n"
                                        << "f"
                                        << R"(
        LOAD_CONST <<dictcomp>>
        MAKE_FUNCTION 0
        LOAD_FAST xs
        GET_ITER
        CALL 1
        RETURN_VALUE
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("chained comparison") << "x = a < b < c\n"
                                        << "<module>"
                                        << R"(
        LOAD_NAME a
        LOAD_NAME b
        DUP_TOP
        ROT_THREE
        COMPARE_OP 2
        JUMP_IF_FALSE_OR_POP ->9
        LOAD_NAME c
        COMPARE_OP 2
        JUMP ->11
        ROT_TWO
        POP_TOP
        STORE_NAME x
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("augmented subscript") << "a[i] += 1\n"
                                         << "<module>"
                                         << R"(
        LOAD_NAME a
        LOAD_NAME i
        DUP_TOP_TWO
        BINARY_SUBSCR
        LOAD_CONST 1
        BINARY_OP 16
        ROT_THREE
        STORE_SUBSCR
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("augmented attribute") << "a.n *= 2\n"
                                         << "<module>"
                                         << R"(
        LOAD_NAME a
        DUP_TOP
        LOAD_ATTR n
        LOAD_CONST 2
        BINARY_OP 18
        ROT_TWO
        STORE_ATTR n
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("assert") << "assert x, 'm'\n"
                            << "<module>"
                            << R"(
        LOAD_NAME x
        POP_JUMP_IF_TRUE ->6
        LOAD_ASSERTION_ERROR
        LOAD_CONST 'm'
        CALL 1
        RAISE_VARARGS 1
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("f-string") << "s = f'{a!r:>{w}} and {b}'\n"
                              << "<module>"
                              << R"(
        LOAD_NAME a
        LOAD_CONST '>'
        LOAD_NAME w
        FORMAT_VALUE 0
        BUILD_STRING 2
        FORMAT_VALUE 6
        LOAD_CONST ' and '
        LOAD_NAME b
        FORMAT_VALUE 0
        BUILD_STRING 3
        STORE_NAME s
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("unpacking") << "a, *b, c = d\n"
                               << "<module>"
                               << R"(
        LOAD_NAME d
        UNPACK_EX 257
        STORE_NAME a
        STORE_NAME b
        STORE_NAME c
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("imports") << "import asyncio.exceptions\nfrom time import sleep as s\n"
                             << "<module>"
                             << R"(
        IMPORT_NAME asyncio.exceptions
        POP_TOP
        IMPORT_NAME asyncio
        STORE_NAME asyncio
        IMPORT_NAME time
        IMPORT_FROM sleep
        STORE_NAME s
        POP_TOP
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("dataclass annotations") << "class P:\n    x: int\n    y: 'list[P]' = 2\n"
                                           << "P"
                                           << R"(
        LOAD_NAME __name__
        STORE_NAME __module__
        LOAD_CONST 'P'
        STORE_NAME __qualname__
        SETUP_ANNOTATIONS
        LOAD_NAME int
        LOAD_NAME __annotations__
        LOAD_CONST 'x'
        STORE_SUBSCR
        LOAD_CONST 2
        STORE_NAME y
        LOAD_CONST 'list[P]'
        LOAD_NAME __annotations__
        LOAD_CONST 'y'
        STORE_SUBSCR
        LOAD_CONST None
        RETURN_VALUE)";
    QTest::newRow("annotations under the future import") << "from __future__ import annotations\nclass P:\n    x: int\n"
                                                          << "P"
                                                          << R"(
        LOAD_NAME __name__
        STORE_NAME __module__
        LOAD_CONST 'P'
        STORE_NAME __qualname__
        SETUP_ANNOTATIONS
        LOAD_CONST 'int'
        LOAD_NAME __annotations__
        LOAD_CONST 'x'
        STORE_SUBSCR
        LOAD_CONST None
        RETURN_VALUE)";
}

void TestCompiler::shapes() {
    QFETCH(QString, source);
    QFETCH(QString, qualname);
    QFETCH(QString, expected);
    CompileResult result = compile_source(source);
    QVERIFY2(!result.error, result.error ? result.error->format().c_str() : "");
    const Code* code = find_code(*result.code, qualname.toStdString());
    QVERIFY2(code, qPrintable("no code object " + qualname));
    if (qEnvironmentVariableIsSet("SHOW_SHAPES")) qInfo().noquote() << shape(*code);
    QCOMPARE(shape(*code), trimmed_lines(expected));
}

void TestCompiler::stackIsConsistent() {
    CompileResult result = compile_source(kStressProgram);
    QVERIFY2(!result.error, result.error ? result.error->format().c_str() : "");
    int checked = 0;
    for_each_code(*result.code, [&](const Code& code) {
        compiling::StackCheck check = compiling::check_stack(code);
        QVERIFY2(check.problem.empty(), check.problem.c_str());
        QCOMPARE(code.stack_size, check.max_depth);
        QCOMPARE(code.lines.size(), code.instructions.size());
        QCOMPARE(code.columns.size(), code.instructions.size());
        ++checked;
    });
    QVERIFY(checked > 15);
}

void TestCompiler::namesAndFlags() {
    CompileResult result = compile_source(
        "def f(a, /, b, *args, c, **kw):\n"
        "    def g():\n        return a\n"
        "    lam = lambda: 0\n"
        "    return [x for x in args], (y for y in b), {z for z in b}, {k: 1 for k in b}\n"
        "class C:\n    def m(self):\n        pass\n"
        "    async def co(self):\n        pass\n"
        "    async def ag(self):\n        yield\n"
        "def gen():\n    yield\n"
        "def outer():\n    global h\n    def h():\n        pass\n");
    QVERIFY2(!result.error, result.error ? result.error->format().c_str() : "");
    const Code& module = *result.code;
    QCOMPARE(module.flags & kModule, uint32_t(kModule));
    for (const char* qualname :
         {"f", "f.<locals>.g", "f.<locals>.<lambda>", "f.<locals>.<listcomp>", "f.<locals>.<genexpr>",
          "f.<locals>.<setcomp>", "f.<locals>.<dictcomp>", "C", "C.m", "C.co", "C.ag", "gen", "h"})
        QVERIFY2(find_code(module, qualname), qualname);
    const Code& f = *find_code(module, "f");
    QCOMPARE(f.arg_count, 2);
    QCOMPARE(f.posonly_arg_count, 1);
    QCOMPARE(f.kwonly_arg_count, 1);
    QCOMPARE(f.varnames[0], std::string("a"));
    QCOMPARE(f.varnames[2], std::string("c"));
    QCOMPARE(f.varnames[3], std::string("args"));
    QCOMPARE(f.varnames[4], std::string("kw"));
    QCOMPARE(f.flags & (kVarArgs | kVarKeywords), uint32_t(kVarArgs | kVarKeywords));
    QCOMPARE(f.cellvars, std::vector<std::string>{"a"});
    QCOMPARE(f.cell_from_arg, std::vector<int>{0});
    QCOMPARE(find_code(module, "f.<locals>.g")->freevars, std::vector<std::string>{"a"});
    QVERIFY(find_code(module, "f.<locals>.g")->flags & kNested);
    QVERIFY(!(f.flags & kNested));
    QCOMPARE(find_code(module, "f.<locals>.<lambda>")->name, std::string("<lambda>"));
    QVERIFY(find_code(module, "f.<locals>.<genexpr>")->flags & kGenerator);
    QCOMPARE(find_code(module, "f.<locals>.<listcomp>")->varnames[0], std::string(".0"));
    QCOMPARE(find_code(module, "f.<locals>.<listcomp>")->arg_count, 1);
    QVERIFY(find_code(module, "C")->flags & kClassBody);
    QVERIFY(find_code(module, "C.co")->flags & kCoroutine);
    QVERIFY(find_code(module, "C.ag")->flags & kAsyncGenerator);
    QVERIFY(find_code(module, "gen")->flags & kGenerator);
    QCOMPARE(find_code(module, "C.m")->flags & (kGenerator | kCoroutine | kAsyncGenerator), 0u);
    QCOMPARE(find_code(module, "C.m")->first_line, 7);
}

void TestCompiler::positions() {
    CompileResult result = compile_source("x = (\n    f(\n        1))\n@d\ndef g():\n    pass\n");
    QVERIFY(result.code);
    const Code& module = *result.code;
    bool found_call = false;
    for (size_t i = 0; i < module.instructions.size(); ++i) {
        if (module.instructions[i].op == Op::CALL && module.instructions[i].arg == 1 && !found_call) {
            QCOMPARE(module.lines[i], 2);  // the call, not its argument
            QCOMPARE(module.columns[i], 5);
            found_call = true;
        }
        if (module.instructions[i].op == Op::LOAD_CONST &&
            module.constants[module.instructions[i].arg].kind == Constant::Kind::Int) {
            QCOMPARE(module.lines[i], 3);
            QCOMPARE(module.columns[i], 9);
        }
    }
    QVERIFY(found_call);
    QCOMPARE(find_code(module, "g")->first_line, 5);
}

void TestCompiler::disassembly() {
    CompileResult result = compile_source("def f(x):\n    return x + 1\n");
    QVERIFY(result.code);
    QString text = QString::fromStdString(disassemble(*result.code));
    QVERIFY2(text.contains("Disassembly of <module>"), qPrintable(text));
    QVERIFY2(text.contains("Disassembly of f"), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(R"(LOAD_CONST\s+\d+ \(<code f>\))")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(R"(2\s+\d+ LOAD_FAST\s+0 \(x\))")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(R"(BINARY_OP\s+0 \(\+\))")), qPrintable(text));
}

// Notebook mode: CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT lifts exactly the module-level errors.
void TestCompiler::topLevelAwait() {
    const struct {
        const char* source;
        const char* message;
        int line;
    } cases[] = {
        {"x = 1\nawait f()\n", "'await' outside function", 2},
        {"async for a in b:\n    pass\n", "'async for' outside async function", 1},
        {"async with a:\n    pass\n", "'async with' outside async function", 1},
        {"y = [a async for a in b]\n", "asynchronous comprehension outside of an asynchronous function", 1},
    };
    for (const auto& c : cases) {
        CompileResult plain = compile_source(c.source);
        QVERIFY2(plain.error, c.source);
        QCOMPARE(QString::fromStdString(plain.error->message), QString(c.message));
        QVERIFY(plain.top_level_await);
        CompileResult notebook = compile_notebook(c.source);
        QVERIFY2(notebook.code, notebook.error ? notebook.error->message.c_str() : c.source);
        QVERIFY(notebook.code->flags & kCoroutine);
        QVERIFY(notebook.code->flags & kModule);
        QCOMPARE(notebook.top_level_await->line, c.line);
        QCOMPARE(QString::fromStdString(notebook.top_level_await->message), QString(c.message));
    }
    // Still refused with the flag, as in CPython: a class body, a plain function, a lambda.
    for (const char* source : {"class C:\n    await x\n", "def f():\n    await x\n", "g = lambda: await x\n"}) {
        CompileResult r = compile_notebook(source);
        QVERIFY2(r.error, source);
        QVERIFY2(r.error->message.find("outside") != std::string::npos, r.error->message.c_str());
    }
    // A module without top-level await compiles the same either way: not a coroutine.
    CompileResult script = compile_notebook("async def f():\n    await g()\nx = [1]\n");
    QVERIFY(script.code);
    QVERIFY(!(script.code->flags & kCoroutine));
    QVERIFY(!script.top_level_await);
}

QTEST_APPLESS_MAIN(TestCompiler)
#include "test_compiler.moc"
