# compare: stderr
# Timestamps in log lines: %(asctime)s, msecs and relativeCreated follow the virtual clock (the
# program starts at 1970-01-01 00:00:00 UTC), datefmt, and the '{' and '$' format styles.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
timed = logging.getLogger("timed")
timed.addHandler(handler)
timed.setLevel(logging.INFO)

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{asctime} | {name:>6} | {levelname:<7} | {message}", datefmt="%H:%M:%S", style="{"))
short = logging.getLogger("short")
short.addHandler(brace)
short.setLevel(logging.INFO)

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname @ ${relativeCreated}ms: $message", style="$"))
rel = logging.getLogger("rel")
rel.addHandler(dollar)
rel.setLevel(logging.INFO)


async def tick(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        timed.info("%s tick %d", name, i)


async def main():
    await asyncio.gather(tick("fast", 0.25, 3), tick("slow", 0.7, 2))
    await asyncio.sleep(3661.5)
    short.info("an hour later")
    short.warning("msecs=%d", 0)
    rel.info("relative to the start")
    await asyncio.sleep(86400 * 40)
    stamped = logging.StreamHandler(sys.stdout)
    stamped.setFormatter(logging.Formatter("[%(asctime)s.%(msecs)03d] %(message)s", datefmt="%Y/%m/%d %I:%M:%S %p %a %b %j"))
    timed.addHandler(stamped)
    timed.info("after 40 days")
    for bad in ("%(message", "{message"):
        try:
            logging.Formatter(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        logging.Formatter("x", style="#")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
