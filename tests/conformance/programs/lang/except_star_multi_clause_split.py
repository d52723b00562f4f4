# Several clauses split one group: each sees only what earlier clauses left.
def run(group):
    try:
        raise group
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, ValueError) as e:
        print("  TypeError part:", repr(e))
    except* Exception as e:
        print("  the rest:", repr(e))


print("all three kinds")
run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("only values")
run(ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
print("no values")
run(ExceptionGroup("eg", [KeyError("a"), TypeError("b")]))

# The same exception object is shared between the original and the split parts.
shared = ValueError("shared")
try:
    raise ExceptionGroup("id", [shared, TypeError("t")])
except* ValueError as e:
    print("same object:", e.exceptions[0] is shared)
except* TypeError:
    pass

# Every matching clause runs, in order.
order = []
try:
    raise ExceptionGroup("order", [OSError("o"), ValueError("v"), TypeError("t")])
except* TypeError:
    order.append("TypeError")
except* OSError:
    order.append("OSError")
except* ValueError:
    order.append("ValueError")
print(order)
