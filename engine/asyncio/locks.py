# Loopstep asyncio prelude, part 2: Lock, Event, Condition, Semaphore, BoundedSemaphore.
#
# CPython 3.11 (locks.py, mixins.py).  Every waiter is a plain future from loop.create_future();
# whoever releases sets its result, and the waiting task is then woken by the future's done
# callback -- one call_soon hop, as in CPython.  Waiter lists are deques (_deque), as in CPython.


class _LoopBound:
    # mixins._LoopBoundMixin: the primitive binds to the first running loop that uses it.
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop

    def _repr_with(self, extra):
        waiters = self._waiters
        if waiters:
            extra = f'{extra}, waiters:{len(waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object [{extra}]>'


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBound):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return self._repr_with('locked' if self._locked else 'unlocked')

    locked = _lock_locked       # return self._locked (native, as the two below)

    async def acquire(self):
        # Fast path: free and nobody (still interested) queued ahead -- no hop at all.
        if not self._locked and (self._waiters is None or _all_cancelled(self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = _new_waiter(self, "lock")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Woken (or not) and cancelled: pass the turn on so nobody starves.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    # if self._locked: self._locked = False; self._wake_up_first()
    # else: raise RuntimeError('Lock is not acquired.')
    release = _lock_release

    # Only the first waiter is woken; it takes the lock when its step runs:
    # if self._waiters: fut = self._waiters[0]; if not fut.done(): fut.set_result(True)
    _wake_up_first = _lock_wake_up_first


class Event(_LoopBound):
    _kind = "event"  # what a waiting task is shown busy on (Queue.join uses "queue.join")

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return self._repr_with('set' if self._value else 'unset')

    def is_set(self):
        return self._value

    # Natives (engine/asyncio/asyncio_queue_methods.cpp), CPython's Python line for line:
    # if not self._value: self._value = True, then set_result(True) on every waiter not done
    set = _event_set
    clear = _event_clear        # self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _new_waiter(self, self._kind)
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBound):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The condition's lock methods are the lock's own bound methods.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        return self._repr_with('locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = _new_waiter(self, "condition")
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Re-acquire the lock whatever happened; a cancellation meanwhile is re-raised.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        return self._repr_with('locked' if self.locked()
                               else f'unlocked, value:{self._value}')

    def locked(self):
        # Also "locked" while a non-cancelled waiter is queued (fairness, 3.11.x).
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = _new_waiter(self, "semaphore")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # The releaser already counted this waiter in; hand its unit to the next one.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The unit is taken on the waiter's behalf right here (value -= 1).
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
