import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(f"j{d}", d), name=f"j{d}") for d in (1, 2, 4)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print("timeout 2.5:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending), loop.time())
    # wait never cancels anything: the pending task keeps running
    done, pending = await asyncio.wait(pending, timeout=10)
    print("then:", sorted(t.result() for t in done), len(pending), loop.time())
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("timeout 0 on finished tasks:", len(done), len(pending))
    # 3.11 refuses bare coroutines
    coro = job("bare", 1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    print("end at", loop.time())


asyncio.run(main())
