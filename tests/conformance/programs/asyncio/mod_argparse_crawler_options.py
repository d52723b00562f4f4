# args: -- https://example.com/start --workers 3 -d 0.2 -vv --tag news --tag sport
# A crawler's command line, the argparse tutorial way: a positional URL, typed options with
# defaults, a counted -v, appended tags, then the parsed settings drive the asyncio workers.
import argparse
import asyncio

parser = argparse.ArgumentParser(description="Crawl a site with a few concurrent workers.")
parser.add_argument("url", help="the page to start from")
parser.add_argument("-w", "--workers", type=int, default=2, help="how many workers (default: %(default)s)")
parser.add_argument("-d", "--delay", type=float, default=1.0, help="seconds per page")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--tag", action="append", help="only pages with this tag (repeatable)")
parser.add_argument("--dry-run", action="store_true", help="do not fetch anything")
args = parser.parse_args()


async def worker(n, queue, results):
    while not queue.empty():
        page = await queue.get()
        await asyncio.sleep(args.delay)
        if args.verbose >= 2:
            print(f"  worker {n} fetched {page}")
        results.append(page)


async def main():
    print(args)
    print("workers:", args.workers, "delay:", args.delay, "verbosity:", args.verbose, "tags:", args.tag)
    print("dry run:", args.dry_run)
    queue = asyncio.Queue()
    for i in range(6):
        queue.put_nowait(f"{args.url}/{i}")
    results = []
    await asyncio.gather(*(worker(n, queue, results) for n in range(args.workers)))
    print(len(results), "pages at t =", asyncio.get_running_loop().time())
    print(parser.parse_args(["http://x", "--dry-run", "--workers=5", "-d0.5"]))
    print(parser.parse_args(["http://y", "-vvv", "--work", "4"]))


asyncio.run(main())
