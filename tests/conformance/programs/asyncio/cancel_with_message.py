import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker sees message:", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel('shop closing') returns", t.cancel("shop closing"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args)
    print("cancelled:", t.cancelled())
    print("cancel of a done task:", t.cancel("again"))
    done = asyncio.create_task(asyncio.sleep(0.5, result="ok"))
    await done
    print("cancel of a finished task:", done.cancel(), done.result())
    quiet = asyncio.create_task(worker())
    await asyncio.sleep(0)
    quiet.cancel()
    await asyncio.gather(quiet, return_exceptions=True)
    print("no message: cancelled =", quiet.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future message")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future result() raises with", e.args)


asyncio.run(main())
