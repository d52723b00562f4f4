# Notebook code mixing the language: async for, try/finally around awaits, async comprehensions,
# a class and closures reading module globals, 'global' at module level, an ExceptionGroup escaping.
import asyncio

async def gen():
    for i in range(5):
        await asyncio.sleep(0.1)
        yield i

async for x in gen():
    if x == 20:
        break
    print("x", x)

for i in range(3):
    try:
        await asyncio.sleep(i)
    finally:
        print("finally", i)

vals = [await asyncio.sleep(0, result=i * 2) for i in range(3)]
print(vals, {k: await asyncio.sleep(0, result=k) for k in "ab"})

class Box:
    size = len(vals)
    def get(self):
        return vals[-1]

print(Box.size, Box().get())

def outer():
    def inner():
        return i + len(vals)
    return inner()
print(outer())
global zz
zz = 3
print(zz)
while True:
    await asyncio.sleep(0.5)
    zz -= 1
    if zz == 0:
        break
print("loop done at", asyncio.get_running_loop().time())

async def bad(n):
    await asyncio.sleep(n)
    raise KeyError(n)

async with asyncio.TaskGroup() as tg:
    tg.create_task(bad(1))
    tg.create_task(bad(2))
