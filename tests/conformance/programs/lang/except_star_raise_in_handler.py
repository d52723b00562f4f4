# Exceptions raised in handlers are combined with the unhandled rest.
def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, repr(e))


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def raise_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(5)
    except* TypeError:
        raise KeyError(6)


def raise_new_all_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only this")


def raise_e():
    # `raise e` is a new raise (it gets a new traceback entry), not a re-raise.
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_group_from_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new", [IndexError(0)])


show("new + rest:", raise_new)
show("two handlers:", raise_two)
show("only the new one:", raise_new_all_matched)
show("raise e:", raise_e)
show("group from handler:", raise_group_from_handler)

# The context of an exception raised in a handler is the matched part.
try:
    try:
        raise ExceptionGroup("ctx", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("r")
except RuntimeError as err:
    print("context:", repr(err.__context__))

# raise ... from ... inside a handler keeps its cause.
try:
    try:
        raise ExceptionGroup("cause", [ValueError("v"), OSError("o")])
    except* ValueError as e:
        raise LookupError("wrapped") from e
except ExceptionGroup as eg:
    print(repr(eg))
    print("cause:", repr(eg.exceptions[0].__cause__))
