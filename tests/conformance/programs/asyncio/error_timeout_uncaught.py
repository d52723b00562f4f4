import asyncio


async def slow_answer():
    try:
        await asyncio.sleep(5)
        return 42
    finally:
        print("slow_answer interrupted at", asyncio.get_running_loop().time())


async def main():
    print(await asyncio.wait_for(slow_answer(), timeout=10))
    async with asyncio.timeout(1.5):
        print("waiting for an answer that takes too long")
        print(await slow_answer())


asyncio.run(main())
