import asyncio

try:
    import uvloop  # a speed-up many tutorials try first
    uvloop.install()
    print("using uvloop")
except ImportError as e:
    print("uvloop not available:", e, type(e).__name__, e.name)


async def main():
    await asyncio.sleep(1)
    print("slept on the default loop")


asyncio.run(main())

import helpers_that_are_not_there  # noqa: E402  (a typo'd module name)
