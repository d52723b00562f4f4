# args: -- 3 --size large
# compare: stderr
# What argparse does with bad command lines: each error prints the usage and `prog: error: ...`
# on stderr and exits 2 (SystemExit, caught here to try the next one); parse_args(list) tries
# them without touching sys.argv, and the last one ends the program.
import argparse
import asyncio

parser = argparse.ArgumentParser(prog="brew")
parser.add_argument("cups", type=int, help="how many cups")
parser.add_argument("--size", choices=["small", "large"], required=True)
parser.add_argument("--sugar", type=int, default=0)
parser.add_argument("--milk", action="store_true")


async def brew(cups, size):
    for i in range(cups):
        await asyncio.sleep(0.5 if size == "small" else 1.0)
        print(f"cup {i + 1} ready at {asyncio.get_running_loop().time()}")


async def main():
    args = parser.parse_args()
    print(args)
    await brew(args.cups, args.size)
    attempts = [
        ["two", "--size", "small"],
        ["2"],
        ["2", "--size", "medium"],
        ["2", "--size", "small", "--sugar", "lots"],
        ["2", "--size"],
        ["2", "--size", "small", "--extra", "x"],
        ["2", "--size", "small", "5"],
        [],
    ]
    for argv in attempts:
        try:
            print(parser.parse_args(argv))
        except SystemExit as e:
            print(argv, "-> exit", e.code)
    print(parser.parse_args(["1", "--size=small", "--milk", "--sugar", "-2"]))
    parser.parse_args(["--milk"])


asyncio.run(main())
