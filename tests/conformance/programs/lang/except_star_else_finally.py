# else and finally work with except* as with a plain try.
def attempt(fail):
    events = []
    try:
        events.append("body")
        if fail == "group":
            raise ExceptionGroup("g", [ValueError("v")])
        if fail == "naked":
            raise ValueError("n")
        if fail == "other":
            raise ExceptionGroup("g", [TypeError("t")])
    except* ValueError as e:
        events.append("handler " + repr(e))
    else:
        events.append("else")
    finally:
        events.append("finally")
        print(events)
    return "returned"


print(attempt(None))
print(attempt("group"))
print(attempt("naked"))
try:
    attempt("other")
except ExceptionGroup as eg:
    print("escaped:", repr(eg))

# finally runs when a handler raises.
def handler_raises():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
    finally:
        print("finally after raising handler")


try:
    handler_raises()
except KeyError as err:
    print("KeyError", err)

# return in the try body and in finally are allowed.
def returns_from_body():
    try:
        return "from body"
    except* ValueError:
        pass
    finally:
        print("cleanup")


print(returns_from_body())

# break/continue in loops nested inside the handler are allowed.
def loop_in_handler():
    found = []
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(5)])
    except* ValueError as e:
        for sub in e.exceptions:
            if sub.args[0] == 1:
                continue
            if sub.args[0] == 3:
                break
            found.append(sub.args[0])
    return found


print(loop_in_handler())

# A loop around try/except* may break out of the body.
for i in range(3):
    try:
        if i == 1:
            break
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as e:
        print("iteration", i, repr(e))
print("stopped at", i)
