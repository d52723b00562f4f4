# compare: stderr
# Deciding what gets logged: logger and handler levels, a Filter by logger name, a Filter
# subclass and a plain function as filters, logging.disable, level names, and bad levels.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
handler.setLevel(logging.INFO)
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


def no_secrets(record):
    return "password" not in record.getMessage()


async def sensor(name, values):
    log = logging.getLogger(f"sensors.{name}")
    for v in values:
        await asyncio.sleep(0.1)
        level = logging.WARNING if v > 50 else logging.INFO if v > 10 else logging.DEBUG
        log.log(level, "%d units", v)


async def main():
    await asyncio.gather(sensor("a", [5, 20, 60]), sensor("b", [70, 8, 30]))
    print("-- only sensors.a")
    handler.addFilter(logging.Filter("sensors.a"))
    await asyncio.gather(sensor("a", [15, 55]), sensor("b", [99]), sensor("ab", [12]))
    handler.filters.clear()
    print("-- OnlyEven on sensors.b, no_secrets on the handler")
    b = logging.getLogger("sensors.b")
    b.addFilter(OnlyEven())
    handler.addFilter(no_secrets)
    await sensor("b", [11, 12, 13, 14])
    root.info("password is %s", "hunter2")
    root.info("user is %s", "ada")
    print("-- disable(INFO)")
    logging.disable(logging.INFO)
    root.info("hidden")
    root.warning("still shown")
    print("enabled for INFO:", root.isEnabledFor(logging.INFO), "WARNING:", root.isEnabledFor(logging.WARNING))
    logging.disable(logging.NOTSET)
    root.info("info is back")
    print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33))
    logging.addLevelName(15, "VERBOSE")
    root.setLevel("VERBOSE")
    handler.setLevel(15)
    root.log(15, "a verbose line")
    print(root.level, logging.getLevelName(15))
    for bad in ("LOUD", 2.5, None):
        try:
            root.setLevel(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        root.log("INFO", "x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
