# Functions defined at the top level see module globals, including ones assigned after an await.
import asyncio

counter = 0

def bump(by):
    global counter
    counter += by
    return counter

async def report():
    await asyncio.sleep(1)
    return f"config={config!r} counter={counter}"

await asyncio.sleep(0.5)
config = {"mode": "notebook"}
bump(5)
print(await report())
print("bump from a task:", await asyncio.create_task(asyncio.sleep(0, result=bump(1))))
del config
try:
    print(await report())
except NameError as exc:
    print("after del:", exc)
print(__name__)
