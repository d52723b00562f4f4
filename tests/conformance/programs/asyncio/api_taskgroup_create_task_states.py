import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tg = asyncio.TaskGroup()
    coro = job("early", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("before entering:", e)
    coro.close()
    try:
        async with tg:
            tg.create_task(job("bad", 0.5, fail=True))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled at", asyncio.get_running_loop().time())
                late = job("late", 0)
                try:
                    tg.create_task(late)
                except RuntimeError as e:
                    print("after a failure:", e)
                late.close()
                raise
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    coro = job("after", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("after exit:", e)
    coro.close()


asyncio.run(main())
