import asyncio
from dataclasses import dataclass


@dataclass
class Ticket:
    table: int
    dish: str
    minutes: float


async def waiter(tickets, q, open_event):
    await open_event.wait()
    for t in tickets:
        await q.put(t)
        print(f"t={asyncio.get_running_loop().time()} ticket for table {t.table}: {t.dish}")
        await asyncio.sleep(0.25)


async def cook(name, q, stove, pass_lock, served):
    loop = asyncio.get_running_loop()
    while True:
        t = await q.get()
        try:
            async with stove:
                await asyncio.sleep(t.minutes)
            async with pass_lock:
                served.append((t.table, t.dish, name))
                print(f"t={loop.time()} {name} serves {t.dish} to table {t.table}")
                await asyncio.sleep(0.1)
        finally:
            q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    stove = asyncio.Semaphore(2)
    pass_lock = asyncio.Lock()
    open_event = asyncio.Event()
    served = []
    tickets = [Ticket(1, "soup", 1), Ticket(2, "steak", 2.5), Ticket(1, "salad", 0.5), Ticket(3, "pasta", 1.5)]
    cooks = [asyncio.create_task(cook(n, q, stove, pass_lock, served)) for n in ("ana", "ben", "cem")]
    try:
        async with asyncio.timeout(10):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(waiter(tickets, q, open_event))
                await asyncio.sleep(1)
                print(f"t={loop.time()} kitchen opens")
                open_event.set()
            await q.join()
    except TimeoutError:
        print("kitchen too slow")
    print(f"t={loop.time()} all served: {len(served)} dishes")
    for c in cooks:
        c.cancel()
    outcome = await asyncio.wait_for(asyncio.gather(*cooks, return_exceptions=True), timeout=1)
    print("cooks stopped:", [type(r).__name__ for r in outcome])


asyncio.run(main())
