# The printf-style forms a program uses most ("%s", "%d", "%03d", "%5d", "%(key)s"), with the
# values at their edges: bools, negative numbers, floats truncated toward zero, huge ints, str and
# dict subclasses, and a dict subclass whose __missing__ supplies the key.
class Name(str):
    def __str__(self):
        return "Name(" + self + ")"


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"


values = [0, 7, -3, 12345, -12345, 2**70, -(2**70), True, False, 2.9, -2.9, -0.5, 1e15, -1e16]
for v in values:
    print(repr(v), "[%d] [%5d] [%03d] [%i] [%u] [%0d] [%1d]" % (v, v, v, v, v, v, v))
print("[%s] [%s] [%s]" % ("plain", Name("ann"), 42))
print("%(who)s has %(n)03d items (%(n)d)" % {"who": "bob", "n": 7})
print("%(who)s and %(other)s" % Defaults(who="ann"))
msecs = 250.0
print("%s,%03d" % ("1970-01-01 00:00:00", msecs))
for bad in [("%d", "x"), ("%d", None), ("%(k)s", {}), ("%03d", float("nan")), ("%d", float("inf"))]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
