class Foo:
    def __init__(self):
        self.a = 1


obj = Foo()
try:
    print(obj.x)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(obj, "a"), getattr(obj, "x", "default"), hasattr(obj, "a"), hasattr(obj, "x"))
setattr(obj, "x", 42)
print(obj.x, getattr(obj, "x"))
for name in ["alpha", "beta"]:
    setattr(obj, name, name.upper())
print(obj.alpha, obj.beta)
print(hasattr(obj, "alpha"), hasattr(Foo, "alpha"))
try:
    getattr(obj, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Foo.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".push("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.value
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].add(1)
except AttributeError as e:
    print("AttributeError:", e)
