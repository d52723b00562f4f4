#!/usr/bin/env python3
"""CPython reference harness: run a program on CPython 3.11's own asyncio under Loopstep's virtual clock.

This is the measuring instrument of SPEC.md section 8; every expectation of the conformance suite
(tests/conformance/programs/**/*.expected.json) is what this file reports.  It must run under
CPython 3.11 (the reference), and it changes nothing in asyncio's scheduling: it only replaces the
clock, the waiting and the timer tie-break, and watches each task step.

Usage:
    python3 cpython_vclock.py PROG.py [--seed N] [--set LINE:COL=NUMBER]... [--notebook | --no-notebook]
                              [--json | --steps] [-- ARG...]

    (default)  behave like `loopstep-cli run`: the program's stdout on stdout, its stderr (warnings,
               the traceback of an uncaught exception, the deadlock message) on stderr, and the
               program's exit code.
    --steps    behave like `loopstep-cli steps`: one line per task step, `<repr(loop.time())> <name>`.
    --json     print one JSON object {"stdout", "exit_code", "error_line", "steps", "stderr"} and
               exit 0; error_line is the last non-empty stderr line or "".  stderr is the whole
               stderr with paths normalised: the program's own path is its base name, CPython's
               library directory is <stdlib> (so <stdlib>/asyncio/runners.py).
    -- ARG...  what follows `--` is the program's sys.argv[1:] (sys.argv[0] is PROG.py as given).

    --seed N             random.seed(N) just before the program starts (default 0, as SPEC §2 says).
    --set LINE:COL=NUM   replace the numeric literal that starts at 1-based LINE:COL (COL counts
                         characters) in a temporary copy of the program; exit 2 if none starts there.
    --notebook           compile with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT whatever the program holds.
    --no-notebook        never: top-level await stays the SyntaxError of `python3 prog.py`.

Exit codes: 0 ok, 1 uncaught exception, 2 bad usage / bad --set, 3 deadlock (the output and the
steps are those at the moment the deadlock is detected; one line on stderr says so).

What is virtual (SPEC §2, §8):
  * VirtualClockLoop subclasses asyncio.SelectorEventLoop: time() is the virtual clock (starting at
    0.0), _clock_resolution is 1e-9.  Installed through an event-loop policy, so asyncio.run,
    asyncio.new_event_loop and asyncio.get_event_loop all use it.
  * NonWaitingSelector subclasses selectors.SelectSelector; select(timeout) never waits and returns
    no events.  timeout None means nothing is ready and no timer is pending: a deadlock.  timeout > 0
    jumps the clock to the deadline of loop._scheduled[0].
  * asyncio.events.TimerHandle is replaced by a subclass numbering each handle at creation and
    ordering by (deadline, number), so equal deadlines fire in scheduling order.
  * time.sleep advances the clock; time.time / perf_counter / monotonic (and their _ns forms) read
    it; time.strftime / gmtime / localtime / ctime / asctime default to time.gmtime(clock).
  * Where asyncio walks a set of tasks to cancel them (asyncio.run's end-of-run cancellation and
    TaskGroup._abort), it goes in task-creation order rather than CPython's address-dependent set
    order: SPEC §2's set-order deviation, applied so that expectations cannot flip with memory
    layout.
Steps: every task's coroutine is wrapped in a collections.abc.Coroutine whose send() and throw()
first log `repr(loop.time())` and the current task's name - one entry per CPython Task.__step.
The wrapping is done in the loop's create_task (rather than a task factory) because in 3.11
loop.create_task(coro, name=...) without a factory does not consume a `Task-N` number, and a
factory would change that numbering.  asyncio.run's own clean-up coroutines (shutdown_asyncgens,
shutdown_default_executor) are not wrapped, so they never appear in the steps (they do consume a
Task-N number, as in CPython, after the program's own tasks).  Tasks built directly with
asyncio.Task(coro) bypass create_task and are not logged (outside the subset anyway).

Notebook mode (SPEC §2, §8): a program that `python3 prog.py` refuses with the SyntaxError of a
module-level await ("'await' outside function", "'async for' / 'async with' outside async
function", an asynchronous comprehension) is compiled again with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, as
`python -m asyncio` compiles what it is given; evaluating that code in a fresh __main__ namespace
gives a coroutine, which asyncio.run awaits (so it is Task-1, with the same step logging).  Every
other program takes the runpy path below, unchanged.

Like `python3 prog.py`: the program runs as __main__ via runpy.run_path with sys.argv = [PROG] and
its directory first on sys.path; the recursion limit is raised by the harness's own stack depth so
the program has CPython's usual headroom; stdout is a UTF-8 text stream (print(flush=True) works);
an uncaught exception (also one escaping asyncio.run) prints its traceback through
traceback.print_exception with the harness's and runpy's frames removed.  Where CPython's last
traceback line is not the `Type: message` line (exception groups end with their members' box,
exceptions with __notes__ with the notes), that line is repeated at the end.  The process ends with os._exit, so nothing that the
garbage collector or atexit would print at interpreter shutdown reaches stderr.  The harness
re-executes itself once with PYTHONHASHSEED=0 so that even accidental str-hash dependence is
reproducible.
"""

