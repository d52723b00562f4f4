import asyncio
import time


def long_running_task(time_to_sleep):
    print(f"Begin sleep for {time_to_sleep}")
    time.sleep(time_to_sleep)  # blocks everything
    print(f"Awake from {time_to_sleep}")


async def long_running_coro(time_to_sleep):
    print(f"Begin sleep for {time_to_sleep}")
    await asyncio.sleep(time_to_sleep)  # lets the others run
    print(f"Awake from {time_to_sleep}")


async def main():
    task1 = asyncio.create_task(long_running_coro(2))
    task2 = asyncio.create_task(long_running_coro(10))
    task3 = asyncio.create_task(long_running_coro(5))
    await asyncio.gather(task1, task2, task3)


if __name__ == "__main__":
    print("--- one after another (time.sleep) ---")
    s = time.perf_counter()
    long_running_task(2)
    long_running_task(10)
    long_running_task(5)
    print(f"Execution time: {time.perf_counter() - s:0.2f} seconds.")

    print("--- as tasks on the event loop (asyncio.gather) ---")
    s = time.perf_counter()
    asyncio.run(main())
    print(f"Execution time: {time.perf_counter() - s:0.2f} seconds.")
