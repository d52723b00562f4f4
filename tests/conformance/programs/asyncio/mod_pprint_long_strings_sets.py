# Pretty-printing a crawler's state: long strings split across lines, sets sorted, tuples, empties.
import asyncio
import pprint


async def crawl(url, delay):
    await asyncio.sleep(delay)
    body = f"<html><body>Welcome to {url}. This page has quite a lot of text in it so that " \
           f"the pretty printer needs to break it over several lines.\nSecond line here.</body></html>"
    return url, {"links": [f"{url}/a", f"{url}/b"], "body": body,
                 "status": (200, "OK")}


async def main():
    pages = dict(await asyncio.gather(crawl("http://x.org", 0.2), crawl("http://y.net", 0.1)))
    pprint.pprint(pages, width=70)
    state = {"seen": frozenset({30, 10, 20}), "queue": [], "errors": {}, "retries": (), "empty": set(),
             "numbers": {10, 3, 7, 1, 25, 14, 9, 31, 2}}
    pprint.pprint(state, width=30)  # sets that do not fit are sorted
    pprint.pprint("word " * 30, width=40)
    pprint.pprint(["short", "a much longer string that will not fit within the width", "end"], width=30)
    pprint.pprint(("tuple", "of", "strings", "that", "is", "too", "wide", "to", "fit", "on", "one", "line"), width=40)
    print(pprint.saferepr(pages["http://y.net"]["status"]), pprint.saferepr({"b": 1, "a": [2]}))
    print(pprint.isreadable({"a": [1, 2.0, None]}), pprint.isreadable(object()), pprint.isreadable(print))
    loop = [1, 2]
    loop.append(loop)
    print(pprint.isrecursive(loop), pprint.isrecursive([1, [2]]), pprint.isreadable(loop))
    printer = pprint.PrettyPrinter(indent=2, width=30, depth=2)
    printer.pprint({"a": {"b": {"c": {"d": 1}}}, "list": [[[[0]]]]})
    print(printer.pformat(list("abcdefghijklmnop")))
    print(printer.isreadable([1, 2]), printer.isrecursive([1, 2]))


asyncio.run(main())