import argparse
import ast
import asyncio
import asyncio.events
import collections.abc
import datetime
import io
import itertools
import json
import queue
import logging
import os
import random
import re
import runpy
import selectors
import sys
import tempfile
import time
import tokenize
import traceback
import types

HARNESS_FILE = os.path.abspath(__file__)
RUNPY_FILES = (os.path.abspath(runpy.__file__), runpy.run_path.__code__.co_filename)


class VirtualClock:
    """The one clock of the run: loop.time(), time.time(), time.sleep() all share it."""

    def __init__(self):
        self.now = 0.0


CLOCK = VirtualClock()


class RunRecord:
    """What the run produced so far; frozen by a deadlock."""

    def __init__(self):
        self.stdout_bytes = io.BytesIO()
        self.stderr_text = io.StringIO()
        self.steps = []
        self.stdout = None  # the TextIOWrapper given to the program


RECORD = RunRecord()


# ---------------------------------------------------------------------------------------------
# Timers, selector, loop, policy
# ---------------------------------------------------------------------------------------------

_timer_numbers = itertools.count()


class NumberedTimerHandle(asyncio.events.TimerHandle):
    """Orders timers by (deadline, creation number): equal deadlines fire in scheduling order."""

    __slots__ = ("_number",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._number = next(_timer_numbers)

    def __lt__(self, other):
        if isinstance(other, NumberedTimerHandle):
            return (self._when, self._number) < (other._when, other._number)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, NumberedTimerHandle):
            return (self._when, self._number) > (other._when, other._number)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, NumberedTimerHandle):
            return (self._when, self._number) <= (other._when, other._number)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, NumberedTimerHandle):
            return (self._when, self._number) >= (other._when, other._number)
        return NotImplemented


class NonWaitingSelector(selectors.SelectSelector):
    """select() never blocks: it either reports a deadlock or jumps the virtual clock."""

    loop = None

    def select(self, timeout=None):
        if timeout is None:
            finish_on_deadlock(self.loop)
        if timeout > 0:
            deadline = self.loop._scheduled[0]._when
            if deadline > CLOCK.now:
                CLOCK.now = deadline
        return []


_WRAPPER_LEVELS = 2


