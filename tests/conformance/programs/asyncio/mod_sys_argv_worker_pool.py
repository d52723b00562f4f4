# args: -- 3 0.5 fetch
# compare: stderr
# A command-line tool shape: read the worker count, delay and job name from sys.argv, run the
# workers, and leave with sys.exit() and a status the shell sees.
import asyncio
import sys


def parse(argv):
    if len(argv) != 4:
        print(f"usage: {argv[0].rsplit('/', 1)[-1]} WORKERS DELAY JOB", file=sys.stderr)
        sys.exit(2)
    workers, delay, job = argv[1:]
    return int(workers), float(delay), job


async def worker(n, delay, job, done):
    await asyncio.sleep(delay * n)
    print(f"worker {n}: {job} finished at {asyncio.get_running_loop().time():.1f}")
    done.append(n)


async def main():
    print("args:", sys.argv[1:])
    workers, delay, job = parse(sys.argv)
    done = []
    await asyncio.gather(*(worker(n, delay, job, done) for n in range(1, workers + 1)))
    print("done:", done)
    try:
        parse(sys.argv[:2])
    except SystemExit as e:
        print("usage error caught, code", e.code)
    try:
        sys.exit()
    except SystemExit as e:
        print("plain exit:", e.code, e.args)
    try:
        sys.exit("fatal: no more jobs")
    except SystemExit as e:
        print("message exit:", repr(e.code))
    try:
        sys.exit(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    failures = workers - len(done)
    sys.exit(failures)


asyncio.run(main())
print("not reached")
