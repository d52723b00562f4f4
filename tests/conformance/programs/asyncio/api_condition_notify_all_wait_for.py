import asyncio


class Oven:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.temperature = 20
        self.trays = 0


async def baker(name, oven, needed):
    loop = asyncio.get_running_loop()
    async with oven.cond:
        print(f"t={loop.time()} {name} waits for {needed} degrees")
        await oven.cond.wait_for(lambda: oven.temperature >= needed)
        print(f"t={loop.time()} {name} bakes at {oven.temperature}")


async def taster(name, oven):
    async with oven.cond:
        await oven.cond.wait()
        print(f"t={asyncio.get_running_loop().time()} {name} woke; trays = {oven.trays}")


async def main():
    oven = Oven()
    bakers = [asyncio.create_task(baker(n, oven, t)) for n, t in [("bread", 200), ("cake", 180), ("pizza", 250)]]
    for step in range(5):
        await asyncio.sleep(1)
        async with oven.cond:
            oven.temperature += 50
            print(f"t={asyncio.get_running_loop().time()} oven at {oven.temperature}, notify_all")
            oven.cond.notify_all()
    await asyncio.gather(*bakers)
    tasters = [asyncio.create_task(taster(f"taster{i}", oven)) for i in range(4)]
    await asyncio.sleep(0.5)
    async with oven.cond:
        oven.trays = 1
        oven.cond.notify(2)
    await asyncio.sleep(0.5)
    async with oven.cond:
        oven.trays = 2
        oven.cond.notify()
    await asyncio.sleep(0.5)
    async with oven.cond:
        oven.trays = 3
        oven.cond.notify_all()
    await asyncio.gather(*tasters)
    try:
        oven.cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
