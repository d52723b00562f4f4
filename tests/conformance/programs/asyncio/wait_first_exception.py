import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def bad(delay):
    await asyncio.sleep(delay)
    raise RuntimeError(f"bad after {delay}")


async def main():
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad(2)), asyncio.create_task(ok(5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print(t.get_name(), "exception:", t.exception())
        else:
            print(t.get_name(), "still running; cancelling")
            t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
