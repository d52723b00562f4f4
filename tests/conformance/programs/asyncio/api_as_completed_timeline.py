# compare: output-only
import asyncio


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("a", 1.5), ("b", 0.5), ("c", 1), ("d", 0.5)]]
    order = []
    for fut in asyncio.as_completed(tasks):
        name = await fut
        order.append(name)
        print(f"got {name} at {loop.time()}")
    print("completion order:", order)
    for fut in asyncio.as_completed([fetch("ok", 1), fetch("bad", 0.5, fail=True)]):
        try:
            print("result", await fut, "at", loop.time())
        except ConnectionError as e:
            print("error", e, "at", loop.time())
    print("empty:", [f for f in asyncio.as_completed([])])


asyncio.run(main())
