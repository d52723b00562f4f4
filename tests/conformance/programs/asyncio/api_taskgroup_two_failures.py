import asyncio


async def job(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise
    if exc is not None:
        print(f"{name} raises at {asyncio.get_running_loop().time()}")
        raise exc
    print(f"{name} ok at {asyncio.get_running_loop().time()}")
    return name


async def main():
    # two tasks fail in the same loop iteration: both errors are collected
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1, ValueError("a is bad")))
            tg.create_task(job("b", 1, TypeError("b is worse")))
            tg.create_task(job("c", 0.5))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "-", eg.message, "-", len(eg.exceptions), "sub-exceptions")
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
    # except* splits the group by type
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("d", 1, KeyError("d")))
            tg.create_task(job("e", 1, ValueError("e")))
            tg.create_task(job("f", 1, ValueError("f")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
