# Loopstep asyncio prelude, part 4: gather, wait, wait_for, shield, as_completed (CPython 3.11).
#
# All of these are built from futures and done callbacks.  A done callback is always run
# through loop.call_soon, so each layer of waiting costs one loop iteration; keeping exactly
# CPython's layering (which future waits on which) keeps every task step on the same tick.


def _make_cancelled_error(fut):
    # Future._make_cancelled_error(): the CancelledError to propagate for a cancelled future
    # (for a task: the one its coroutine raised, chained).  Future.exception() raises the same.
    make = getattr(fut, "_make_cancelled_error", None)
    if make is not None:
        return make()
    try:
        fut.exception()
    except CancelledError as exc:
        return exc


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _waiter_releaser(waiter):
    # functools.partial(_release_waiter, waiter): one object, so it can be removed again.
    def release(*args):
        _release_waiter(waiter, *args)
    return release


# ---------------------------------------------------------------------------------------------
# gather: native (engine/asyncio/asyncio_gather.cpp) for its common call, the same steps; _gather: the rest
# ---------------------------------------------------------------------------------------------

class _GatheringFuture(Future):
    # The outer future of gather().  Cancelling it cancels the children instead of itself
    # (like Task.cancel, it is not immediately marked cancelled); the last child's done
    # callback then finishes it with a CancelledError.
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # Propagate the cancellation even with return_exceptions=True (bpo-32684).
            self._cancel_requested = True
        return ret


def _gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    # Runs (via call_soon) when each child finishes.
    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception retrieved
            return

        if not return_exceptions:
            if fut.cancelled():
                # A cancelled child counts as if it raised CancelledError.
                outer.set_exception(_make_cancelled_error(fut))
                return
            exc = fut.exception()
            if exc is not None:
                # First error wins; the other children keep running.
                outer.set_exception(exc)
                return

        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = getattr(child, "_cancel_message", None)
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(_make_cancelled_error(fut))
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            # Coroutines become tasks here, in argument order (their first steps are queued now).
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _loop_of(fut)
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]  # the same awaitable twice: one child, two results
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    _label(outer, "gather", children)
    return outer


# ---------------------------------------------------------------------------------------------
# wait
# ---------------------------------------------------------------------------------------------

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    # One waiter future; each member's done callback (a hop) may release it, and the waiting
    # task then resumes one more hop later.
    waiter = loop.create_future()
    _label(waiter, "wait", fs)
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


# ---------------------------------------------------------------------------------------------
# wait_for (3.11's own version, not 3.12's timeout()-based one)
# ---------------------------------------------------------------------------------------------

async def wait_for(fut, timeout):
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    # The task waits on `waiter`, released either by the timer or by fut's done callback;
    # it never awaits fut itself.
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _waiter_releaser(waiter)

    fut = ensure_future(fut, loop=loop)
    _label(waiter, "wait_for", fut)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # fut must not be running after wait_for() returns (bpo-32751).
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            # Timed out: cancel fut, wait for it to finish, then report the timeout.
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            # A cancellation that failed with some other exception is re-raised (bpo-40607).
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait on a separate waiter (not fut itself), so this stays cancellable.
    waiter = loop.create_future()
    _label(waiter, "wait_for", fut)
    cb = _waiter_releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


# ---------------------------------------------------------------------------------------------
# shield
# ---------------------------------------------------------------------------------------------

def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner  # shortcut: nothing to shield
    loop = _loop_of(inner)
    outer = loop.create_future()
    _label(outer, "shield", inner)

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---------------------------------------------------------------------------------------------
# as_completed (3.11: a plain generator of coroutines, fed through a Queue)
# ---------------------------------------------------------------------------------------------

def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = Queue()
    done._get_label = "as_completed"

    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # a dummy value for _wait_for_one()
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError  # the dummy from _on_timeout()
        return f.result()  # may raise f's exception

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
