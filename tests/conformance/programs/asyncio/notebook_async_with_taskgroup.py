# async with asyncio.TaskGroup() at the top level, as the 3.11 docs show it.
import asyncio

async def brew(what, minutes):
    print(f"start {what}")
    await asyncio.sleep(minutes)
    print(f"{what} ready")
    return what

async with asyncio.TaskGroup() as tg:
    coffee = tg.create_task(brew("coffee", 3))
    tea = tg.create_task(brew("tea", 2))
    print("scheduling done")
print("both:", coffee.result(), tea.result())
