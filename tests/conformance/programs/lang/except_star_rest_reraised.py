# What no clause matches is re-raised at the end, in the original group's shape.
def risky():
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), KeyError("missing"), OSError("io")])
    except* ValueError as e:
        print("handled", repr(e))


try:
    risky()
except ExceptionGroup as rest:
    print("rest:", repr(rest), str(rest))
    print("rest type:", type(rest).__name__, "message:", rest.message)

# Everything matched: nothing is raised.
def all_handled():
    try:
        raise ExceptionGroup("jobs", [ValueError(1), ValueError(2)])
    except* ValueError:
        pass
    return "done"


print(all_handled())

# A plain except outside sees the rest as an ordinary exception.
try:
    try:
        raise ExceptionGroup("x", [TypeError("t"), ZeroDivisionError("z")])
    except* ZeroDivisionError:
        print("zero handled")
except Exception as e:
    print("outer except:", type(e).__name__, e)

# An uncaught rest ends the program with its `Type: message` line.
try:
    raise ExceptionGroup("final", [RuntimeError("boom"), ValueError("fine")])
except* ValueError:
    print("value handled, runtime error escapes")
