def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value, stop.args)


def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    return "outer done"


gen = outer()
print(next(gen))
print(gen.send("hello"))
print(list(gen))


def echo():
    while True:
        got = yield
        print("echo", got)


e = echo()
next(e)
e.send("a")
e.send("b")
try:
    avg2 = averager()
    avg2.send(5)
except TypeError as err:
    print("TypeError:", err)


def gen_return():
    yield 1
    return 99


g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("value", stop.value)
