# copy_context() and Context.run(), as in the contextvars docs: run a function in a snapshot of the
# current context, look at a context as a read-only mapping, and the errors it raises.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
other = contextvars.ContextVar("other")


def main_logic(tag):
    var.set("changed in run")
    print(f"{tag}: inside run var={var.get()}")
    return tag.upper()


def show(ctx, label):
    items = sorted((k.name, v) for k, v in ctx.items())
    print(f"{label}: len={len(ctx)} items={items} var in ctx={var in ctx}")


var.set("spam")
ctx = contextvars.copy_context()
print("run returned", ctx.run(main_logic, "first"))
print("outside, var =", var.get())
print("ctx[var] =", ctx[var], "ctx.get(other) =", ctx.get(other), ctx.get(other, "fallback"))
show(ctx, "ctx")
print("keys:", [k.name for k in ctx.keys()], "values:", list(ctx.values()), "iter:", [k.name for k in ctx])
empty = contextvars.Context()
show(empty, "empty")
copied = ctx.copy()
print("empty.run sees", empty.run(var.get), "| the copy:", copied[var], len(copied), copied is ctx)
print("kwargs pass through:", ctx.run(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3))

try:
    ctx.run(lambda: ctx.run(print, "never"))
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))
for bad in (lambda: ctx[other], lambda: ctx["var"], lambda: ctx.get(42), lambda: 3 in ctx, lambda: ctx.run(),
            lambda: contextvars.Context(ctx), lambda: hash(ctx), lambda: contextvars.copy_context(1)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e.args[0].name if isinstance(e.args[0], contextvars.ContextVar) else e)


async def worker(name):
    await asyncio.sleep(0.1)
    var.set(name)
    return contextvars.copy_context()


async def main():
    snapshots = await asyncio.gather(worker("w1"), worker("w2"))
    for snap in snapshots:
        print("snapshot of a task:", snap[var], snap.run(var.get))
    print("main task:", var.get())


asyncio.run(main())
