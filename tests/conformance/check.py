#!/usr/bin/env python3
"""Conformance runner: Loopstep's loopstep-cli against CPython 3.11 on the virtual clock.

    python3 tests/conformance/check.py --cli build/bin/loopstep-cli [--categories lang,bad]
                                       [--rederive | --no-rederive] [-j N] [-v] [PATTERN...]
    python3 tests/conformance/check.py --update [--categories ...] [PATTERN...]
    python3 tests/conformance/check.py --expectations-only [PATTERN...]

Every program tests/conformance/programs/<category>/<name>.py has <name>.expected.json beside it,
written by `--update` from tests/harness/cpython_vclock.py (never by hand).  For each program the
runner runs `loopstep-cli run FILE [args]` and compares stdout, exit code and the last non-empty
stderr line with the expectation; outside the `lang` and `bad` categories it also runs
`loopstep-cli steps FILE [args]` and compares its lines with the expected steps (unless the program
says `# compare: output-only`).  Programs marked `# compare: stderr` (programs that log or warn)
also compare their whole stderr, paths normalised (see normalise_stderr).  Programs marked `# expect-exit: 2 [line: L]` must be refused:
exit code 2 and a last stderr line `FILE:L:COL: error: ...`.

With --rederive (the default when a CPython 3.11 is available) the harness is also run on every
program and the committed expectation must equal what CPython gives now, so a hand-edited or stale
expected file fails.  PATTERNs select programs: a glob (fnmatch) or a substring of
`<category>/<name>`.  The last line printed is always `N passed, N failed`; the exit code is 1 when
anything failed (2 for bad usage).  See README.md in this directory.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
HARNESS = os.path.join(os.path.dirname(HERE), "harness", "cpython_vclock.py")
# The `lessons` category runs the repo's lessons/*.py and keeps their expectations in
# programs/lessons/<name>.expected.json.
LESSONS_CATEGORY = "lessons"
LESSONS_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "lessons")
# The `projects` category holds programs of several files: programs/projects/<name>/main.py and the
# modules it imports beside it (`import helpers`), expectation programs/projects/<name>.expected.json.
PROJECTS_CATEGORY = "projects"
TIMEOUT_SECONDS = 20
# Categories whose programs have no tasks: `steps` is not compared there.
STEPLESS_CATEGORIES = {"lang", "bad"}
FIELDS = ("stdout", "exit_code", "error_line", "steps")
REFUSAL_RE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): error: .+$")


class Program:
    def __init__(self, path, category=None, expected_dir=None, name=None):
        self.path = path
        self.category = category or os.path.basename(os.path.dirname(path))
        base = name or os.path.splitext(os.path.basename(path))[0]
        self.name = f"{self.category}/{base}"
        self.expected_path = os.path.join(expected_dir or os.path.dirname(path), base + ".expected.json")
        self.args = []
        self.output_only = False
        self.compare_stderr = False
        self.expect_exit = None
        self.expect_line = None
        self.marker_error = None
        self._read_markers()

    def _read_markers(self):
        """Markers live in the comment lines at the very top of the file."""
        with open(self.path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if not line.startswith("#"):
                    break
                text = line[1:].strip()
                if text.startswith("args:"):
                    self.args = shlex.split(text[len("args:"):])
                elif text.startswith("compare:"):
                    for value in text[len("compare:"):].replace(",", " ").split():
                        if value == "output-only":
                            self.output_only = True
                        elif value == "stderr":
                            self.compare_stderr = True
                        else:
                            self.marker_error = f"unknown compare mode '{value}'"
                elif text.startswith("expect-exit:"):
                    m = re.fullmatch(r"expect-exit:\s*(\d+)(?:\s+line:\s*(\d+))?\s*", text)
                    if not m:
                        self.marker_error = f"malformed marker '{text}'"
                        continue
                    self.expect_exit = int(m.group(1))
                    self.expect_line = int(m.group(2)) if m.group(2) else None

    @property
    def fields(self):
        """The fields of its expectation: FIELDS, and the whole stderr for `# compare: stderr`."""
        return FIELDS + ("stderr",) if self.compare_stderr else FIELDS

    @property
    def compares_steps(self):
        return (self.category not in STEPLESS_CATEGORIES and not self.output_only
                and self.expect_exit is None)


def discover(categories, patterns):
    programs = []
    for category in sorted(os.listdir(PROGRAMS_DIR)):
        directory = os.path.join(PROGRAMS_DIR, category)
        if not os.path.isdir(directory) or (categories and category not in categories):
            continue
        source_dir = LESSONS_DIR if category == LESSONS_CATEGORY else directory
        for entry in sorted(os.listdir(source_dir)):
            if category == PROJECTS_CATEGORY:
                main = os.path.join(source_dir, entry, "main.py")
                program = Program(main, category, directory, name=entry) if os.path.isfile(main) else None
            elif entry.endswith(".py"):
                program = Program(os.path.join(source_dir, entry), category, directory)
            else:
                program = None
            if program and (not patterns or any(_matches(program.name, p) for p in patterns)):
                programs.append(program)
    return programs


def _matches(name, pattern):
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatch(name, pattern)
    return pattern in name


def _child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(command):
    """Returns (stdout, stderr, exit code) or None on timeout (the whole process group is killed)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               env=_child_env(), start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
        process.communicate()
        return None
    return stdout.decode("utf-8", errors="replace"), stderr.decode("utf-8", errors="replace"), process.returncode


