import asyncio


async def customer(i, lock, served):
    await asyncio.sleep((i * 7 % 13) * 0.01)
    async with lock:
        served.append(i)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    served = []
    await asyncio.gather(*(customer(i, lock, served) for i in range(150)))
    arrival = sorted(range(150), key=lambda i: (i * 7 % 13, i))
    print("served:", len(served))
    print("first ten served:", served[:10])
    print("served in arrival order:", served == arrival)
    print("end at", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
