a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == b)
c = a + [5]
print(a, c, a is c)
print([0] * 4, [1, 2] * 2, [] * 5)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [1, 2] == [1, 2])
print(3 in a, 9 in a, [1, 2] in [[1, 2], [3]])
print(min(a), max(a), sum(a), len(a))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested)
x = [1, 2]
x += (3, 4)
print(x)
x *= 2
print(x)
y = x
y += [0]
print(x is y, x)
y = y + [1]
print(x is y, len(x), len(y))
