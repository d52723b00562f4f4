# Serialising dataclasses and datetime-like objects with a JSONEncoder subclass and with default=.
import asyncio
import json
from dataclasses import dataclass, field


class Timestamp:
    def __init__(self, seconds):
        self.seconds = seconds

    def isoformat(self):
        minutes, secs = divmod(self.seconds, 60)
        return f"00:{int(minutes):02d}:{secs:06.3f}"


@dataclass
class Reading:
    sensor: str
    value: float
    at: Timestamp
    tags: list = field(default_factory=list)


class ReadingEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Timestamp):
            return {"__ts__": o.isoformat()}
        if isinstance(o, Reading):
            return {"sensor": o.sensor, "value": o.value, "at": o.at, "tags": o.tags}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def revive(obj):
    if "__ts__" in obj:
        return "ts(" + obj["__ts__"] + ")"
    return obj


async def sensor(name, readings):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for step in range(3):
        await asyncio.sleep(0.2 + 0.1 * len(name))
        readings.append(Reading(name, round(step * 1.1 + len(name), 2), Timestamp(loop.time() - start), [name[0]]))


async def main():
    readings = []
    await asyncio.gather(sensor("temp", readings), sensor("humidity", readings))
    text = json.dumps(readings, cls=ReadingEncoder)
    print(text)
    back = json.loads(text, object_hook=revive)
    print(back[0])
    print(json.dumps({"tags": {"b", "a", "c"}}, cls=ReadingEncoder))
    print(json.dumps(readings[0].__dict__, default=lambda o: o.isoformat()))
    print(json.dumps([readings[-1]], default=lambda o: o.__dict__))
    for bad in [{1, 2}, {"when": Timestamp}, range(3), object()]:
        try:
            json.dumps(bad)
        except TypeError as err:
            print("TypeError:", err)
    try:
        json.dumps({"x": frozenset({1})}, cls=ReadingEncoder)
    except TypeError as err:
        print("TypeError:", err)
    loop_list = [1]
    loop_list.append(loop_list)
    try:
        json.dumps(loop_list)
    except ValueError as err:
        print("ValueError:", err)
    try:
        json.dumps({(1, 2): "tuple key"})
    except TypeError as err:
        print("TypeError:", err)
    print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))


asyncio.run(main())