# Loopstep's own note before a run (notebook mode, SPEC §2): `FILE:LINE: note: ...`, at most one,
# first on stderr. It is not the program's stderr, so it is set aside before comparing.
NOTE_RE = re.compile(r"^\S.*:\d+: note: ")


def split_notes(stderr):
    """Returns (the program's stderr, Loopstep's note lines)."""
    kept, notes = [], []
    for line in stderr.splitlines(True):
        (notes if NOTE_RE.match(line) else kept).append(line)
    return "".join(kept), notes


def normalise_stderr(text, program_path):
    """As the harness gives stderr: the program's path (as given or absolute) is its base name."""
    base = os.path.basename(program_path)
    text = text.replace(os.path.abspath(program_path), base)
    return text.replace(f'"{program_path}"', f'"{base}"').replace(f"{program_path}:", f"{base}:")


def last_nonempty_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def derive(program, python):
    """Runs the CPython harness; returns (result dict, seconds) or raises RuntimeError."""
    start = time.monotonic()
    outcome = _run([python, HARNESS, program.path, "--json", *program.args])
    seconds = time.monotonic() - start
    if outcome is None:
        raise RuntimeError(f"the harness timed out after {TIMEOUT_SECONDS} s")
    stdout, stderr, code = outcome
    if code != 0:
        raise RuntimeError(f"the harness failed (exit {code}): {last_nonempty_line(stderr)}")
    result = json.loads(stdout)
    return {field: result[field] for field in program.fields}, seconds


def load_expected(program):
    with open(program.expected_path, encoding="utf-8") as handle:
        return json.load(handle)


def write_expected(program, result):
    with open(program.expected_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def _text_diff(expected, actual, label, names):
    lines = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                 f"{names[0]} {label}", f"{names[1]} {label}", n=2)
    out = []
    for line in lines:
        out.append("      " + (line if line.endswith("\n") else line + "\n\\ no newline at end\n"))
    return "".join(out).rstrip("\n")


