# Loop callbacks run in a context too: call_soon / call_later / call_at copy the current context
# unless given context=, and a future's done callbacks run in the context current when they were
# added (or the one given with add_done_callback(..., context=)).
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


def callback(label):
    print(f"t={asyncio.get_running_loop().time():.2f} {label}: who={who.get()}")
    who.set("set inside a callback")  # lost when the callback returns


def on_done(fut):
    print(f"done callback for {fut.result()!r} sees who={who.get()}")


async def main():
    loop = asyncio.get_running_loop()
    who.set("main")
    loop.call_soon(callback, "call_soon")
    alice = contextvars.Context()
    alice.run(who.set, "alice")
    loop.call_soon(callback, "call_soon with context=alice", context=alice)
    loop.call_later(0.1, callback, "call_later")
    loop.call_at(loop.time() + 0.2, callback, "call_at with context=alice", context=alice)
    who.set("main, changed after scheduling")
    await asyncio.sleep(0.3)
    print("main after the callbacks:", who.get(), "| alice still:", alice[who])

    fut = loop.create_future()
    fut.add_done_callback(on_done)
    bob = contextvars.copy_context()
    bob.run(who.set, "bob")
    fut.add_done_callback(on_done, context=bob)
    who.set("main again")
    loop.call_later(0.1, fut.set_result, "answer")
    print("awaited:", await fut)
    await asyncio.sleep(0)

    fut2 = loop.create_future()
    fut2.add_done_callback(on_done)
    print("removed:", fut2.remove_done_callback(on_done))
    fut2.set_result("nobody listens")
    await asyncio.sleep(0)

    try:
        loop.call_soon(callback, "bad", ctx=alice)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
