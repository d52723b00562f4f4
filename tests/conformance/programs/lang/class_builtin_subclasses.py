# Subclassing built-in containers the way tutorials do: a dict with defaults, a list that
# validates, a tuple point with properties, a str with helpers.


class Defaults(dict):
    def __missing__(self, key):
        return f"<no {key}>"


class Temperatures(list):
    def append(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        super().append(value)

    def average(self):
        return sum(self) / len(self)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


class Tag(str):
    def wrapped(self):
        return f"<{self}>"


settings = Defaults(theme="dark")
print(settings["theme"], settings["font"], len(settings), settings)
print(isinstance(settings, dict), type(settings).__name__, "font" in settings)
settings.source = "user"
print(settings.source, settings.__dict__)

temps = Temperatures([20.5, 22])
temps.append(19)
try:
    temps.append("hot")
except TypeError as e:
    print("TypeError:", e)
print(temps, len(temps), temps.average(), temps[1:], sorted(temps))

p = Point(3, 4)
x, y = p
print(p, p.x, p.y, x + y, p == (3, 4), p[0], len(p), isinstance(p, tuple))
print({p: "here"}[(3, 4)], hash(p) == hash((3, 4)), str(p), list(p))

t = Tag("div")
print(t, t.wrapped(), t.upper(), t + "!", repr(t), f"[{t:>6}]", t == "div")