class StepLoggingCoroutine(collections.abc.Coroutine):
    """Wraps a task's coroutine; each send()/throw() is one Task.__step and is logged first."""

    __slots__ = ("_inner", "_loop")

    def __init__(self, inner, loop):
        self._inner = inner
        self._loop = loop

    def _log(self):
        task = asyncio.current_task(self._loop)
        name = task.get_name() if task is not None else "?"
        RECORD.steps.append(f"{self._loop.time()!r} {name}")

    # While the wrapped coroutine runs, the recursion limit is raised by the two levels this
    # wrapper adds (its Python frame and the C call into it), so recursion inside a task hits
    # RecursionError at the same depth as under CPython's own Task.__step.
    def send(self, value):
        self._log()
        sys.setrecursionlimit(sys.getrecursionlimit() + _WRAPPER_LEVELS)
        try:
            return self._inner.send(value)
        except BaseException as exc:
            _drop_own_frame(exc)
            raise
        finally:
            sys.setrecursionlimit(sys.getrecursionlimit() - _WRAPPER_LEVELS)

    def throw(self, typ, val=None, tb=None):
        self._log()
        sys.setrecursionlimit(sys.getrecursionlimit() + _WRAPPER_LEVELS)
        try:
            if val is None and tb is None:
                return self._inner.throw(typ)
            return self._inner.throw(typ, val, tb)
        except BaseException as exc:
            _drop_own_frame(exc)
            raise
        finally:
            sys.setrecursionlimit(sys.getrecursionlimit() - _WRAPPER_LEVELS)

    def close(self):
        return self._inner.close()

    def __await__(self):
        return self._inner.__await__()

    def __getattr__(self, name):
        # cr_frame, cr_code, __name__, __qualname__ ... for Task.get_stack() and reprs.
        return getattr(object.__getattribute__(self, "_inner"), name)


def _drop_own_frame(exc):
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code.co_filename == HARNESS_FILE:
        exc.__traceback__ = tb.tb_next


_CLEANUP_CODES = (
    asyncio.base_events.BaseEventLoop.shutdown_asyncgens.__code__,
    asyncio.base_events.BaseEventLoop.shutdown_default_executor.__code__,
)


# Named as Linux's default selector, which asyncio's DEBUG log line names ("Using selector:
# EpollSelector"): programs that log at DEBUG see what they would see without the harness.
NonWaitingSelector.__name__ = NonWaitingSelector.__qualname__ = "EpollSelector"


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self, selector=None):
        selector = NonWaitingSelector()
        super().__init__(selector)
        selector.loop = self
        self._clock_resolution = 1e-9

    def time(self):
        return CLOCK.now

    def create_task(self, coro, *, name=None, context=None):
        if getattr(coro, "cr_code", None) not in _CLEANUP_CODES and asyncio.iscoroutine(coro):
            coro = StepLoggingCoroutine(coro, self)
        task = super().create_task(coro, name=name, context=context)
        CREATION_ORDER.setdefault(task, len(CREATION_ORDER))
        return task


# Where asyncio itself walks a set of tasks to cancel them -- asyncio.run's _cancel_all_tasks
# (over all_tasks()) and TaskGroup._abort (over its set of tasks) -- CPython's order is the set's
# order, which for tasks follows memory addresses: it can change with any unrelated allocation.
# Loopstep's sets iterate in insertion order (SPEC §2's documented deviation), so the harness
# makes these two walks go in task-creation order. Nothing else changes, and the sets the program
# itself sees (asyncio.all_tasks(), wait()'s done/pending) are CPython's own.
CREATION_ORDER = {}


def _creation_index(task):
    return CREATION_ORDER.get(task, -1)


class _TasksInCreationOrder:
    """asyncio.tasks as asyncio.runners sees it, except that all_tasks() is in creation order."""

    def __getattr__(self, name):
        return getattr(asyncio.tasks, name)

    @staticmethod
    def all_tasks(loop=None):
        return sorted(asyncio.tasks.all_tasks(loop), key=_creation_index)


def _abort_in_creation_order(self):
    # TaskGroup._abort of 3.11, walking the group's tasks in creation order.
    self._aborting = True
    for task in sorted(self._tasks, key=_creation_index):
        if not task.done():
            task.cancel()


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualClockLoop


# ---------------------------------------------------------------------------------------------
# time and random
# ---------------------------------------------------------------------------------------------

_real_sleep = time.sleep
_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime


def _v_sleep(seconds):
    if not isinstance(seconds, (int, float)):
        return _real_sleep(seconds)  # CPython's own TypeError, raised before any waiting
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    CLOCK.now = CLOCK.now + seconds


def _v_time():
    return CLOCK.now


def _v_time_ns():
    return int(CLOCK.now * 1e9)


def _v_gmtime(secs=None):
    return _real_gmtime(CLOCK.now if secs is None else secs)


def _v_strftime(fmt, t=None):
    return _real_strftime(fmt, _real_gmtime(CLOCK.now) if t is None else t)


