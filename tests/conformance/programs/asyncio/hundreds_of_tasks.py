import asyncio


async def worker(i, results):
    await asyncio.sleep((i % 7) * 0.5)
    results.append(i)
    await asyncio.sleep(0)
    return i * i


async def main():
    results = []
    tasks = [asyncio.create_task(worker(i, results)) for i in range(300)]
    squares = await asyncio.gather(*tasks)
    print(len(results), results[:10], results[-5:])
    print(sum(squares), asyncio.get_running_loop().time())
    print(tasks[0].get_name(), tasks[-1].get_name())
    counter = 0

    async def bump():
        nonlocal counter
        for _ in range(3):
            counter += 1
            await asyncio.sleep(0.1)

    async with asyncio.TaskGroup() as tg:
        for _ in range(200):
            tg.create_task(bump())
    print(counter, round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
