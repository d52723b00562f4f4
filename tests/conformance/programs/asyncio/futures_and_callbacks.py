import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    loop.call_later(1, fut.set_result, "the answer")
    print("awaited:", await fut, "at", loop.time())
    fut2 = loop.create_future()
    loop.call_later(0.5, fut2.set_exception, ValueError("broken future"))
    try:
        await fut2
    except ValueError as e:
        print("ValueError:", e, "at", loop.time())
    fut3 = asyncio.Future()
    fut3.cancel()
    print("cancelled future:", fut3.cancelled(), fut3.done())
    try:
        fut3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    async def compute():
        await asyncio.sleep(1)
        return 7

    task = asyncio.create_task(compute())
    task.add_done_callback(lambda t: print("task callback:", t.result(), t.get_name()))
    print("task result", await task)
    await asyncio.sleep(0)
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
