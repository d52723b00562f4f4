# except* matches the members of a group by type, or by a tuple of types.
def describe(eg):
    return f"{type(eg).__name__}({eg.message!r}, {[repr(x) for x in eg.exceptions]})"


try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as e:
    print("values:", describe(e))
    print("str:", str(e))
except* TypeError as e:
    print("types:", describe(e))

try:
    raise ExceptionGroup("mixed", [KeyError("k"), IndexError(3), ZeroDivisionError("z")])
except* (KeyError, IndexError) as e:
    print("lookup:", repr(e))
except* ArithmeticError as e:
    print("arith:", repr(e), len(e.exceptions))

# A clause that matches nothing is skipped; its name stays unbound.
try:
    raise ExceptionGroup("only", [OSError("disk")])
except* ValueError as never:
    print("not reached")
except* OSError as e:
    print("os:", repr(e))
try:
    print(never)
except NameError as err:
    print("NameError:", err)

# The handler's name is unbound after the clause, as with plain except.
try:
    raise ExceptionGroup("g", [RuntimeError("r")])
except* RuntimeError as gone:
    pass
try:
    gone
except NameError as err:
    print("NameError:", err)

# Subclasses match too, and each member goes to the first clause that takes it.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


try:
    raise ExceptionGroup("app", [DbError("db"), AppError("app"), Exception("plain")])
except* DbError as e:
    print("db:", repr(e))
except* AppError as e:
    print("app:", repr(e))
except* Exception as e:
    print("rest:", repr(e))
