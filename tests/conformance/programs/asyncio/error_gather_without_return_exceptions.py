import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ZeroDivisionError(f"{name} divided by zero")
        print(f"{name} done at {asyncio.get_running_loop().time()}")
    except asyncio.CancelledError:
        print(f"{name} cancelled by asyncio.run at {asyncio.get_running_loop().time()}")
        raise


async def main():
    print("starting three jobs")
    await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 5))
    print("never printed")


asyncio.run(main())
