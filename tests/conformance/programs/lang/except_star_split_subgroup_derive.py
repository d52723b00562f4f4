# split, subgroup and derive with types, tuples and predicates.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])

print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.split(OSError))
print(eg.split(Exception)[0] is eg)
print(eg.subgroup(ValueError))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: False))
print(eg.subgroup(lambda e: True) is eg)

# The predicate sees the groups themselves as well as the leaves.
seen = []


def record(e):
    seen.append(type(e).__name__)
    return False


eg.split(record)
print(seen)

# Whole nested groups can be selected by a predicate.
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

match, rest = eg.split(ValueError)
print(match.message, rest.message, match is eg, match.exceptions[0] is eg.exceptions[0])

# derive keeps the message and makes a plain group; split uses it.
print(repr(eg.derive([OSError("o")])), repr(eg.derive((KeyError(),))))
print(repr(eg.derive([KeyboardInterrupt()])))


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "*", excs)


class Plain(ExceptionGroup):
    pass


t = Tagged("t", [ValueError(1), TypeError(2)])
print(t.split(ValueError))
print(Plain("p", [ValueError(1), TypeError(2)]).split(ValueError))
try:
    raise t
except* TypeError as e:
    print("handler got", repr(e))
except* ValueError as e:
    print("handler got", repr(e))

# Bad conditions.
for bad in [5, (ValueError, 5), "x"]:
    try:
        eg.split(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    eg.subgroup()
except TypeError as err:
    print("TypeError:", err)

# Split parts carry the cause and context of the original.
cause = RuntimeError("cause")
try:
    raise ExceptionGroup("with cause", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__cause__ is cause, r.__cause__ is cause, m.__suppress_context__, caught.__suppress_context__)
