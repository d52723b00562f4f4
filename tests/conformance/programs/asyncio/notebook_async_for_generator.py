# async for over an async generator, directly in the notebook cell.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

total = 0
async for tick in ticker(4, 0.5):
    total += tick
    print(f"tick {tick} at t={asyncio.get_running_loop().time()}")
print("total", total)

squares = [i * i async for i in ticker(3, 1)]
print(squares)
