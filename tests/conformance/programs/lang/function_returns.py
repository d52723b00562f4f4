def nothing():
    pass


def early(x):
    if x < 0:
        return
    return x * 2


def stats(values):
    return min(values), max(values), sum(values) / len(values)


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


print(nothing(), early(-1), early(4))
low, high, mean = stats([4, 8, 15, 16, 23, 42])
print(low, high, mean)
result = stats([1, 2])
print(result, type(result).__name__)
print([classify(n) for n in [-5, 0, 3, 99]])


def describe(x):
    """Docstrings are fine."""
    return f"{x!r} is {type(x).__name__}"


print(describe(1), describe("1"), describe([1]))
print(describe.__doc__)


def swap(pair):
    a, b = pair
    return b, a


print(swap((1, 2)), swap("xy"))


def find_first_negative(values):
    for index, v in enumerate(values):
        if v < 0:
            return index, v
    return None


print(find_first_negative([3, 1, -4, -1]), find_first_negative([1]))
