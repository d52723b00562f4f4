# Loopstep asyncio prelude, part 3: Queue, LifoQueue, PriorityQueue (CPython 3.11 queues.py).
#
# A blocked get()/put() waits on a plain future; put_nowait()/get_nowait() wake the first
# live waiter by setting its result, and the waiting task resumes one call_soon hop later and
# re-checks the queue (the `while` loops), exactly as in CPython.  _wakeup_next and
# _new_waiter are natives (engine/asyncio/asyncio_waiters.cpp) doing what CPython's Python does.


def _heap_siftdown(heap, startpos, pos):
    # heapq._siftdown: move heap[pos] up towards the root while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _heap_siftup(heap, pos):
    # heapq._siftup: push the smaller child up to the leaves, then sift the item back down.
    # (Same comparisons, in the same order, as CPython's heapq -- equal items end up alike.)
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _heap_siftdown(heap, startpos, pos)


def _heappush(heap, item):
    heap.append(item)
    _heap_siftdown(heap, 0, len(heap) - 1)


def _heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _heap_siftup(heap, 0)
        return returnitem
    return lastelt


class Queue(_LoopBound):
    # What a task blocked in get() is shown waiting on (as_completed uses its own label).
    _get_label = "queue.get"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished._kind = "queue.join"
        self._finished.set()
        self._init(maxsize)

    # The storage; subclasses override these three.
    def _init(self, maxsize):
        self._queue = _deque()

    # The synchronous methods are natives (engine/asyncio/asyncio_queue_methods.cpp), each CPython's
    # Python line for line, still going through `self` for everything a subclass may override.
    _get = _queue_get_item      # return self._queue.popleft()
    _put = _queue_put_item      # self._queue.append(item)

    def _items(self):
        return list(self._queue)

    # Wake the first waiter that is still waiting (the done ones are dropped).
    _wakeup_next = _wakeup_next

    def __repr__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._items():
            result += f' _queue={self._items()!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    qsize = _queue_qsize        # return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    empty = _queue_empty        # return not self._queue
    full = _queue_full          # False if self._maxsize <= 0 else self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = _new_waiter(self, "queue.put")
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # just in case putter is not done yet
                if putter in self._putters:
                    self._putters.remove(putter)
                # Woken but cancelled before running: pass the wake-up on.
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    # if self.full(): raise QueueFull; self._put(item); self._unfinished_tasks += 1;
    # self._finished.clear(); self._wakeup_next(self._getters)
    put_nowait = _queue_put_nowait

    async def get(self):
        while self.empty():
            getter = _new_waiter(self, self._get_label)
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # just in case getter is not done yet
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    # if self.empty(): raise QueueEmpty; item = self._get(); self._wakeup_next(self._putters)
    get_nowait = _queue_get_nowait

    # ValueError when nothing is unfinished; else one less, and self._finished.set() at zero
    task_done = _queue_task_done

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
