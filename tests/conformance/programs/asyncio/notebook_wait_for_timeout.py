# wait_for with a timeout at the top level; the timeout surfaces as TimeoutError in the cell.
import asyncio

async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

try:
    await asyncio.wait_for(slow(), timeout=2)
except TimeoutError:
    print("timed out at", asyncio.get_running_loop().time())
value = await asyncio.wait_for(asyncio.sleep(1, result="quick"), timeout=2)
print(value)