def _v_asctime(t=None):
    return _real_asctime(_real_gmtime(CLOCK.now) if t is None else t)


def _v_ctime(secs=None):
    return _real_asctime(_real_gmtime(CLOCK.now if secs is None else secs))


# datetime's C classes cannot be patched, so the module gets stand-ins named like them: classes
# whose now()/today()/utcnow() read the virtual clock (as UTC) and whose every object -- made by
# calling the class, by its other constructors, or by arithmetic -- is an object of CPython's own
# class (so reprs, pickling and C-level checks are untouched). isinstance()/issubclass() against a
# stand-in answer for the original class. Local time is UTC (TZ=UTC), as in Loopstep.
_RealDate = datetime.date
_RealDateTime = datetime.datetime


class _AnswersForOriginal(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls._original)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls._original)


class _VirtualDate(_RealDate, metaclass=_AnswersForOriginal):
    _original = _RealDate

    def __new__(cls, *args, **kwargs):
        return _RealDate(*args, **kwargs)

    @classmethod
    def today(cls):
        return _RealDate.fromtimestamp(CLOCK.now)


class _VirtualDateTime(_RealDateTime, metaclass=_AnswersForOriginal):
    _original = _RealDateTime

    def __new__(cls, *args, **kwargs):
        return _RealDateTime(*args, **kwargs)

    @classmethod
    def now(cls, tz=None):
        return _RealDateTime.fromtimestamp(CLOCK.now, tz)

    @classmethod
    def today(cls):
        return _RealDateTime.fromtimestamp(CLOCK.now)

    @classmethod
    def utcnow(cls):
        return _RealDateTime.utcfromtimestamp(CLOCK.now)


def install_virtual_datetime():
    os.environ["TZ"] = "UTC"
    time.tzset()
    for stand_in, name in ((_VirtualDate, "date"), (_VirtualDateTime, "datetime")):
        stand_in.__name__ = stand_in.__qualname__ = name
        stand_in.__module__ = "datetime"
        setattr(datetime, name, stand_in)


# queue's blocking waits: with no other thread, nothing can change the queue while its caller
# waits. A timed wait passes its time on the virtual clock (then Empty / Full, as CPython's loop
# finds once the time is up); an untimed one never ends: the run stops as a deadlock (exit 3,
# output frozen) with the message Loopstep gives, naming the program's line.
_NOBODY = {"get": "nothing else can put", "put": "nothing else can get", "join": "nothing else can call task_done()"}


def _queue_blocks_forever(what):
    program = os.path.abspath(sys.argv[0])
    frame, where = sys._getframe(1), ""
    while frame is not None:
        if frame.f_code.co_filename == program:
            where = f" at line {frame.f_lineno}"
            break
        frame = frame.f_back
    RECORD.stderr_text.write(f"queue.{what}() blocks forever{where}: {_NOBODY[what]}\n")
    emit_and_exit(3)


def _queue_wait(block, timeout, ready, exception, what):
    if not block:
        if not ready():
            raise exception
    elif timeout is None:
        if not ready():
            _queue_blocks_forever(what)
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    elif not ready():
        CLOCK.now = CLOCK.now + timeout
        raise exception


_RealQueuePut, _RealQueueGet = queue.Queue.put, queue.Queue.get
_RealSimpleQueue = queue.SimpleQueue


def _v_queue_put(self, item, block=True, timeout=None):
    if self.maxsize > 0:
        _queue_wait(block, timeout, lambda: self._qsize() < self.maxsize, queue.Full, "put")
    return _RealQueuePut(self, item, block=False)


def _v_queue_get(self, block=True, timeout=None):
    _queue_wait(block, timeout, self._qsize, queue.Empty, "get")
    return _RealQueueGet(self, block=False)


def _v_queue_join(self):
    if self.unfinished_tasks:
        _queue_blocks_forever("join")


class _VirtualSimpleQueue(_RealSimpleQueue):
    def get(self, block=True, timeout=None):
        _queue_wait(block, timeout, lambda: not _RealSimpleQueue.empty(self), queue.Empty, "get")
        return _RealSimpleQueue.get(self, block=False)

    def get_nowait(self):
        return self.get(False)


