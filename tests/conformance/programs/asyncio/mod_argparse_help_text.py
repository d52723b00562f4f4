# args: -- --help
# `prog --help`: the usage line and the help text argparse lays out (positionals, options,
# metavars, choices, nargs, defaults in the help), printed on stdout, then exit 0.
import argparse
import asyncio

parser = argparse.ArgumentParser(
    prog="jobrunner",
    description="Run a batch of jobs on an asyncio event loop and report how long each took.",
    epilog="Exit status is the number of failed jobs.")
parser.add_argument("jobs", nargs="+", metavar="JOB", help="names of the jobs to run")
parser.add_argument("--mode", choices=["fast", "safe", "debug"], default="safe", help="how to run them (default: %(default)s)")
parser.add_argument("-n", "--retries", type=int, default=3, metavar="N", help="retry a failed job up to N times")
parser.add_argument("--timeout", type=float, help="give up on a job after this many seconds; no limit when it is not given, which is the default")
parser.add_argument("-q", "--quiet", action="store_true", help="only print the summary")
parser.add_argument("--only", nargs="*", default=[], help="a subset of the jobs")
parser.add_argument("--pair", nargs=2, metavar=("A", "B"))
parser.add_argument("--level", nargs="?", const="info", default="warning")
group = parser.add_argument_group("output", "Where the report goes.")
group.add_argument("--format", choices=("text", "json"), default="text")
print(parser.format_usage(), end="")


async def main():
    await asyncio.sleep(0.1)
    parser.parse_args()
    print("not reached")


asyncio.run(main())
