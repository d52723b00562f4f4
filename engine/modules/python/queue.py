# Loopstep's queue: CPython 3.11's thread-safe queues (Queue, LifoQueue, PriorityQueue,
# SimpleQueue, Empty, Full) with the same methods, checks and messages. There are no threads yet,
# so nothing can change a queue while its caller waits: a wait with a timeout passes that much
# virtual time, as time.sleep() does (then Empty or Full), and a wait without one can never end:
# the run stops there as a deadlock (exit 3; _blocks_forever is the engine's native, which names
# the program's line). Deviation: Queue.queue is a list (CPython: a collections.deque).
import heapq as _heapq
import time as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


def _wait(block, timeout, ready, exception, what):
    # The waiting of get() and put(): returns once ready() holds (at once, as no thread can make
    # it true later), else raises `exception` (after the timeout's virtual time) or blocks forever.
    if not block:
        if not ready():
            raise exception
    elif timeout is None:
        if not ready():
            _blocks_forever(what)
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    elif not ready():
        if timeout > 0:
            _time.sleep(timeout)
        raise exception


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            _blocks_forever("join")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            _wait(block, timeout, lambda: self._qsize() < self.maxsize, Full, "put")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _wait(block, timeout, self._qsize, Empty, "get")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    def __init__(self):
        self._queue = []

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _wait(block, timeout, lambda: len(self._queue) > 0, Empty, "get")
        return self._queue.pop(0)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
