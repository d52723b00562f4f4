# Capturing what tasks print: contextlib.redirect_stdout into an io.StringIO, replacing sys.stdout
# by hand and putting it back, and print(file=...) into a buffer, as tests and report builders do.
import asyncio
import io
import sys
from contextlib import redirect_stdout, redirect_stderr


async def chatty(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0.1)
    return name


async def main():
    original = sys.stdout
    buffer = io.StringIO()
    with redirect_stdout(buffer) as target:
        print("inside the block:", target is buffer, sys.stdout is buffer)
        await chatty("quiet", 2)
    print("captured:", buffer.getvalue().splitlines())
    print("restored:", sys.stdout is original)

    errors = io.StringIO()
    with redirect_stderr(errors):
        print("to stderr, caught", file=sys.stderr)
    print("stderr captured:", repr(errors.getvalue()))

    saved = sys.stdout
    sys.stdout = io.StringIO()
    try:
        names = await asyncio.gather(chatty("a", 2), chatty("b", 1))
        text = sys.stdout.getvalue()
    finally:
        sys.stdout = saved
    print(names, "->", text.count("\n"), "lines captured")
    for line in sorted(text.splitlines()):
        print("  ", line)

    report = io.StringIO()
    for i, name in enumerate(names, 1):
        print(i, name, sep=". ", file=report)
    print(report.getvalue(), end="")

    class Collector:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

    c = Collector()
    print("x", 1, 2.5, sep="|", end="!", file=c)
    print(c.parts)


asyncio.run(main())
