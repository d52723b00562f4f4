# Events as namedtuples passed through an asyncio.Queue; ChainMap layers of configuration.
import asyncio
from collections import ChainMap, namedtuple

Event = namedtuple("Event", ["at", "source", "kind"], defaults=["info"])
Point = namedtuple("Point", "x y")


async def producer(queue, name, delay):
    for i in range(2):
        await asyncio.sleep(delay)
        await queue.put(Event(round(asyncio.get_running_loop().time(), 2), name, "tick" if i else "start"))


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue, "p1", 0.2), producer(queue, "p2", 0.3))
    while not queue.empty():
        event = queue.get_nowait()
        at, source, kind = event
        print(event, at, source, kind == event.kind)
    e = Event(1.0, "manual")
    print(e, e._asdict(), e._replace(kind="warn"), Event._fields, Event._field_defaults)
    print(Event._make([2.0, "made", "x"]), isinstance(e, tuple), len(e), e[1], e.count("manual"))
    p = Point(3, y=4)
    print(p, p.x * p.y, sorted([Point(2, 1), Point(1, 5)]), p == (3, 4), hash(p) == hash((3, 4)))
    Row = namedtuple("Row", "id, def, id", rename=True)
    print(Row._fields, Row(1, 2, 3))
    try:
        Point(1)
    except TypeError as err:
        print("TypeError:", err)
    try:
        namedtuple("Bad", ["ok", "class"])
    except ValueError as err:
        print("ValueError:", err)
    try:
        p.x = 10
    except AttributeError as err:
        print("AttributeError")

    defaults = {"host": "localhost", "port": 80, "debug": False}
    env = {"port": 8080}
    cli = {"debug": True}
    config = ChainMap(cli, env, defaults)
    print(config["host"], config["port"], config["debug"], len(config), sorted(config))
    child = config.new_child({"host": "example.org"})
    child["port"] = 9000
    print(child["host"], child["port"], config["port"], child.maps[0], child.parents["host"])
    print("debug" in config, config.get("missing", "n/a"), dict(config))


asyncio.run(main())
