# A TaskGroup of jobs tagged with a tenant ContextVar; one job is started with context= a context
# prepared in advance, so two tasks share (and see each other's changes to) one Context.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="public")
counter = contextvars.ContextVar("counter", default=0)


async def job(name, delay):
    print(f"t={asyncio.get_running_loop().time():.1f} {name} runs for tenant {tenant.get()}, counter {counter.get()}")
    await asyncio.sleep(delay)
    counter.set(counter.get() + 1)
    print(f"t={asyncio.get_running_loop().time():.1f} {name} done, counter {counter.get()}")
    return name


async def main():
    tenant.set("acme")
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(job("report", 0.3))
        tenant.set("globex")
        second = tg.create_task(job("backup", 0.1))
        prepared = contextvars.Context()
        prepared.run(tenant.set, "initech")
        shared_a = tg.create_task(job("shared-a", 0.2), context=prepared)
        shared_b = tg.create_task(job("shared-b", 0.4), context=prepared)
    print("results:", first.result(), second.result(), shared_a.result(), shared_b.result())
    print("prepared context now:", prepared[tenant], prepared[counter])
    print("main sees:", tenant.get(), counter.get())

    async def failing():
        tenant.set("broken")
        await asyncio.sleep(0.1)
        raise ValueError(f"job failed for {tenant.get()}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(failing())
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions], "main tenant:", tenant.get())


asyncio.run(main())
