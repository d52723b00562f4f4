import asyncio


async def use_printer(name, lock, pages, order):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time()} {name} wants the printer (locked: {lock.locked()})")
    async with lock:
        order.append(name)
        print(f"t={loop.time()} {name} prints {pages} pages")
        await asyncio.sleep(pages * 0.5)
    print(f"t={loop.time()} {name} released the printer")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    order = []
    names = ["dora", "abe", "cy", "bo"]
    tasks = []
    for i, name in enumerate(names):
        tasks.append(asyncio.create_task(use_printer(name, lock, i + 1, order)))
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    print("served in arrival order:", order == names, order)
    await lock.acquire()
    print("acquired by hand; locked:", lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(1)
    print("a second acquire is still waiting; done:", waiter.done())
    lock.release()
    await asyncio.sleep(0)
    print("after release it got the lock:", waiter.done(), lock.locked())
    lock.release()
    print("locked at the end:", lock.locked(), "time", loop.time())


asyncio.run(main())
