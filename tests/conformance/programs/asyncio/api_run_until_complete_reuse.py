import asyncio
import time


async def tick(label, delay):
    await asyncio.sleep(delay)
    print(f"{label} at {asyncio.get_running_loop().time()} ({time.strftime('%X')})")
    return label


loop = asyncio.new_event_loop()
print("fresh loop time:", loop.time(), "running?", loop.is_running())
background = loop.create_task(tick("background", 5))
print(loop.run_until_complete(tick("first", 1)))
print("between runs: background done?", background.done(), "loop time", loop.time())
print(loop.run_until_complete(asyncio.wait_for(tick("second", 2), 3)))
print(loop.run_until_complete(background), background.done())
fut = loop.create_future()
loop.call_later(1, fut.set_result, "set by a timer")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
late = tick("too late", 0)
try:
    loop.run_until_complete(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()
print("asyncio.run afterwards:", asyncio.run(tick("run", 0.5)))
