import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"cancelled {what} at {time.strftime('%X')}")
        raise
    print(f"done {what} at {time.strftime('%X')}")


async def main():
    # Mistake 1: calling a coroutine function runs nothing yet
    coro = worker(1, "order milk")
    print(f"worker(...) gave a {type(coro).__name__}")
    coro.close()  # without this, Python warns: never awaited
    # await worker(1, "order milk")

    # Mistake 2: a task nobody awaits
    task = asyncio.create_task(worker(2, "order bread"))
    await asyncio.sleep(0.5)
    # await task
    print(f"main returns at {time.strftime('%X')}, task done: {task.done()}")


asyncio.run(main())
