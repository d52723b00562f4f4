import asyncio
import time


# The lesson-1 worker turned into a coroutine, but still calling the blocking time.sleep:
# gather cannot overlap anything, because nobody ever gives control back to the loop.
async def worker(job):
    for i in range(3):
        print(f"{time.strftime('%X')} '{job}' in progress...")
        time.sleep(1)
    print(f"{time.strftime('%X')} '{job}' done.")


async def polite_worker(job):
    for i in range(3):
        print(f"{time.strftime('%X')} '{job}' in progress...")
        await asyncio.sleep(1)
    print(f"{time.strftime('%X')} '{job}' done.")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(worker("order milk"), worker("order bread"))
    print(f"blocking workers took {loop.time() - start} s")
    start = loop.time()
    await asyncio.gather(polite_worker("order milk"), polite_worker("order bread"))
    print(f"polite workers took {loop.time() - start} s")


asyncio.run(main())
