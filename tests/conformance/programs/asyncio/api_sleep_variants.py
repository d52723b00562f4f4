import asyncio


async def sleeper(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{name}: sleeping {delay!r} from t={loop.time()!r}")
    value = await asyncio.sleep(delay, result=f"{name} woke")
    print(f"{value} at t={loop.time()!r}")
    return value


async def main():
    loop = asyncio.get_running_loop()
    # sleep(0) just yields once: everybody else ready gets a turn
    print("sleep(0) returns", await asyncio.sleep(0), "at", loop.time())
    # 0.1 + 0.2 is a hair more than 0.3, so "sum" wakes after "point3"
    await asyncio.gather(sleeper("sum", 0.1 + 0.2), sleeper("point3", 0.3))
    # equal deadlines wake in the order the sleeps were started
    await asyncio.gather(sleeper("c", 1), sleeper("a", 1), sleeper("b", 1))
    # a deadline reached by two different routes: 0.5 now vs 0.25 + 0.25
    async def two_halves():
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.25)
        print("two quarters done at", loop.time())

    await asyncio.gather(two_halves(), sleeper("half", 0.5))
    print("result= works with sleep(0) too:", await asyncio.sleep(0, result=[1, 2]))
    print("end at", repr(loop.time()))


asyncio.run(main())
