# compare: stderr
# Testing code that warns: catch_warnings(record=True) collects WarningMessage objects instead of
# printing them, the filters come back afterwards, and a custom showwarning redirects the output.
import asyncio
import warnings


async def legacy_task(n):
    await asyncio.sleep(0.1 * n)
    warnings.warn(f"task {n} uses the legacy API", DeprecationWarning)
    return n * n


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = await asyncio.gather(*(legacy_task(n) for n in range(1, 4)))
        warnings.warn("one more", UserWarning)
    print("results:", results)
    print("caught", len(caught), "warnings")
    for w in caught:
        print(" ", w.category.__name__, "|", w.message, "| line", w.lineno, "|", w.filename.endswith(".py"))
    print("first is a", type(caught[0].message).__name__, issubclass(caught[0].category, Warning))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.warn("silenced")
    warnings.warn("after the block: shown")

    with warnings.catch_warnings(action="error", category=UserWarning):
        try:
            warnings.warn("strict")
        except UserWarning as e:
            print("became an error:", e)

    shown = []

    def collect(message, category, filename, lineno, file=None, line=None):
        shown.append(f"{category.__name__}: {message} (line {lineno})")

    saved = warnings.showwarning
    warnings.showwarning = collect
    warnings.warn("to the collector", RuntimeWarning)
    warnings.showwarning = saved
    print(shown)
    print(warnings.formatwarning("formatted", UserWarning, "app.py", 12, "x = 1"), end="")


asyncio.run(main())
