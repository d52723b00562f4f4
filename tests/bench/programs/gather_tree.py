# Deep gather trees: a tree of depth 9 and fan-out 4 (87,381 tasks), leaves sleep.
import asyncio

DEPTH = 8
FANOUT = 4


async def node(depth, index):
    if depth == 0:
        await asyncio.sleep((index % 5) * 0.01)
        return 1
    counts = await asyncio.gather(*[node(depth - 1, index * FANOUT + k) for k in range(FANOUT)])
    return sum(counts) + 1


async def main():
    print("nodes", await node(DEPTH, 0), "t", asyncio.get_running_loop().time())


asyncio.run(main())
