# A naked exception is matched as if it were ExceptionGroup("", [exc]).
try:
    raise ValueError("plain")
except* ValueError as e:
    print(repr(e), type(e).__name__, type(e.exceptions).__name__)
    print(repr(e.exceptions[0]), e.message == "")

# BaseException members give a BaseExceptionGroup.
try:
    raise KeyboardInterrupt("stop")
except* KeyboardInterrupt as e:
    print(repr(e), type(e).__name__)

# Nothing matches: the naked exception propagates unchanged, not wrapped.
original = KeyError("missing")
try:
    try:
        raise original
    except* TypeError:
        print("not reached")
except KeyError as err:
    print("caught", repr(err), err is original)

# The handler raises: that exception replaces the naked one, unwrapped.
try:
    try:
        raise ValueError("first")
    except* ValueError:
        raise RuntimeError("second")
except RuntimeError as err:
    print("replaced by", repr(err), "context:", repr(err.__context__))

# Bare raise re-raises the wrapping group.
try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("bare raise gives", repr(eg))

# Handled without raising: execution continues after the statement.
def quiet():
    try:
        raise IndexError(1)
    except* IndexError:
        print("handled")
    return "after"


print(quiet())
