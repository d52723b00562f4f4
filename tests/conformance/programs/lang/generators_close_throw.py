def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")


r = resource()
print(next(r))
r.close()
print("closed")
try:
    next(r)
except StopIteration:
    print("exhausted after close")


def catches_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = catches_exit()
next(c)
c.close()


def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("handled", e)
            yield "recovered"


g = resilient()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "dead"))
for item in resource():
    print("item", item)
print("after loop")


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
