# 100 tasks × 1,000 logging calls = 100,000 calls: each task logs at DEBUG, INFO and WARNING
# through its own child logger; DEBUG is below the level and dropped (isEnabledFor's cache), the
# rest are formatted ("%(asctime)s %(levelname)s %(name)s: %(message)s" with %-args) and written
# to an io.StringIO through a StreamHandler with a Filter. A sleep every 50 calls gives 2,100 task
# steps.
import asyncio
import io
import logging

buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
handler.addFilter(logging.Filter("app"))
root = logging.getLogger("app")
root.addHandler(handler)
root.setLevel(logging.INFO)
root.propagate = False


async def worker(n):
    log = logging.getLogger(f"app.worker{n}")
    for i in range(1000):
        if i % 3 == 0:
            log.debug("step %d of worker %d", i, n)
        elif i % 3 == 1:
            log.info("step %d of worker %d", i, n)
        else:
            log.warning("step %d: value %s", i, i * n)
        if i % 50 == 49:
            await asyncio.sleep(0.001)


async def main():
    await asyncio.gather(*(worker(n) for n in range(100)))
    text = buffer.getvalue()
    print(len(text.splitlines()), "lines,", len(text), "characters")
    print(text.splitlines()[-1])


asyncio.run(main())
