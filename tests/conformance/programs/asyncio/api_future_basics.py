import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    fut.add_done_callback(lambda f: order.append("first"))
    fut.add_done_callback(lambda f: order.append("second"))
    fut.add_done_callback(lambda f: order.append("third"))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("pending result():", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("pending exception():", e)
    fut.set_result(99)
    print("callbacks run later, not inside set_result:", order)
    await asyncio.sleep(0)
    print("after one loop turn:", order)
    print("await a done future:", await fut, "twice:", await fut)
    try:
        fut.set_result(100)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    failing = loop.create_future()
    failing.set_exception(OSError("disk full"))
    print("exception():", repr(failing.exception()))
    try:
        await failing
    except OSError as e:
        print("await re-raises:", e)
    cancelled = loop.create_future()
    cancelled.add_done_callback(lambda f: print("cancel callback, cancelled =", f.cancelled()))
    print("cancel():", cancelled.cancel("not needed"), "again:", cancelled.cancel())
    try:
        await cancelled
    except asyncio.CancelledError as e:
        print("await cancelled future:", e.args)
    late = loop.create_future()
    loop.call_later(1.5, late.set_result, "late value")
    print("waited for:", await late, "at", loop.time())
    late.add_done_callback(lambda f: print("callback added after completion still runs:", f.result()))
    await asyncio.sleep(0)


asyncio.run(main())
