# add_note and __notes__, and how notes travel through split and except*.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

other = KeyError("k")
other.__notes__ = "not a list"
try:
    other.add_note("x")
except TypeError as err:
    print("TypeError:", err)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("group note")
match, rest = eg.split(ValueError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("only on the match")
print(eg.__notes__, match.__notes__)

# A tuple of notes is copied as a list.
eg.__notes__ = ("a", "b")
print(eg.subgroup(TypeError).__notes__)

# Notes added in a handler; the re-raised group keeps the original's notes.
try:
    try:
        g = ExceptionGroup("noted", [ValueError(1), OSError(2)])
        g.add_note("from the start")
        raise g
    except* ValueError as m:
        m.add_note("handled here")
        print("in handler:", m.__notes__)
        raise
except ExceptionGroup as out:
    print(repr(out), out.__notes__)

# Notes on members are the members' own.
leaf = IndexError(0)
leaf.add_note("leaf note")
try:
    raise ExceptionGroup("leafy", [leaf])
except* IndexError as m:
    print(m.exceptions[0].__notes__)

# An uncaught exception with notes still ends with its `Type: message` line.
final = RuntimeError("the end")
final.add_note("a note")
raise final
