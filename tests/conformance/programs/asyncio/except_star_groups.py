def raise_group():
    raise ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), ValueError("worse")])


try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* TypeError:
        print("handled only the TypeError")
except ExceptionGroup as rest:
    print("left over:", rest.message, [repr(e) for e in rest.exceptions])
eg = ExceptionGroup("group", [KeyError("k"), IndexError(0)])
print(eg.message, len(eg.exceptions), str(eg))
print(isinstance(eg, Exception), type(eg).__name__)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught whole group", caught is eg)
