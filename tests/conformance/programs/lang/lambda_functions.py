square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "called")())
print(list(map(lambda x: x * 3, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for symbol in ops:
    print(8, symbol, 3, "=", ops[symbol](8, 3))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
print(type(square).__name__, square.__name__)
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(square, 3))
