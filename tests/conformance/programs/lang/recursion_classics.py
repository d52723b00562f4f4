def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


memo = {}


def fib_memo(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out


print([factorial(n) for n in range(11)])
print(factorial(20))
print([fib(n) for n in range(15)])
print(fib_memo(90))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(flatten([1, [2, [3, [4, [5]]]], 6]))
print(permutations([1, 2, 3]))
print(len(permutations(list("abcd"))))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