def install_virtual_queue():
    queue.Queue.put, queue.Queue.get, queue.Queue.join = _v_queue_put, _v_queue_get, _v_queue_join
    _VirtualSimpleQueue.__name__ = _VirtualSimpleQueue.__qualname__ = "SimpleQueue"
    _VirtualSimpleQueue.__module__ = "_queue"
    queue.SimpleQueue = _VirtualSimpleQueue


def install_virtual_time():
    install_virtual_datetime()
    install_virtual_queue()
    time.sleep = _v_sleep
    time.time = _v_time
    time.perf_counter = _v_time
    time.monotonic = _v_time
    time.time_ns = _v_time_ns
    time.perf_counter_ns = _v_time_ns
    time.monotonic_ns = _v_time_ns
    time.gmtime = _v_gmtime
    time.localtime = _v_gmtime
    time.strftime = _v_strftime
    time.asctime = _v_asctime
    time.ctime = _v_ctime
    asyncio.events.TimerHandle = NumberedTimerHandle
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    asyncio.runners.tasks = _TasksInCreationOrder()
    asyncio.taskgroups.TaskGroup._abort = _abort_in_creation_order
    # asyncio imported logging before the clock was virtual: its start time (relativeCreated) is
    # the virtual clock's start, and asctime formats the clock as UTC.
    logging._startTime = 0.0
    logging.Formatter.converter = _real_gmtime


# ---------------------------------------------------------------------------------------------
# --set LINE:COL=NUMBER
# ---------------------------------------------------------------------------------------------

class UsageError(Exception):
    pass


_NUMBER_RE = re.compile(r"-?(\d[\d_]*(\.[\d_]*)?|\.\d[\d_]*)([eE][-+]?\d+)?$")


def apply_settings(source, settings):
    """Returns source with each numeric literal at LINE:COL replaced; raises UsageError."""
    lines = source.splitlines(keepends=True)
    edits = []
    for setting in settings:
        m = re.fullmatch(r"(\d+):(\d+)=(.+)", setting)
        if not m:
            raise UsageError(f"--set {setting}: expected LINE:COL=NUMBER")
        line, col, number = int(m.group(1)), int(m.group(2)), m.group(3)
        if not _NUMBER_RE.match(number):
            raise UsageError(f"--set {setting}: '{number}' is not a number")
        literal = None
        try:
            for tok in tokenize.generate_tokens(io.StringIO(source).readline):
                if tok.type == tokenize.NUMBER and tok.start == (line, col - 1):
                    literal = tok
                    break
        except (tokenize.TokenError, SyntaxError) as exc:
            raise UsageError(f"--set {setting}: cannot tokenize the program: {exc}")
        if literal is None:
            raise UsageError(f"--set {setting}: no numeric literal starts at line {line}, column {col}")
        if literal.start[0] != literal.end[0]:
            raise UsageError(f"--set {setting}: literal spans lines")
        edits.append((line, col - 1, literal.end[1], f"({number})" if number.startswith("-") else number))
    # Apply right-to-left so earlier columns stay valid.
    for line, start, end, text in sorted(edits, reverse=True):
        row = lines[line - 1]
        lines[line - 1] = row[:start] + text + row[end:]
    return "".join(lines)


# ---------------------------------------------------------------------------------------------
# Running and reporting
# ---------------------------------------------------------------------------------------------

def _is_hidden_frame(tb):
    name = tb.tb_frame.f_code.co_filename
    return name in RUNPY_FILES or os.path.abspath(name) == HARNESS_FILE


