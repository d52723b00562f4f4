import asyncio


def not_a_coroutine():
    return 42


class Plain:
    pass


async def main():
    for thing in [5, None, "text", [1, 2]]:
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        print("TypeError:", e)
    print("forgot the parentheses? calling a plain function:")
    await not_a_coroutine()


asyncio.run(main())