def compare_fields(expected, actual, fields, names=("expected", "actual")):
    """Returns a list of human-readable differences between two result dicts."""
    problems = []
    width = max(len(n) for n in names) + 1
    if "stdout" in fields and expected["stdout"] != actual["stdout"]:
        problems.append("stdout differs:\n" + _text_diff(expected["stdout"], actual["stdout"], "stdout", names))
    if "exit_code" in fields and expected["exit_code"] != actual["exit_code"]:
        problems.append(f"exit code: {names[0]} {expected['exit_code']}, {names[1]} {actual['exit_code']}")
    if "error_line" in fields and expected["error_line"] != actual["error_line"]:
        problems.append(f"last stderr line:\n      {names[0] + ':':<{width}} {expected['error_line']!r}\n"
                        f"      {names[1] + ':':<{width}} {actual['error_line']!r}")
    if "stderr" in fields and expected["stderr"] != actual["stderr"]:
        problems.append("stderr differs:\n" + _text_diff(expected["stderr"], actual["stderr"], "stderr", names))
    if "steps" in fields and expected["steps"] != actual["steps"]:
        exp, act = expected["steps"], actual["steps"]
        first = next((i for i in range(min(len(exp), len(act))) if exp[i] != act[i]), min(len(exp), len(act)))
        problems.append(f"steps differ at step {first} ({names[0]} {len(exp)} steps, {names[1]} {len(act)}):\n"
                        + _text_diff("".join(s + "\n" for s in exp), "".join(s + "\n" for s in act), "steps",
                                     names))
    return problems


def check_program(program, options):
    """Returns (passed, list of problems, notes)."""
    problems, notes = [], []
    if program.marker_error:
        return False, [f"marker: {program.marker_error}"], notes
    if not os.path.exists(program.expected_path):
        return False, ["no expected file: run check.py --update on it"], notes
    expected = load_expected(program)
    fields = [f for f in program.fields if f != "steps" or not program.output_only]

    if options.rederive:
        try:
            derived, seconds = derive(program, options.python)
        except (RuntimeError, ValueError, KeyError) as exc:
            problems.append(f"re-deriving the expectation: {exc}")
        else:
            stale = compare_fields(expected, derived, fields, ("committed", "CPython"))
            if stale:
                problems.append("the committed expectation differs from what CPython 3.11 gives now "
                                "(hand-edited or stale; regenerate with --update):\n    "
                                + "\n    ".join(stale))
            if seconds > 1.0:
                notes.append(f"note: the harness took {seconds:.2f} s")

    if options.cli:
        outcome = _run([options.cli, "run", program.path, *program.args])
        if outcome is None:
            return False, problems + [f"`run` timed out after {TIMEOUT_SECONDS} s"], notes
        if program.expect_exit is not None:
            problems.extend(_check_refusal(program, outcome))
        else:
            stdout, stderr, code = outcome
            stderr, loopstep_notes = split_notes(stderr)
            if len(loopstep_notes) > 1:
                problems.append(f"more than one note from Loopstep on stderr: {loopstep_notes!r}")
            actual = {"stdout": stdout, "exit_code": code, "error_line": last_nonempty_line(stderr),
                      "stderr": normalise_stderr(stderr, program.path)}
            compared = ("stdout", "exit_code", "error_line") + (("stderr",) if program.compare_stderr else ())
            problems.extend(compare_fields(expected, actual, compared))
        if program.compares_steps:
            outcome = _run([options.cli, "steps", program.path, *program.args])
            if outcome is None:
                problems.append(f"`steps` timed out after {TIMEOUT_SECONDS} s")
            else:
                actual = {"steps": outcome[0].splitlines()}
                problems.extend(compare_fields(expected, actual, ("steps",)))
    return not problems, problems, notes


def _check_refusal(program, outcome):
    _, stderr, code = outcome
    problems = []
    if code != program.expect_exit:
        problems.append(f"exit code: expected {program.expect_exit} (refused), got {code}")
    line = last_nonempty_line(stderr)
    m = REFUSAL_RE.match(line)
    if not m:
        problems.append(f"last stderr line is not 'FILE:LINE:COL: error: ...': {line!r}")
    else:
        if os.path.basename(m.group("file")) != os.path.basename(program.path):
            problems.append(f"the diagnostic names {m.group('file')!r}, not the program")
        if program.expect_line is not None and int(m.group("line")) != program.expect_line:
            problems.append(f"the diagnostic is at line {m.group('line')}, expected line "
                            f"{program.expect_line}: {line!r}")
    return problems


