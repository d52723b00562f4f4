# A bare `raise` re-raises the matched part back into the original group's structure.
def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, repr(e))


def bare_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        print("matched:", repr(e))
        raise


def bare_and_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("x")


def bare_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise


def bare_two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


show("partial:", bare_partial)
show("bare and new:", bare_and_new)
show("all:", bare_all)
show("two clauses:", bare_two_clauses)

# The re-raised group is a new object with the same members.
original = ExceptionGroup("orig", [ValueError("a"), TypeError("b")])
try:
    try:
        raise original
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print(eg is original, eg.exceptions[0] is original.exceptions[0], repr(eg))
