def zeros(rows, cols):
    return [[0] * cols for _ in range(rows)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def transpose(m):
    return [list(row) for row in zip(*m)]


def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total


def power(m, k):
    result = identity(len(m))
    for _ in range(k):
        result = multiply(result, m)
    return result


def show(name, m):
    print(name)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("transpose(a)", transpose(a))
show("a x b", multiply(a, b))
show("b x a", multiply(b, a))
show("a + a", add(a, a))
sq = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print("det(sq) =", determinant(sq), "det(I4) =", determinant(identity(4)))
show("sq^3", power(sq, 3))
fib = [[1, 1], [1, 0]]
print("fib(50) via matrix:", power(fib, 50)[0][1])
floats = [[0.5, 1.5], [2.25, -1.0]]
show("floats squared", multiply(floats, floats))
try:
    multiply(a, a)
except ValueError as e:
    print("ValueError:", e)
print("trace:", sum(sq[i][i] for i in range(3)), "max:", max(max(r) for r in multiply(b, a)))
