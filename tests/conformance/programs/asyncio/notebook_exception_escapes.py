# An exception escaping at the top level of a notebook cell: exit 1, CPython's last line.
import asyncio

async def check(value):
    await asyncio.sleep(1)
    if value < 0:
        raise ValueError(f"negative value: {value}")
    return value

print(await check(3))
try:
    await check(-1)
except ValueError as exc:
    print("caught:", exc)
print("now without a net")
await check(-2)
print("never printed")