def _strip_hidden_frames(exc, seen=None):
    """Removes harness and runpy frames from exc's traceback, its causes, contexts and group members."""
    if seen is None:
        seen = set()
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        if not _is_hidden_frame(tb):
            kept.append(tb)
        tb = tb.tb_next
    new_tb = None
    for entry in reversed(kept):
        new_tb = types.TracebackType(new_tb, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    exc.__traceback__ = new_tb
    _strip_hidden_frames(exc.__cause__, seen)
    _strip_hidden_frames(exc.__context__, seen)
    if isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            _strip_hidden_frames(member, seen)


def _exception_line(exc):
    """CPython's `Type: message` line (module prefix unless builtins/__main__)."""
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    return f"{name}: {text}" if text else name


def report_uncaught(exc, stderr):
    _strip_hidden_frames(exc)
    traceback.print_exception(exc, file=stderr)
    # CPython ends an exception group's traceback with its members' box, and an exception with
    # notes with the notes; SPEC §8 wants `Type: message` last, so it is repeated there.
    if isinstance(exc, BaseExceptionGroup) or getattr(exc, "__notes__", None):
        line = _exception_line(exc)
        if "\n" not in line:
            stderr.write(line + "\n")


def finish_on_deadlock(loop):
    pending = sorted(t.get_name() for t in asyncio.all_tasks(loop) if not t.done())
    names = ", ".join(pending) if pending else "none"
    RECORD.stderr_text.write(
        f"deadlock at t={CLOCK.now!r}: nothing is ready and no timer is pending (waiting tasks: {names})\n")
    emit_and_exit(3)


OPTIONS = None
TEMP_FILES = []  # the --set copy and its directory, removed before exiting


def emit_and_exit(exit_code):
    """Writes the result in the chosen mode and ends the process at once (frozen output)."""
    try:
        RECORD.stdout.flush()
    except Exception:
        pass
    stdout = RECORD.stdout_bytes.getvalue().decode("utf-8", errors="replace")
    stderr = RECORD.stderr_text.getvalue()
    out_chunks, err_text = [], ""
    if OPTIONS.json:
        lines = [line for line in stderr.splitlines() if line.strip()]
        result = {
            "stdout": stdout,
            "exit_code": exit_code,
            "error_line": lines[-1] if lines else "",
            "steps": RECORD.steps,
            "stderr": normalise_paths(stderr),
        }
        out_chunks.append((json.dumps(result, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
        code = 0
    elif OPTIONS.steps:
        out_chunks.append("".join(step + "\n" for step in RECORD.steps).encode("utf-8"))
        err_text, code = stderr, exit_code
    else:
        out_chunks.append(RECORD.stdout_bytes.getvalue())
        err_text, code = stderr, exit_code
    # Bytes, not text: the result must not depend on the locale the harness was started in.
    for chunk in out_chunks:
        sys.__stdout__.buffer.write(chunk)
    sys.__stdout__.buffer.flush()
    sys.__stderr__.buffer.write(err_text.encode("utf-8", errors="backslashreplace"))
    sys.__stderr__.buffer.flush()
    for temp in TEMP_FILES:
        try:
            os.rmdir(temp) if os.path.isdir(temp) else os.remove(temp)
        except OSError:
            pass
    os._exit(code)


STDLIB_DIR = os.path.dirname(os.path.abspath(os.__file__))


def normalise_paths(text):
    """The program's path (absolute, or as given) becomes its base name; CPython's library, <stdlib>."""
    program = OPTIONS.program
    base = os.path.basename(program)
    for path in [*TEMP_FILES[:1], os.path.abspath(program)]:
        text = text.replace(path, base)
    text = text.replace(f'"{program}"', f'"{base}"')
    return text.replace(f'"{STDLIB_DIR}/', '"<stdlib>/')


def _stack_depth():
    frame, depth = sys._getframe(1), 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


# The SyntaxErrors of `python3 prog.py` that PyCF_ALLOW_TOP_LEVEL_AWAIT lifts at module level.
TOP_LEVEL_AWAIT_ERRORS = (
    "'await' outside function",
    "'async for' outside async function",
    "'async with' outside async function",
    "asynchronous comprehension outside of an asynchronous function",
)


def notebook_code(path):
    """The program's code compiled for notebook mode, or None when it runs as `python3 prog.py`."""
    if OPTIONS.notebook_mode == "off":
        return None
    with open(path, "rb") as handle:
        source = handle.read()
    if OPTIONS.notebook_mode == "auto":
        try:
            compile(source, path, "exec", dont_inherit=True)
            return None
        except SyntaxError as exc:
            if exc.msg not in TOP_LEVEL_AWAIT_ERRORS:
                return None  # runpy reports it, as before
    return compile(source, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)


def run_notebook(code, path):
    """Evaluates notebook code as __main__ and awaits its coroutine in asyncio.run."""
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=path, __cached__=None, __loader__=None, __package__=None,
                           __spec__=None, __builtins__=__builtins__)
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = module  # as runpy does: dataclasses and pickling look the module up
    try:
        result = eval(code, module.__dict__)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    finally:
        sys.modules["__main__"] = saved_main


def run_program(path, program_dir):
    """Runs path as __main__; returns the exit code (0 or 1, or SystemExit's)."""
    sys.argv = [OPTIONS.program] + OPTIONS.program_args
    os.environ["COLUMNS"] = "80"  # argparse's help width (78), as Loopstep's, whatever the terminal
    sys.path[0] = program_dir  # as `python3 prog.py` has it, instead of the harness's directory
    RECORD.stdout = io.TextIOWrapper(RECORD.stdout_bytes, encoding="utf-8", errors="strict",
                                     newline="\n", write_through=True)
    program_stderr = _StderrCapture(RECORD.stderr_text)
    sys.stdout = RECORD.stdout
    sys.stderr = program_stderr
    # The module frame sits 4 frames deeper than this one (run_path, _run_module_code, _run_code,
    # <module>) and exec() counts as one more level; give the program the headroom it has under
    # `python3 prog.py`, where its module frame is level 1 of 1000.
    sys.setrecursionlimit(sys.getrecursionlimit() + _stack_depth() + 4)
    random.seed(OPTIONS.seed)
    try:
        code = notebook_code(path)
        if code is not None:
            run_notebook(code, os.path.abspath(path))
        else:
            runpy.run_path(os.path.abspath(path), run_name="__main__")  # __file__ is absolute, as in 3.11
        return 0
    except SystemExit as exc:
        if exc.code is None:
            return 0
        if isinstance(exc.code, int):
            return exc.code
        RECORD.stderr_text.write(f"{exc.code}\n")
        return 1
    except BaseException as exc:
        try:
            RECORD.stdout.flush()
        except Exception:
            pass
        report_uncaught(exc, RECORD.stderr_text)
        return 1


class _StderrCapture(io.TextIOBase):
    """The program's sys.stderr (warnings go here too), kept in order with the traceback."""

    def __init__(self, sink):
        self._sink = sink

    def writable(self):
        return True

    def write(self, text):
        return self._sink.write(text)

    @property
    def encoding(self):
        return "utf-8"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="cpython_vclock.py", description=__doc__.split("\n")[0])
    parser.add_argument("program")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--set", action="append", default=[], dest="settings", metavar="LINE:COL=NUMBER")
    notebook = parser.add_mutually_exclusive_group()
    notebook.add_argument("--notebook", action="store_const", const="on", dest="notebook_mode", default="auto")
    notebook.add_argument("--no-notebook", action="store_const", const="off", dest="notebook_mode")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true")
    mode.add_argument("--steps", action="store_true")
    program_args = []
    if "--" in argv:
        cut = argv.index("--")
        argv, program_args = argv[:cut], argv[cut + 1:]
    options = parser.parse_args(argv)
    options.program_args = program_args
    return options


def main(argv):
    global OPTIONS
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, HARNESS_FILE] + argv, env)
    OPTIONS = parse_arguments(argv)
    if sys.version_info[:2] != (3, 11):
        print(f"cpython_vclock.py: warning: the reference is CPython 3.11, this is "
              f"{sys.version.split()[0]}", file=sys.stderr)
    path = OPTIONS.program
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
    except OSError as exc:
        print(f"cpython_vclock.py: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    if OPTIONS.settings:
        try:
            source = apply_settings(source, OPTIONS.settings)
        except UsageError as exc:
            print(f"{path}: error: {exc}", file=sys.stderr)
            return 2
        # Same base name in a private directory, so tracebacks still name the program.
        temp_dir = tempfile.mkdtemp(prefix="vclock-")
        path = os.path.join(temp_dir, os.path.basename(path))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(source)
        TEMP_FILES.extend([path, temp_dir])
    install_virtual_time()
    emit_and_exit(run_program(path, os.path.dirname(os.path.abspath(OPTIONS.program))))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
