# compare: stderr
# Controlling warnings from the program: simplefilter("error") turns them into exceptions,
# "ignore" silences a category, filterwarnings matches the message text, "always" shows every
# repeat, and "once" shows a message once wherever it comes from.
import asyncio
import warnings


def check_temperature(value):
    if value > 90:
        warnings.warn(f"temperature {value} is high", RuntimeWarning)
    if value < 0:
        warnings.warn("sensor reading below zero", UserWarning)
    return value


async def sensor(values):
    for v in values:
        await asyncio.sleep(0.1)
        check_temperature(v)


async def main():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        check_temperature(95)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    await sensor([-5, 99, -1])
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="temperature 9")
    await sensor([95, 120])
    warnings.resetwarnings()
    warnings.simplefilter("always")
    await sensor([-1, -2])
    warnings.resetwarnings()
    warnings.simplefilter("once")
    await asyncio.gather(sensor([-1, 91]), sensor([-3, 92]))
    warnings.warn("sensor reading below zero")
    print("filters now:", [(f[0], f[2].__name__) for f in warnings.filters])
    for bad in (lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("ignore", message=3),
                lambda: warnings.filterwarnings("ignore", category=int)):
        try:
            bad()
        except AssertionError as e:
            print("AssertionError:", e)


asyncio.run(main())
