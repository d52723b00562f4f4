# Loopstep asyncio prelude, part 1: run(), sleep(), ensure_future() and the wait constants.
#
# Executed into the `asyncio` module namespace after the natives (Future, Task, loops,
# get_running_loop, _label, _hide_task, ...) are in place.  Every function mirrors CPython 3.11
# step for step: the number and order of loop.call_soon hops is what makes Loopstep's ticks
# equal CPython's, so each hop is commented.

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


# ---------------------------------------------------------------------------------------------
# Small helpers shared by the other prelude files
# ---------------------------------------------------------------------------------------------

def _set_result_unless_cancelled(fut, result):
    # Timer callback of sleep(): the future may have been cancelled meanwhile.
    if fut.cancelled():
        return
    fut.set_result(result)


def _isawaitable(obj):
    # inspect.isawaitable minus the generator-flag cases (no types module here).
    return iscoroutine(obj) or isfuture(obj) or hasattr(type(obj), "__await__")


def _get_event_loop():
    # events._get_event_loop: the running loop, else the current (policy) loop.
    loop = _get_running_loop()
    if loop is None:
        loop = get_event_loop()
    return loop


def _loop_of(fut):
    # futures._get_loop
    return fut.get_loop()


# ---------------------------------------------------------------------------------------------
# sleep
# ---------------------------------------------------------------------------------------------

class _Sleep0:
    # CPython's @types.coroutine __sleep0: a bare `yield` travels up to Task.__step, which
    # re-queues the task's next step with call_soon -- exactly one loop iteration, no future.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    # Native: future = loop.create_future(); h = loop.call_later(delay,
    # _set_result_unless_cancelled, future, result); try: return await future; finally:
    # h.cancel().  The timer sets the result; the task is then woken through the future's done
    # callback (one more call_soon hop), exactly as in CPython.
    return await _sleep_wait(delay, result)


# ---------------------------------------------------------------------------------------------
# ensure_future
# ---------------------------------------------------------------------------------------------

async def _wrap_awaitable(awaitable):
    # tasks._wrap_awaitable: lets a Task drive any object with __await__ (no extra hops).
    return await awaitable


def _ensure_future(coro_or_future, *, loop=None):
    # asyncio.ensure_future; its common cases are done natively first (m_ensure_future).
    if isfuture(coro_or_future):
        if loop is not None and loop is not _loop_of(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


# ---------------------------------------------------------------------------------------------
# run  (CPython 3.11: asyncio.run -> Runner.__enter__/run/close)
# ---------------------------------------------------------------------------------------------

async def _shutdown_asyncgens(loop):
    # loop.shutdown_asyncgens(): closes the async generators still alive.  The loop object
    # may provide it (CPython's does); with nothing to close it returns in its first step.
    hook = getattr(loop, "shutdown_asyncgens", None)
    if hook is not None:
        await hook()


async def _shutdown_default_executor(loop):
    # loop.shutdown_default_executor(): Loopstep has no executor, so it returns at once.
    return None


def _run_hidden(loop, coro):
    # run_until_complete(coro) wraps the coroutine in a Task (consuming a Task-N number, as in
    # CPython); Loopstep leaves it out of the steps listing.
    task = loop.create_task(coro)
    _hide_task(task)
    return loop.run_until_complete(task)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _log_selector():
    # BaseSelectorEventLoop.__init__ logs its selector at DEBUG on the "asyncio" logger (seen with
    # basicConfig(level=DEBUG)); Linux's default selector is EpollSelector.
    import sys
    logging = sys.modules.get("logging")
    if logging is None:
        return
    logger = logging.getLogger("asyncio")
    if logger.isEnabledFor(logging.DEBUG):
        # As CPython's record: made in selector_events.py, line 54, BaseSelectorEventLoop.__init__.
        logger.handle(logger.makeRecord("asyncio", logging.DEBUG, "<stdlib>/asyncio/selector_events.py", 54,
                                        "Using selector: %s", ("EpollSelector",), None, "__init__"))


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    # Runner.__enter__ -> _lazy_init: a fresh loop, installed as the current one.
    loop = new_event_loop()
    _log_selector()
    set_event_loop(loop)
    if debug is not None and hasattr(loop, "set_debug"):
        loop.set_debug(debug)
    try:
        # Runner.run
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        # Runner.__exit__ -> close
        try:
            _cancel_all_tasks(loop)
            _run_hidden(loop, _shutdown_asyncgens(loop))
            _run_hidden(loop, _shutdown_default_executor(loop))
        finally:
            set_event_loop(None)
            loop.close()
