#!/usr/bin/env python3
"""Runs Loopstep's asyncio prelude (engine/asyncio/*.py) on CPython 3.11 to prove it hop-exact.

Loopstep's `asyncio` module is native objects (Future, Task, the loop, ...) plus a Python prelude
executed into the same namespace.  Here the natives are CPython's own equivalents, the prelude
files are executed into that namespace in their fixed order, and the public names of CPython's
`asyncio` module are replaced by the prelude's.  The program then runs through the reference
harness (cpython_vclock.py), so stdout, exit code, last error line and steps are measured exactly
as for the expectations.  Equal results mean the prelude adds the same hops as CPython's asyncio.

Usage:
    python3 prelude_on_cpython.py [--reference] [--insertion-order] PROG.py [--seed N]
                                  [--set L:C=N] [--json | --steps]
        one program, same output as `cpython_vclock.py PROG ...`
        --reference        run CPython's own asyncio (no prelude), i.e. cpython_vclock.py itself
        --insertion-order  asyncio.all_tasks() lists tasks in creation order, and TaskGroup's and
                           wait()'s sets iterate in insertion order (Loopstep's set order, SPEC
                           section 2) instead of CPython's address-based set order
    python3 prelude_on_cpython.py --check [-v] [PATTERN...]
        every tests/conformance/programs/asyncio/*.py (or those matching PATTERN) against its
        .expected.json; prints diffs and `N passed, N failed`; exit 0 only if nothing failed.

CPython iterates a set of tasks in memory-address order, and the prelude's own objects shift
those addresses, so a program whose result depends on that order (asyncio.run cancelling
several leftover tasks, wait()/as_completed() over several tasks finishing at once) can differ
from its expectation for that reason alone.  When a program fails, --check therefore runs it
again twice with --insertion-order (as_completed's set comprehension stays address-ordered;
its programs are output-only), once on CPython's asyncio and once on the prelude: if those
two agree, the prelude is hop-exact and the difference is only CPython's set order; such
programs are counted as `set-order` (shown, not failed).  A program failing that way too is a
real failure.  A program whose committed expectation CPython itself no longer reproduces (the
program was edited after `check.py --update`) is judged against CPython's live answer and
counted as `stale` when the prelude equals it.
"""

import asyncio
import collections
import asyncio.events
import importlib.util
import os
import subprocess
import sys

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
        "_deque": collections.deque,
        "_hide_task": lambda task: None,
        "_sleep_wait": _sleep_wait,
        "_sleep0": _Sleep0,
        "_wakeup_next": _wakeup_next,
        "_all_cancelled": _all_cancelled,
        "_new_waiter": _new_waiter,
        "_queue_qsize": _queue_qsize,
        "_queue_empty": _queue_empty,
        "_queue_full": _queue_full,
        "_queue_put_item": _queue_put_item,
        "_queue_get_item": _queue_get_item,
        "_queue_put_nowait": _queue_put_nowait,
        "_queue_get_nowait": _queue_get_nowait,
        "_queue_task_done": _queue_task_done,
        "_event_set": _event_set,
        "_event_clear": _event_clear,
        "_lock_locked": _lock_locked,
        "_lock_release": _lock_release,
        "_lock_wake_up_first": _lock_wake_up_first,
    }


# The Queue and Event natives (engine/asyncio_queue_methods.cpp), as CPython 3.11's methods.
def _queue_qsize(self):
    return len(self._queue)


def _queue_empty(self):
    return not self._queue


def _queue_full(self):
    if self._maxsize <= 0:
        return False
    else:
        return self.qsize() >= self._maxsize


def _queue_put_item(self, item):
    self._queue.append(item)


def _queue_get_item(self):
    return self._queue.popleft()


def _queue_put_nowait(self, item):
    if self.full():
        raise asyncio.QueueFull
    self._put(item)
    self._unfinished_tasks += 1
    self._finished.clear()
    self._wakeup_next(self._getters)


def _queue_get_nowait(self):
    if self.empty():
        raise asyncio.QueueEmpty
    item = self._get()
    self._wakeup_next(self._putters)
    return item


