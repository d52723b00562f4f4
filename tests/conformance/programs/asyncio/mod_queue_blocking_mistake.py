# A teacher's example of a classic mistake: an asyncio program using queue.Queue (the thread-safe
# queue) instead of asyncio.Queue. get() with a timeout blocks the whole event loop for that long
# (the producer cannot run meanwhile), and a plain get() on an empty queue blocks it forever.
import asyncio
import queue
import time

jobs = queue.Queue()


async def producer():
    for i in range(3):
        print(f"t={time.time():.1f} producer puts job {i}")
        jobs.put(f"job {i}")
        await asyncio.sleep(1)
    print(f"t={time.time():.1f} producer done")


async def patient_consumer():
    # Looks harmless: wait up to 2.5 s for a job. But it is a blocking call inside a coroutine.
    for _ in range(4):
        try:
            job = jobs.get(timeout=2.5)
            print(f"t={time.time():.1f} got {job}, queue now has {jobs.qsize()}")
            jobs.task_done()
        except queue.Empty:
            print(f"t={time.time():.1f} nothing for 2.5 s (the producer never got to run!)")
        await asyncio.sleep(0)


async def greedy_consumer():
    while True:
        job = jobs.get()  # blocks the event loop: nothing else can run, so nothing can put
        print(f"t={time.time():.1f} greedy got {job}")
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(producer(), patient_consumer())
    print(f"t={time.time():.1f} left in the queue: {jobs.qsize()}, unfinished: {jobs.unfinished_tasks}")
    print("now the version without a timeout...")
    await asyncio.gather(producer(), greedy_consumer())
    print("never printed")


asyncio.run(main())
