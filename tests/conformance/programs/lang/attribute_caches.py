# Attribute and method lookups that change under a running loop: the same call site must see
# every change (methods replaced on the class, shadowed by the instance, properties added later,
# __setattr__ defined on a subclass, classes made in a loop at the same site, built-in methods).


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return "step"


def run(obj, times=2):
    seen = []
    for _ in range(times):
        seen.append(obj.step())
    return seen


c = Counter()
print(run(c), c.n)

Counter.step = lambda self: "patched"
print(run(c))

c.step = lambda: "instance"
print(run(c))
del c.step
print(run(c))


def get_n(obj):
    return obj.n


print(get_n(c))
Counter.n = property(lambda self: "property")
print(get_n(c))
del Counter.n
print(get_n(c))


class Logged(Counter):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


def assign(obj, v):
    obj.n = v


plain = Counter()
assign(plain, 5)
logged = Logged()
assign(logged, 6)
assign(plain, 7)
print(plain.n, logged.n)

for i in range(3):
    class Local:
        def who(self, i=i):
            return f"local {i}"
    print(Local().who())

for thing in ([1, 2], "ab2", {"k": 1}, (3, 2, 2)):
    print(len(thing), thing.count("2" if isinstance(thing, str) else 2) if hasattr(thing, "count") else thing.get("k"))

words = []
for w in "a b c".split():
    words.append(w.upper())
print(words, "-".join(words), words.index("B"))


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()


kid = Child()
print(kid.hello(), Base.hello(kid))
Base.hello = lambda self: "base2"
print(kid.hello())
try:
    kid.missing()
except AttributeError as e:
    print("AttributeError:", e)
