#!/usr/bin/env python3
"""Golden event-loop tables of the lessons, and byte-for-byte determinism of traces.

    python3 tests/golden/check_tables.py --cli build/bin/loopstep-cli            # check
    python3 tests/golden/check_tables.py --cli build/bin/loopstep-cli --update   # rewrite the goldens

1. Tables: for every lesson (lessons/*.py) and every lesson variant
   (tests/conformance/programs/asyncio/lessonvar_*.py), `loopstep-cli table FILE` must print exactly
   tests/golden/tables/<name>.table (the goldens are Loopstep's own output, reviewed when changed:
   they pin the workshop-style tables a teacher sees).
2. Determinism: `loopstep-cli trace FILE` run twice gives identical bytes, for every conformance
   program and lesson.
The last line is always `N passed, N failed`; exit 0 only when nothing failed.
"""
import argparse
import concurrent.futures
import difflib
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "tests", "golden", "tables")


def run(cli, command, path):
    proc = subprocess.run([cli, command, path], capture_output=True, timeout=60, cwd=ROOT)
    return proc.stdout, proc.returncode


def table_programs():
    lessons = sorted(glob.glob(os.path.join(ROOT, "lessons", "*.py")))
    variants = sorted(glob.glob(os.path.join(ROOT, "tests", "conformance", "programs", "asyncio", "lessonvar_*.py")))
    return lessons + variants


def all_programs():
    progs = sorted(glob.glob(os.path.join(ROOT, "tests", "conformance", "programs", "*", "*.py")))
    return progs + sorted(glob.glob(os.path.join(ROOT, "lessons", "*.py")))


def check_table(cli, path, update):
    name = os.path.splitext(os.path.basename(path))[0]
    golden = os.path.join(GOLDEN, name + ".table")
    out, _ = run(cli, "table", os.path.relpath(path, ROOT))
    text = out.decode("utf-8")
    if update:
        with open(golden, "w", encoding="utf-8") as f:
            f.write(text)
        return None
    if not os.path.exists(golden):
        return f"{name}: no golden table (run with --update)"
    with open(golden, encoding="utf-8") as f:
        expected = f.read()
    if expected == text:
        return None
    diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "loopstep", n=2))
    return f"{name}: table differs\n{diff}"


def check_deterministic(cli, path):
    rel = os.path.relpath(path, ROOT)
    a, _ = run(cli, "trace", rel)
    b, _ = run(cli, "trace", rel)
    if a != b:
        return f"{rel}: two runs gave different traces"
    if not a.strip():
        return f"{rel}: empty trace"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("-j", type=int, default=2)
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    os.makedirs(GOLDEN, exist_ok=True)
    jobs = [("table", p) for p in table_programs()]
    if not args.update:
        jobs += [("determinism", p) for p in all_programs()]
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = [pool.submit(check_table, cli, p, args.update) if kind == "table" else pool.submit(check_deterministic, cli, p)
                   for kind, p in jobs]
        results = [f.result() for f in futures]
    problems = [r for r in results if r]
    for p in problems:
        print("FAIL " + p)
    print(f"{len(results) - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
