def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


calls = []


def logged(func):
    def wrapper(*args):
        calls.append(func.__name__)
        return func(*args)
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


@repeat(3)
def ping(n):
    return n * 2


@logged
@shout
def farewell(name):
    return "bye " + name


print(greet("ada"))
print(ping(4))
print(farewell("bob"), calls)


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))
functions = [len, str.upper, lambda s: s[::-1]]
print([f("abc") for f in functions])
