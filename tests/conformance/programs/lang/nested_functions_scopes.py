x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def inner_local():
        x = "local"
        return x

    return inner(), inner_local(), x


print(outer(), x)


def make_ops():
    def add(a, b):
        return a + b

    def sub(a, b):
        return a - b

    return {"add": add, "sub": sub}


ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__name__)


def counter_pair():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter_pair()
inc()
inc()
print(get())


def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)


print(recursive_inner(6))
print([f() for f in [lambda: i for i in range(3)]])