def update(programs, options):
    failures = 0

    def one(program):
        try:
            result, seconds = derive(program, options.python)
        except (RuntimeError, ValueError, KeyError) as exc:
            return program, None, 0.0, str(exc)
        write_expected(program, result)
        return program, result, seconds, None

    with concurrent.futures.ThreadPoolExecutor(options.jobs) as pool:
        for program, result, seconds, error in pool.map(one, programs):
            if error:
                failures += 1
                print(f"FAIL {program.name}: {error}")
                continue
            warnings = []
            if result["exit_code"] == 0 and result["error_line"] and not program.compare_stderr:
                warnings.append(f"exit 0 but stderr says {result['error_line']!r}")
            if seconds > 1.0:
                warnings.append(f"the harness took {seconds:.2f} s")
            if program.category in STEPLESS_CATEGORIES and result["steps"]:
                warnings.append("has task steps but its category does not compare steps")
            status = "warn" if warnings else "ok  "
            if options.verbose or warnings:
                print(f"{status} {program.name}: exit {result['exit_code']}, {len(result['steps'])} steps, "
                      f"{seconds:.2f} s" + "".join(f"\n     {w}" for w in warnings))
    print(f"{len(programs) - failures} passed, {failures} failed")
    return 1 if failures else 0


def find_python311(explicit):
    if explicit:
        return explicit
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    return shutil.which("python3.11")


def main(argv):
    parser = argparse.ArgumentParser(description="Loopstep conformance runner (see README.md).")
    parser.add_argument("--cli", help="path to loopstep-cli")
    parser.add_argument("--categories", help="comma-separated categories to run (default: all)")
    rederive = parser.add_mutually_exclusive_group()
    rederive.add_argument("--rederive", dest="rederive", action="store_true", default=None,
                          help="also re-derive every expectation from CPython 3.11 (default when available)")
    rederive.add_argument("--no-rederive", dest="rederive", action="store_false")
    parser.add_argument("--update", action="store_true", help="regenerate the .expected.json files")
    parser.add_argument("--expectations-only", action="store_true",
                        help="only re-derive and compare the expectations (no CLI)")
    parser.add_argument("--python", help="the CPython 3.11 to run the harness with")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("patterns", nargs="*", metavar="PATTERN")
    options = parser.parse_args(argv)

    categories = set(filter(None, (options.categories or "").split(","))) or None
    if categories:
        unknown = sorted(c for c in categories if not os.path.isdir(os.path.join(PROGRAMS_DIR, c)))
        if unknown:
            parser.error(f"unknown categories: {', '.join(unknown)}")
    programs = discover(categories, options.patterns)
    if not programs:
        parser.error("no program matches")
    options.jobs = max(1, options.jobs)
    options.python = find_python311(options.python)

    if options.update:
        if not options.python:
            parser.error("--update needs CPython 3.11 (python3.11 not found; use --python)")
        return update(programs, options)

    if options.expectations_only:
        options.cli, options.rederive = None, True
    elif not options.cli:
        parser.error("--cli is required (or use --update / --expectations-only)")
    elif not os.path.exists(options.cli):
        parser.error(f"--cli {options.cli}: no such file")
    if options.rederive is None:
        options.rederive = options.python is not None
        if not options.rederive:
            print("note: no CPython 3.11 found; expectations are not re-derived")
    elif options.rederive and not options.python:
        parser.error("--rederive needs CPython 3.11 (python3.11 not found; use --python)")

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(options.jobs) as pool:
        results = pool.map(lambda p: (p, *check_program(p, options)), programs)
        for program, ok, problems, notes in results:
            if ok:
                passed += 1
                if options.verbose:
                    print(f"ok   {program.name}")
            else:
                failed += 1
                print(f"FAIL {program.name}  ({os.path.relpath(program.path)})")
                for problem in problems:
                    print("  - " + problem.replace("\n", "\n  "))
            for note in notes:
                print(f"     {program.name}: {note}")
            sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
