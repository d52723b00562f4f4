import asyncio
import time


def blocking_task(seconds):
    print(f"Begin blocking sleep for {seconds}")
    time.sleep(seconds)
    print(f"Awake from {seconds}")


async def long_running_task(seconds):
    print(f"Begin sleep for {seconds}")
    await asyncio.sleep(seconds)
    print(f"Awake from {seconds}")


async def mixed_task(seconds):
    print(f"Begin mixed sleep for {seconds}")
    time.sleep(seconds / 2)
    await asyncio.sleep(seconds / 2)
    print(f"Awake from mixed {seconds}")


async def main():
    await asyncio.gather(*(long_running_task(s) for s in (2, 10, 5)))
    print(f"async part ends at {time.perf_counter():0.2f}")
    await asyncio.gather(*(mixed_task(s) for s in (2, 10, 5)))
    print(f"mixed part ends at {time.perf_counter():0.2f}")


if __name__ == "__main__":
    s = time.perf_counter()
    for seconds in (2, 10, 5):
        blocking_task(seconds)
    print(f"Blocking execution time: {time.perf_counter() - s:0.2f} seconds.")
    s = time.perf_counter()
    asyncio.run(main())
    print(f"Async execution time: {time.perf_counter() - s:0.2f} seconds.")
