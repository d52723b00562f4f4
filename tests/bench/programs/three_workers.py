# Three workers that sleep 99 % of the time: 20,000 short steps each, 10 ms apart, about 60,000
# ticks over 200 s of virtual time. The timeline must show them busy (sleeping), not running.
import asyncio


async def worker(name, rounds):
    checksum = 0
    for i in range(rounds):
        checksum = (checksum * 31 + i) % 1009  # a little work between the sleeps
        await asyncio.sleep(0.01)
    print(f"{name} finished {rounds} rounds, checksum {checksum}")
    return checksum


async def main():
    results = await asyncio.gather(
        worker("alpha", 20000),
        worker("beta", 20000),
        worker("gamma", 20000),
    )
    print("all done:", results)


asyncio.run(main())
