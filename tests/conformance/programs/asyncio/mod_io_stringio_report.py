# Building a report in memory while tasks finish: io.StringIO as the target of write() and
# print(file=...), then read back with getvalue(), seek(0) and iteration, as report and CSV
# tutorials do.
import asyncio
import io


async def measure(name, delay, out):
    await asyncio.sleep(delay)
    written = out.write(f"{name},{delay}\n")
    return written


async def main():
    out = io.StringIO()
    out.write("name,seconds\n")
    counts = await asyncio.gather(measure("alpha", 0.3, out), measure("beta", 0.1, out), measure("gamma", 0.2, out))
    print("write() returned", counts, "position", out.tell())
    text = out.getvalue()
    print(repr(text))

    out.seek(0)
    header = out.readline()
    print("header:", header.strip().split(","))
    for line in out:
        name, seconds = line.rstrip("\n").split(",")
        print(f"  {name:<6} {float(seconds):.1f}s")
    print("at end, read() gives", repr(out.read()), "and readline()", repr(out.readline()))

    out.seek(0)
    print("readlines:", out.readlines())
    out.seek(0)
    print("read(4):", repr(out.read(4)), "tell:", out.tell(), "readline(3):", repr(out.readline(3)))

    log = io.StringIO("first line\nsecond line\n")
    print("initial value, position", log.tell(), "->", repr(log.read()))
    log.write("third line\n")
    print(log.getvalue().splitlines())

    with io.StringIO() as buf:
        for i in range(3):
            print("row", i, sep="-", file=buf)
        print(repr(buf.getvalue()), "closed inside:", buf.closed)
    print("closed after with:", buf.closed)


asyncio.run(main())