def _queue_task_done(self):
    if self._unfinished_tasks <= 0:
        raise ValueError('task_done() called too many times')
    self._unfinished_tasks -= 1
    if self._unfinished_tasks == 0:
        self._finished.set()


def _event_set(self):
    if not self._value:
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)


def _event_clear(self):
    self._value = False


def _lock_locked(self):
    return self._locked


def _lock_release(self):
    if self._locked:
        self._locked = False
        self._wake_up_first()
    else:
        raise RuntimeError('Lock is not acquired.')


def _lock_wake_up_first(self):
    if not self._waiters:
        return
    fut = self._waiters[0]
    if not fut.done():
        fut.set_result(True)


# The waiter natives (engine/asyncio_waiters.cpp), as the Python they stand for.
def _wakeup_next(self, waiters):
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


def _all_cancelled(waiters):
    return all(w.cancelled() for w in waiters)


def _new_waiter(owner, kind):
    return owner._get_loop().create_future()


class _Sleep0:
    # Loopstep's native _sleep0(): a bare yield, as CPython's __sleep0.
    def __await__(self):
        yield


async def _sleep_wait(delay, result):
    # Loopstep's native _sleep_wait(): the body of CPython's asyncio.sleep for delay > 0.
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, asyncio.futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def install_prelude(harness):
    namespace = native_namespace()
    for name in PRELUDE_FILES:
        path = os.path.join(PRELUDE_DIR, name)
        if not os.path.exists(path):
            continue  # while the prelude is being written
        with open(path, encoding="utf-8") as handle:
            exec(compile(handle.read(), path, "exec"), namespace)
    # Loopstep's native ensure_future does its common cases itself and leaves the rest to the
    # prelude's _ensure_future; here that is all of it.
    if "_ensure_future" in namespace:
        namespace.setdefault("ensure_future", namespace["_ensure_future"])
    for name in PUBLIC:
        if name in namespace:
            setattr(asyncio, name, namespace[name])
    # asyncio.run's clean-up coroutines are the prelude's here: keep them out of the steps, as
    # the harness does for CPython's own shutdown_asyncgens / shutdown_default_executor.
    extra = tuple(namespace[n].__code__ for n in ("_shutdown_asyncgens", "_shutdown_default_executor")
                  if n in namespace)
    harness._CLEANUP_CODES = harness._CLEANUP_CODES + extra
    return namespace


class InsertionOrderedSet:
    """A set that iterates in insertion order, as Loopstep's sets do (SPEC section 2)."""

    def __init__(self, items=()):
        self._items = dict.fromkeys(items)

    def add(self, item):
        self._items[item] = None

    def discard(self, item):
        self._items.pop(item, None)

    def remove(self, item):
        del self._items[item]

    def clear(self):
        self._items.clear()

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items

    def __or__(self, other):
        return InsertionOrderedSet(list(self) + list(other))

    def __eq__(self, other):
        return set(self._items) == set(other)

    def __repr__(self):
        return "{" + ", ".join(map(repr, self._items)) + "}" if self._items else "set()"


def insertion_ordered_sets(harness, namespace=None):
    """Loopstep's set order for the sets of tasks asyncio keeps: all_tasks() in creation order,
    TaskGroup's and wait()'s sets in insertion order -- in CPython's asyncio modules, or in the
    prelude's namespace when one is given."""
    if namespace is not None:
        namespace["set"] = InsertionOrderedSet
    else:
        asyncio.taskgroups.set = InsertionOrderedSet
        asyncio.tasks.set = InsertionOrderedSet


def insertion_ordered_all_tasks(harness):
    """Makes asyncio.all_tasks() return the loop's pending tasks in creation order."""
    created = {}
    create_task = harness.VirtualClockLoop.create_task
    all_tasks = asyncio.tasks.all_tasks

    def numbered_create_task(self, coro, *, name=None, context=None):
        task = create_task(self, coro, name=name, context=context)
        created[task] = len(created)
        return task

    def ordered_all_tasks(loop=None):
        return sorted(all_tasks(loop), key=lambda task: created.get(task, -1))

    harness.VirtualClockLoop.create_task = numbered_create_task
    asyncio.all_tasks = asyncio.tasks.all_tasks = ordered_all_tasks


