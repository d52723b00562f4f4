# compare: stderr
# logging.exception() inside a task's except block: the message and the whole traceback, as
# error-handling tutorials write it; exc_info=True on other levels; exceptions with a cause.
import asyncio
import logging

logging.basicConfig(format="%(levelname)s:%(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("jobs")


def parse(record, results):
    if not record.isdigit():
        raise ValueError(f"not a number: {record!r}")
    results.append(int(record))


async def load(record, results):
    await asyncio.sleep(0.1)
    parse(record, results)


async def handle(record, results):
    try:
        await load(record, results)
    except ValueError:
        log.exception("could not load %r", record)


async def convert(record):
    try:
        parse(record, [])
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


def lookup(table, key):
    if key not in table:
        raise KeyError(key)


async def main():
    results = []
    await asyncio.gather(handle("12", results), handle("x7", results), handle("30", results))
    print("values:", results)
    try:
        await convert("??")
    except RuntimeError:
        log.error("chained failure", exc_info=True)
    try:
        lookup({}, "missing")
    except KeyError as e:
        log.warning("lookup failed: %s", e, exc_info=e)
    log.error("no exception here", exc_info=True)
    try:
        try:
            lookup({"a": 1}, "b")
        except KeyError:
            raise ValueError("while handling")
    except ValueError:
        log.critical("context shown too", exc_info=True)
    print("done")


asyncio.run(main())
