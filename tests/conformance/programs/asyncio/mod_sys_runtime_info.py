# What a program asks sys about itself: the version check at the top of scripts, platform,
# maxsize, the recursion limit (and RecursionError past it), sys.modules, exc_info in a handler.
import asyncio
import sys

if sys.version_info < (3, 8):
    sys.exit("needs Python 3.8+")
print("version ok:", sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major,
      sys.version_info.minor, sys.version.startswith("3.11"))
print("platform:", sys.platform, "byteorder:", sys.byteorder, "maxsize:", sys.maxsize == 9223372036854775807)
print("asyncio loaded:", "asyncio" in sys.modules, "sys loaded:", "sys" in sys.modules)
print("path is a list:", isinstance(sys.path, list), "argv:", len(sys.argv))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


async def main():
    limit = sys.getrecursionlimit()
    print("recursion limit at least 1000:", limit >= 1000)
    print("depth 500:", depth(500))
    sys.setrecursionlimit(200)
    try:
        depth(500)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(limit)
    print("depth 800:", depth(800))
    for bad in (0, -5):
        try:
            sys.setrecursionlimit(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        sys.setrecursionlimit(2.5)
    except TypeError as e:
        print("TypeError:", e)
    print("outside a handler:", sys.exc_info())
    try:
        await asyncio.sleep(0.1)
        raise KeyError("job-7")
    except KeyError:
        kind, value, _ = sys.exc_info()
        print("handling:", kind.__name__, value, kind is KeyError)
    print("float max:", sys.float_info.max, sys.float_info.epsilon)


asyncio.run(main())
