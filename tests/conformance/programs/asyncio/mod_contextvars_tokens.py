# Tokens: set() returns one, reset(token) puts the old value back (the classic "temporarily
# override a setting" helper, here as a context manager used inside tasks), with Token.var,
# Token.old_value, Token.MISSING and the errors of misusing a token.
import asyncio
import contextlib
import contextvars

timeout = contextvars.ContextVar("timeout", default=5.0)
tags = contextvars.ContextVar("tags")


@contextlib.contextmanager
def override(var, value):
    token = var.set(value)
    try:
        yield token
    finally:
        var.reset(token)


async def call_service(name):
    print(f"  {name}: timeout={timeout.get()}, tags={tags.get('none')}")
    await asyncio.sleep(0.1)


async def client(name, special):
    await call_service(name)
    if special:
        with override(timeout, 0.5) as token:
            print(f"  {name}: token.var is timeout: {token.var is timeout}, old_value={token.old_value}")
            with override(tags, "urgent") as inner:
                print(f"  {name}: old tags value is MISSING: {inner.old_value is contextvars.Token.MISSING}")
                await call_service(name)
    await call_service(name)


async def main():
    await asyncio.gather(client("plain", False), client("special", True))
    print("Token.MISSING:", repr(contextvars.Token.MISSING))

    t1 = timeout.set(1.0)
    t2 = timeout.set(2.0)
    timeout.reset(t2)
    print("after reset(t2):", timeout.get())
    timeout.reset(t1)
    print("after reset(t1):", timeout.get())
    try:
        timeout.reset(t1)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("has already been used once"))
    t3 = tags.set("x")
    try:
        timeout.reset(t3)
    except ValueError as e:
        print("ValueError:", str(e).endswith("was created by a different ContextVar"))
    t4 = contextvars.copy_context().run(tags.set, "elsewhere")
    try:
        tags.reset(t4)
    except ValueError as e:
        print("ValueError:", str(e).endswith("was created in a different Context"))

    async def resetter():
        tags.reset(t3)  # the task runs in a copy: t3 belongs to main's context

    try:
        await asyncio.create_task(resetter())
    except ValueError as e:
        print("in a task, ValueError:", str(e).endswith("was created in a different Context"))
    for bad in (lambda: timeout.reset("token"), lambda: contextvars.Token(), lambda: contextvars.ContextVar(42),
                lambda: contextvars.ContextVar(), lambda: contextvars.ContextVar("a", 1),
                lambda: contextvars.ContextVar("a", fallback=1), lambda: timeout.set(), lambda: timeout.get(1, 2)):
        try:
            bad()
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__ + ":", e)
    print("final:", timeout.get(), tags.get(), timeout.name, tags.name)


asyncio.run(main())
