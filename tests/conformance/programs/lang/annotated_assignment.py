count: int = 5
name: str = "loop"
ratio: float
ratio = 0.5
items: list[int] = [1, 2, 3]
mapping: dict[str, int] = {"a": 1}
print(count, name, ratio, items, mapping)


def scale(value: float, factor: float = 2.0) -> float:
    result: float = value * factor
    return result


print(scale(3), scale(1.5, factor=4))


class Point:
    x: int = 0
    y: int = 0

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


p = Point(3, 4)
print(p.x, p.y, Point.x)
wrong: int = "annotations are not enforced"
print(wrong)
