# The first thing a notebook shows: await asyncio.sleep at the top level.
import asyncio
import time

print("Hello", time.strftime("%X"))
await asyncio.sleep(1)
print("World", time.strftime("%X"))
loop = asyncio.get_running_loop()
print("loop time:", loop.time())
print("running in:", asyncio.current_task().get_name())
