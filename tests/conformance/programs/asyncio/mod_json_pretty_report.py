# Collecting results from tasks and printing a pretty JSON report (indent, sort_keys, separators).
import asyncio
import json


async def crawl(site, delay, pages):
    await asyncio.sleep(delay)
    return {"site": site, "pages": pages, "ok": pages > 0, "ratio": pages / 7 if pages else None,
            "links": {"in": pages * 2, "out": [pages, pages + 1]}}


class Collector:
    """Anything with write() can receive json.dump's output."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


async def main():
    results = await asyncio.gather(crawl("b.org", 0.3, 4), crawl("a.com", 0.1, 0), crawl("c.net", 0.2, 9))
    report = {"zeta": len(results), "results": results, "empty": {}, "nothing": [], "when": 0.6}
    print(json.dumps(report, indent=2, sort_keys=True))
    print(json.dumps(results[0], indent="\t"))
    print(json.dumps(results[1], indent=0))
    print(json.dumps([1, [2, [3]]], indent=1, separators=(",", " = ")))
    print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, separators=(",", ":")))
    out = Collector()
    json.dump({"a": [1, 2, {"b": None}], "c": "x"}, out)
    print(out.parts)
    out = Collector()
    json.dump({"k": [True, 2.5]}, out, indent=2)
    print(out.parts, repr("".join(out.parts)))

    class Source:
        def read(self):
            return '{"loaded": [1, 2.0, "three"]}'

    print(json.load(Source()))
    print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 1e-7, 123456789.125]))
    for value, options in [(float("nan"), {}), (float("inf"), {"indent": 2}), ({"v": -float("inf")}, {})]:
        try:
            json.dumps(value, allow_nan=False, **options)
        except ValueError as err:
            print("ValueError:", err)
    try:
        json.dumps({2: "two", "one": 1}, sort_keys=True)
    except TypeError as err:
        print("TypeError:", err)
    print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))


asyncio.run(main())
