# Seed 000 (Cowait): `from sleep import Sleep` and a parallel task joining two Sleeps.
import asyncio
import cowait_lite
from cowait_lite import task, join
from sleep import Sleep


@task
async def Parallel():
    tasks = [Sleep(duration=5), Sleep(duration=5)]

    result = await join(tasks)

    return result


if __name__ == "__main__":
    result = asyncio.run(Parallel())
    print(result)
    print("tasks started:", cowait_lite.started)
    print(Sleep.__name__, Sleep.__module__, Parallel.__module__)
