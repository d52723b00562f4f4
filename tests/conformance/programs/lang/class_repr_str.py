class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


p = Point(1, 2.5)
print(p)
print(str(p), repr(p))
print([p, Point("a", None)])
print({"origin": Point(0, 0)})
print(f"{p} {p!r} {p!s}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("{} / {!r}".format(p, p))
print((p,), str((p,)))
