# A traffic light cycling through Enum members with methods and values that are tuples.
import asyncio
from enum import Enum


class Light(Enum):
    RED = ("stop", 0.3)
    GREEN = ("go", 0.2)
    YELLOW = ("slow", 0.1)

    def __init__(self, action, seconds):
        self.action = action
        self.seconds = seconds

    def next(self):
        members = list(Light)
        return members[(members.index(self) + 1) % len(members)]

    def __str__(self):
        return f"{self.name.lower()} light"


async def run_light(cycles):
    light = Light.RED
    for _ in range(cycles):
        print(f"{light}: {light.action} for {light.seconds}s")
        await asyncio.sleep(light.seconds)
        light = light.next()
    return light


async def watcher():
    for i in range(3):
        await asyncio.sleep(0.25)
        print("watcher tick", i)


async def main():
    final, _ = await asyncio.gather(run_light(4), watcher())
    print("final:", final, repr(final), final.value)
    print(Light(("go", 0.2)), [l.name for l in reversed(list(Light))])
    print(Light.RED.name, Light.RED.value[0], hash(Light.RED) == hash(Light.RED), Light.RED != Light.GREEN)
    print(f"{Light.GREEN!r:>10}|{Light.GREEN}", format(Light.YELLOW))
    try:
        Light.RED = 5
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
