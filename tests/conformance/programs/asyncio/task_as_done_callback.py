# A task given to add_done_callback is not the task's own wake-up: when the future completes, the
# loop reports that the task is not callable (on stderr) and the task is not stepped by it;
# remove_done_callback finds it by the task itself.
import asyncio

async def work(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2))
    # A task given as a done callback: the loop reports it is not callable, nothing else happens.
    t1.add_done_callback(t2)
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(t1)
    print("removed", fut.remove_done_callback(t1), fut.remove_done_callback(t2))
    fut.add_done_callback(t2)
    fut.set_result(5)
    print(await t1, await t2)
    await asyncio.sleep(0)
    print("done", t1.done(), t2.done())

asyncio.run(main())
