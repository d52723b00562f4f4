# contextmanager as a decorator, closing and aclosing, ExitStack's order and suppression, and the
# errors a misbehaving generator gives.
import asyncio
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


@tag("section")
def body():
    print("  body runs")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"{self.name} closed")


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker cleaned up")


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


async def main():
    body()
    body()
    with tag("p") as t, contextlib.closing(Resource("file")) as r:
        print(" ", t, r.name)
    async with contextlib.aclosing(ticker(10)) as agen:
        async for i in agen:
            if i == 2:
                break
            print("tick", i)
    with contextlib.ExitStack() as stack:
        for n in range(3):
            stack.callback(print, "exit", n)
        stack.enter_context(tag("inner"))
        moved = stack.pop_all()
    print("stack emptied, moved has", len(moved._exit_callbacks))
    moved.close()
    with swallow():
        {}["missing"]
    print("after swallow")
    try:
        with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    with contextlib.suppress(ZeroDivisionError, ValueError):
        int("x")
    print("suppressed ValueError")
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: print("saw", exc[0].__name__) or True)
        raise LookupError("handled by the stack")
    print("done")


asyncio.run(main())