def run_one(argv):
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + argv, env)
    harness = _load("cpython_vclock", os.path.join(HERE, "cpython_vclock.py"))
    reference = "--reference" in argv
    ordered = "--insertion-order" in argv
    if ordered:
        insertion_ordered_all_tasks(harness)
    argv = [a for a in argv if a not in ("--reference", "--insertion-order")]
    if not reference:
        namespace = install_prelude(harness)
        if ordered:
            insertion_ordered_sets(harness, namespace)
    elif ordered:
        insertion_ordered_sets(harness)
    return harness.main(argv)


def check_all(argv):
    import json
    from concurrent.futures import ThreadPoolExecutor
    verbose = "-v" in argv
    patterns = [a for a in argv if a != "-v"]
    check = _load("conformance_check", os.path.join(ROOT, "tests", "conformance", "check.py"))
    programs = check.discover({"asyncio"}, patterns)

    def measure(program, *flags, script=os.path.abspath(__file__)):
        outcome = check._run([sys.executable, script, *flags, program.path, *program.args, "--json"])
        if outcome is None:
            return None, "timed out"
        stdout, stderr, code = outcome
        if code != 0:
            return None, f"failed (exit {code}): {stderr.strip()[-2000:]}"
        return json.loads(stdout), None

    def one(program):
        """Returns (program, verdict, problems); verdict is ok, fail, set-order or skip."""
        if not os.path.exists(program.expected_path):
            return program, "skip", []
        fields = check.FIELDS if program.compares_steps else ("stdout", "exit_code", "error_line")
        actual, error = measure(program)
        if error:
            return program, "fail", [error]
        problems = check.compare_fields(check.load_expected(program), actual, fields,
                                        ("cpython", "prelude"))
        if not problems:
            return program, "ok", []
        # The harness itself (not --reference, whose extra imports shift CPython's addresses and
        # with them its set order).
        live, error = measure(program, script=check.HARNESS)
        if error:
            return program, "fail", problems + [error]
        if check.compare_fields(check.load_expected(program), live, fields):
            # CPython itself no longer gives the expectation: judge against what it gives now.
            if not check.compare_fields(live, actual, fields):
                return program, "stale", problems
        reference, error1 = measure(program, "--reference", "--insertion-order")
        ordered, error2 = measure(program, "--insertion-order")
        if error1 or error2:
            return program, "fail", problems + [error1 or error2]
        if check.compare_fields(reference, ordered, fields):
            return program, "fail", problems
        return program, "set-order", problems

    passed = failed = skipped = set_order = stale = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for program, verdict, problems in pool.map(one, programs):
            if verdict == "stale":
                stale += 1
                print(f"STALE {program.name}: the prelude equals CPython run now; the committed "
                      f".expected.json is out of date")
            elif verdict == "skip":
                skipped += 1
                print(f"skip {program.name} (no .expected.json yet)")
            elif verdict == "ok":
                passed += 1
                if verbose:
                    print(f"ok   {program.name}")
            else:
                if verdict == "set-order":
                    set_order += 1
                    print(f"SET-ORDER {program.name}: differs from the expectation, but equals "
                          f"CPython when both iterate their sets of tasks in insertion order")
                else:
                    failed += 1
                    print(f"FAIL {program.name}")
                for problem in problems:
                    print("    " + problem.replace("\n", "\n    "))
    if skipped:
        print(f"{skipped} skipped (no expectation)")
    if stale:
        print(f"{stale} stale expectations (prelude equals CPython now; not failures)")
    if set_order:
        print(f"{set_order} differ only through CPython's address-based set order (not failures)")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        sys.exit(check_all(sys.argv[2:]))
    sys.exit(run_one(sys.argv[1:]))
