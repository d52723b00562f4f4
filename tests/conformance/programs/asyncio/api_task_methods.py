import asyncio


async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ArithmeticError("bad sum")
    return delay * 10


def on_done(task):
    state = "cancelled" if task.cancelled() else ("failed" if task.exception() else "ok")
    print(f"  callback: {task.get_name()} {state} at {asyncio.get_running_loop().time()}")


def never(task):
    print("  this callback was removed")


async def main():
    ok = asyncio.create_task(work(1), name="ok")
    bad = asyncio.create_task(work(0.5, fail=True), name="bad")
    stopped = asyncio.create_task(work(5), name="stopped")
    for t in (ok, bad, stopped):
        t.add_done_callback(on_done)
    ok.add_done_callback(never)
    print("removed", ok.remove_done_callback(never), "callback(s); removing again:", ok.remove_done_callback(never))
    print("done at start:", ok.done(), bad.done(), stopped.done())
    await asyncio.sleep(0.75)
    print("bad done:", bad.done(), "exception:", repr(bad.exception()))
    stopped.set_name("stopped-early")
    print("cancel:", stopped.cancel(), "cancelled right away?", stopped.cancelled())
    await asyncio.sleep(0.5)
    print("ok:", ok.done(), ok.result(), ok.exception())
    print("stopped:", stopped.done(), stopped.cancelled(), stopped.get_name())
    for t in (bad, stopped):
        try:
            t.result()
        except ArithmeticError as e:
            print("result() re-raises", type(e).__name__, e)
        except asyncio.CancelledError:
            print("result() of a cancelled task raises CancelledError")
    try:
        stopped.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError too")
    print("cancel a finished task:", ok.cancel())


asyncio.run(main())
