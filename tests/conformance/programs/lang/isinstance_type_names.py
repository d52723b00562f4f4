values = [1, 2.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2), len, lambda: 0, 3 > 2]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance(1.0, int))
print(isinstance("a", str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float)
print(type(type(1)).__name__, type(int).__name__, int.__name__, str.__name__)
class Shape:
    pass
class Square(Shape):
    pass
sq = Square()
print(type(sq).__name__, isinstance(sq, Shape), type(sq) == Shape, type(sq) is Square)
print(isinstance(ValueError("x"), Exception), type(ValueError("x")).__name__)
print(True + True, True * 10, 5 - False, int(True), str(False), 1 == True, 0.0 == False)
