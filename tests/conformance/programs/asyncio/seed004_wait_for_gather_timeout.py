import asyncio


async def printing(task, text):
    while True:
        print(task, text)
        try:
            await asyncio.sleep(0.50)
        except asyncio.CancelledError:
            break


async def main():
    try:
        await asyncio.wait_for(
            asyncio.gather(
                printing("A", "Message"),
                printing("B", "Calling"),
                printing("C", "Meeting")
            ), 3, )
    except asyncio.TimeoutError:
        print("Time over")
    print("loop time", asyncio.get_running_loop().time())


asyncio.run(main())
