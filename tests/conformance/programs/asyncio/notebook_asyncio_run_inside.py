# asyncio.run() inside notebook code: the cell already runs in an event loop.
import asyncio

async def main():
    await asyncio.sleep(1)
    print("main ran")

await asyncio.sleep(1)
print("calling asyncio.run from the cell")
asyncio.run(main())
print("never printed")
