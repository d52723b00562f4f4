# Nested groups keep their shape when split.
inner = ExceptionGroup("inner", [ValueError("iv"), TypeError("it")])
outer = ExceptionGroup("outer", [ValueError("ov"), inner, ExceptionGroup("deep", [ExceptionGroup("deeper", [TypeError("dt")])])])

try:
    raise outer
except* ValueError as e:
    print("values:", repr(e))
    print("  nested message:", e.exceptions[1].message)
except* TypeError as e:
    print("types:", repr(e))

# The parts are new groups, but the leaves are the original objects.
try:
    raise outer
except* TypeError as e:
    print(e is outer, e.exceptions[0] is inner, e.exceptions[0].exceptions[0] is inner.exceptions[1])
except* ValueError:
    pass


def walk(exc, depth=0):
    pad = "  " * depth
    if isinstance(exc, BaseExceptionGroup):
        print(f"{pad}{type(exc).__name__}: {exc}")
        for sub in exc.exceptions:
            walk(sub, depth + 1)
    else:
        print(f"{pad}{exc!r}")


# Unhandled parts propagate with the nesting intact.
try:
    try:
        raise outer
    except* ValueError:
        print("values handled")
except ExceptionGroup as rest:
    walk(rest)
