# A notebook cell waiting on an event nobody sets: a deadlock (exit 3).
import asyncio

ready = asyncio.Event()

async def helper():
    await asyncio.sleep(1)
    print("helper done, but forgot ready.set()")

asyncio.create_task(helper())
print("waiting for ready")
await ready.wait()
print("never printed")
