# Managing connections with asynccontextmanager, suppress, nullcontext and AsyncExitStack, the way
# asyncio tutorials about resources write it.
import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress, nullcontext, AsyncExitStack
import time


@asynccontextmanager
async def connect(name, delay=0.2):
    print(f"opening {name}")
    await asyncio.sleep(delay)
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.1)
        print(f"closed {name}")


@contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label} took {time.perf_counter() - start:.2f}s")


async def query(conn, sql):
    await asyncio.sleep(0.3)
    if "DROP" in sql:
        raise PermissionError(f"{conn}: refused {sql!r}")
    return f"{conn} -> {sql}"


async def main():
    with timed("one connection"):
        async with connect("db") as conn:
            print(await query(conn, "SELECT 1"))

    try:
        async with connect("admin") as conn:
            await query(conn, "DROP TABLE users")
    except PermissionError as e:
        print("caught:", e)

    with suppress(asyncio.TimeoutError):
        async with connect("slow", delay=0.1) as conn:
            await asyncio.wait_for(query(conn, "SELECT sleep"), timeout=0.1)
    print("timeout suppressed")

    lock = None
    async with (lock if lock else nullcontext("no lock")) as held:
        print("held:", held)

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connect(f"shard{i}", 0.1)) for i in range(3)]
        stack.push_async_callback(asyncio.sleep, 0.05)
        stack.callback(print, "stack unwinding")
        results = await asyncio.gather(*(query(c, "SELECT 2") for c in conns))
        print(results)


asyncio.run(main())
