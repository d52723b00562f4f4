#!/usr/bin/env python3
"""Scale benchmarks, Loopstep against CPython 3.11's own asyncio on the virtual clock, side by side.

    python3 tests/bench/compare_cpython.py --cli build/bin/loopstep-cli [--repeat N] [--callgrind] [NAME...]

For each program in tests/bench/programs/ it checks that `loopstep-cli steps` and the reference
harness (tests/harness/cpython_vclock.py --steps) list identical task steps, then times
`loopstep-cli run --record` (trace recording on, as in the app) and the harness (best of N runs,
wall clock), and reads each process's peak RSS. With --callgrind it also counts Loopstep's
instructions per task step under valgrind (slow). Prints one table.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "tests", "bench", "programs")
HARNESS = os.path.join(ROOT, "tests", "harness", "cpython_vclock.py")


# Runs argv[1:] and prints "<wall seconds> <peak RSS in KiB> <exit code>". It runs in a fresh,
# small interpreter because Linux counts into a child's peak RSS the memory of the process that
# started it (the pre-exec hiwater mark): started from this script, which holds both step lists,
# every program would seem to need at least this script's own 60-80 MB (from the small one: 13 MB,
# below every scale program). posix_spawn, not fork: on this VM a fork() of even a small
# interpreter takes 15 ms, which would be counted into every run (posix_spawn + exec of
# /bin/true: 4 ms).
MEASURE = """
import os, sys, time
devnull = os.open(os.devnull, os.O_RDWR)
quiet = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ, file_actions=quiet)
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""

def measure(cmd):
    """Wall seconds and peak RSS (MB) of one run; output discarded."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, cwd=ROOT).stdout.split()
    elapsed, rss_kib, code = float(out[0]), int(out[1]), int(out[2])
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    return elapsed, rss_kib / 1024.0


def best(cmd, repeat):
    """Best time and largest peak over `repeat` runs in a row. (Not alternated with the other
    side's runs: on this VM, right after CPython frees its ~200 MB of small pages, the kernel
    must compact memory before Loopstep's next run gets huge pages, adding up to 0.24 s of
    system time to that run; README → Performance.)"""
    runs = [measure(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def steps_of(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.splitlines()


def callgrind_instructions(cli, prog):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", cli, "run", "--record", prog],
                         capture_output=True, text=True, cwd=ROOT).stderr
    for line in out.splitlines():
        if "Collected" in line:
            return int(line.split()[-1])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    programs = sorted(p for p in os.listdir(PROGRAMS) if p.endswith(".py"))
    if args.names:
        programs = [p for p in programs if any(n in p for n in args.names)]
    rows = []
    for name in programs:
        prog = os.path.join(PROGRAMS, name)
        ours = steps_of([cli, "steps", prog])
        theirs = steps_of([sys.executable, HARNESS, prog, "--steps"])
        same = "yes" if ours == theirs else f"NO ({len(ours)} vs {len(theirs)})"
        lt, lm = best([cli, "run", "--record", prog], args.repeat)
        ct, cm = best([sys.executable, HARNESS, prog], args.repeat)
        ipt = ""
        if args.callgrind:
            n = callgrind_instructions(cli, prog)
            ipt = f"{n / max(1, len(ours)):.0f}" if n else "?"
        rows.append((name, len(ours), same, lt, ct, ct / lt, lm, cm, ipt))
        print(f"  {name}: done", file=sys.stderr)
    print(f"{'program':<22}{'steps':>9}  {'same':<5}{'loopstep s':>11}{'cpython s':>11}{'ratio':>8}"
          f"{'loopstep MB':>13}{'cpython MB':>12}{'instr/step':>12}")
    for name, steps, same, lt, ct, ratio, lm, cm, ipt in rows:
        print(f"{name:<22}{steps:>9}  {same:<5}{lt:>11.3f}{ct:>11.3f}{ratio:>7.1f}x{lm:>13.0f}{cm:>12.0f}{ipt:>12}")
    return 0 if all(r[2] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
