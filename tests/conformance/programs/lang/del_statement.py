items = ["a", "b", "c", "d", "e"]
del items[1]
print(items)
del items[-1]
print(items)
del items[0:2]
print(items)
stock = {"milk": 1, "eggs": 2, "jam": 3}
del stock["eggs"]
print(stock)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)


class Box:
    def __init__(self):
        self.content = "gift"
        self.label = "box"


b = Box()
del b.content
print(hasattr(b, "content"), b.label)
a, c = 1, 2
del a, c
matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
try:
    del items[10]
except IndexError as e:
    print("IndexError:", e)
