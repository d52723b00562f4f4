# args: --no-notebook
# expect-exit: 2 line: 10
# With --no-notebook the file runs as `python3 prog.py` does, which refuses top-level await.
import asyncio

async def hello():
    await asyncio.sleep(1)
    print("hello")

await hello()
