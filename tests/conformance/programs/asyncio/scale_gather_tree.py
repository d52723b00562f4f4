import asyncio

visits = []


async def node(path, depth):
    await asyncio.sleep(0.1 * (len(path) % 3))
    visits.append(path)
    if depth == 0:
        return 1
    counts = await asyncio.gather(*(node(path + str(i), depth - 1) for i in range(3)))
    return 1 + sum(counts)


async def main():
    loop = asyncio.get_running_loop()
    total = await node("r", 5)
    print("nodes in the tree:", total, "visited:", len(visits))
    print("first visits:", visits[:6])
    print("last visits:", visits[-4:])
    print("finished at", round(loop.time(), 6))
    print("tasks still around:", len(asyncio.all_tasks()))


asyncio.run(main())
