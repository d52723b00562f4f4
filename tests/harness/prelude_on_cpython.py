#!/usr/bin/env python3
"""Runs Loopstep's asyncio prelude (engine/asyncio/*.py) on CPython 3.11 to prove it hop-exact.

Loopstep's `asyncio` module is native objects (Future, Task, the loop, ...) plus a Python prelude
executed into the same namespace.  Here the natives are CPython's own equivalents, the prelude
files are executed into that namespace in their fixed order, and the public names of CPython's
`asyncio` module are replaced by the prelude's.  The program then runs through the reference
harness (cpython_vclock.py), so stdout, exit code, last error line and steps are measured exactly
as for the expectations.  Equal results mean the prelude adds the same hops as CPython's asyncio.

Usage:
    python3 prelude_on_cpython.py PROG.py [--seed N] [--set L:C=N] [--json | --steps]
        one program, same output as `cpython_vclock.py PROG ...`
    python3 prelude_on_cpython.py --check [-v] [PATTERN...]
        every tests/conformance/programs/asyncio/*.py (or those matching PATTERN) against its
        .expected.json; prints diffs and `N passed, N failed`; exit 0 only if nothing failed.
"""

import asyncio
import asyncio.events
import importlib.util
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRELUDE_DIR = os.path.join(ROOT, "engine", "asyncio")
PRELUDE_FILES = ("runners.py", "locks.py", "queues.py", "tasks.py", "taskgroups.py", "timeouts.py")
PUBLIC = ("run", "sleep", "gather", "wait", "wait_for", "shield", "as_completed", "TaskGroup",
          "timeout", "timeout_at", "Timeout", "Queue", "LifoQueue", "PriorityQueue", "Lock", "Event",
          "Condition", "Semaphore", "BoundedSemaphore", "ensure_future",
          "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def native_namespace():
    """CPython's stand-ins for the natives Loopstep provides before the prelude runs."""
    return {
        "__name__": "asyncio",
        "Future": asyncio.Future,
        "Task": asyncio.Task,
        "Handle": asyncio.Handle,
        "TimerHandle": asyncio.TimerHandle,
        "CancelledError": asyncio.CancelledError,
        "InvalidStateError": asyncio.InvalidStateError,
        "TimeoutError": TimeoutError,
        "QueueEmpty": asyncio.QueueEmpty,
        "QueueFull": asyncio.QueueFull,
        "exceptions": asyncio.exceptions,
        "get_running_loop": asyncio.get_running_loop,
        "_get_running_loop": asyncio.events._get_running_loop,
        "get_event_loop": asyncio.get_event_loop,
        "new_event_loop": asyncio.new_event_loop,
        "set_event_loop": asyncio.set_event_loop,
        "current_task": asyncio.current_task,
        "all_tasks": asyncio.all_tasks,
        "iscoroutine": asyncio.iscoroutine,
        "isfuture": asyncio.isfuture,
        "iscoroutinefunction": asyncio.iscoroutinefunction,
        "_label": lambda fut, kind, detail=None: None,
        "_hide_task": lambda task: None,
    }


def install_prelude(harness):
    namespace = native_namespace()
    for name in PRELUDE_FILES:
        path = os.path.join(PRELUDE_DIR, name)
        if not os.path.exists(path):
            continue  # while the prelude is being written
        with open(path, encoding="utf-8") as handle:
            exec(compile(handle.read(), path, "exec"), namespace)
    for name in PUBLIC:
        if name in namespace:
            setattr(asyncio, name, namespace[name])
    # asyncio.run's clean-up coroutines are the prelude's here: keep them out of the steps, as
    # the harness does for CPython's own shutdown_asyncgens / shutdown_default_executor.
    extra = tuple(namespace[n].__code__ for n in ("_shutdown_asyncgens", "_shutdown_default_executor")
                  if n in namespace)
    harness._CLEANUP_CODES = harness._CLEANUP_CODES + extra
    return namespace


def run_one(argv):
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + argv, env)
    harness = _load("cpython_vclock", os.path.join(HERE, "cpython_vclock.py"))
    install_prelude(harness)
    return harness.main(argv)


def check_all(argv):
    import json
    verbose = "-v" in argv
    patterns = [a for a in argv if a != "-v"]
    check = _load("conformance_check", os.path.join(ROOT, "tests", "conformance", "check.py"))
    programs = check.discover({"asyncio"}, patterns)

    def one(program):
        if not os.path.exists(program.expected_path):
            return program, None
        outcome = check._run([sys.executable, os.path.abspath(__file__), program.path, *program.args, "--json"])
        if outcome is None:
            return program, ["timed out"]
        stdout, stderr, code = outcome
        if code != 0:
            return program, [f"failed (exit {code}): {stderr.strip()[-2000:]}"]
        actual = json.loads(stdout)
        fields = check.FIELDS if program.compares_steps else ("stdout", "exit_code", "error_line")
        return program, check.compare_fields(check.load_expected(program), actual, fields,
                                             ("cpython", "prelude"))

    passed = failed = skipped = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for program, problems in pool.map(one, programs):
            if problems is None:
                skipped += 1
                print(f"skip {program.name} (no .expected.json yet)")
            elif problems:
                failed += 1
                print(f"FAIL {program.name}")
                for problem in problems:
                    print("    " + problem.replace("\n", "\n    "))
            else:
                passed += 1
                if verbose:
                    print(f"ok   {program.name}")
    if skipped:
        print(f"{skipped} skipped (no expectation)")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        sys.exit(check_all(sys.argv[2:]))
    sys.exit(run_one(sys.argv[1:]))
