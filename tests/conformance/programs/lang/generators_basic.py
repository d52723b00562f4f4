def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")


gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
print(next(gen, "done"))
print(list(countdown(2)))
for value in countdown(2):
    print("value", value)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(15)])


def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n


print(sum(evens(10)), list(evens(7)), max(evens(9)))


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print(list(take(5, fibonacci())))
print(list(zip(countdown(3), "abc")))
