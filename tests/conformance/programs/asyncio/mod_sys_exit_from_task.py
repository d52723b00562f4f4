# compare: stderr
# sys.exit() inside a task: SystemExit is not kept in the task like other exceptions; it leaves
# the loop and asyncio.run at once, and the process ends with its status. The supervisor's
# `finally` blocks still run on the way out.
import asyncio
import sys


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(1)
            print("beat at", asyncio.get_running_loop().time())
    finally:
        print("heartbeat stopped")


async def watchdog(limit):
    await asyncio.sleep(limit)
    print(f"watchdog: no progress after {limit}s, exiting", file=sys.stderr)
    sys.exit(3)


async def main():
    beat = asyncio.create_task(heartbeat())
    dog = asyncio.create_task(watchdog(3.5))
    try:
        await asyncio.gather(beat, dog)
    except SystemExit:
        print("main saw SystemExit")
        raise
    finally:
        print("main cleaning up")


try:
    asyncio.run(main())
finally:
    print("after asyncio.run")
