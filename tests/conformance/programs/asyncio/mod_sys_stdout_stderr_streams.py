# compare: stderr
# Progress on stdout, problems on stderr: sys.stdout.write returns how much it wrote, print goes
# to either stream with file=, flush=True works, and both streams keep the order of the writes.
import asyncio
import sys


async def download(name, size, fail=False):
    got = 0
    while got < size:
        await asyncio.sleep(0.25)
        got += 25
        n = sys.stdout.write(f"{name}: {min(got, size)}/{size}\n")
        if got == 50 and fail:
            print(f"{name}: connection reset at {got}", file=sys.stderr, flush=True)
            return None
    print(name, "complete", sep=": ", end=" <-\n", flush=True)
    return n


async def main():
    results = await asyncio.gather(download("a.txt", 100), download("b.bin", 75, fail=True), download("c.log", 50))
    print("characters in last progress lines:", results)
    sys.stderr.write("summary: 1 failure\n")
    print("stdout writable:", sys.stdout.writable(), "encoding:", sys.stdout.encoding)
    print("stderr encoding:", sys.stderr.encoding, file=sys.stderr)
    sys.stdout.writelines(["one\n", "two\n"])
    sys.stdout.flush()
    for bad in (42, None, ["x"]):
        try:
            sys.stdout.write(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        print("x", file=42)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print("x", end=3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
