# Producer/consumer in plain (single-threaded) code with queue.Queue: a bounded queue, put/get
# with block=False and timeouts, task_done() and join(), and the errors of misusing them.
import queue
import time

q = queue.Queue(maxsize=3)
print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())

produced = 0
for i in range(5):
    try:
        q.put_nowait(f"order-{i}")
        produced += 1
        print(f"put order-{i}: qsize={q.qsize()} full={q.full()}")
    except queue.Full:
        print(f"order-{i} rejected: queue is full")

start = time.time()
try:
    q.put("order-late", timeout=1.5)
except queue.Full as e:
    print(f"waited {time.time() - start} s, still full: {type(e).__name__} {e.args}")

while not q.empty():
    order = q.get()
    print("processing", order, "| left:", q.qsize(), "| unfinished:", q.unfinished_tasks)
    q.task_done()

q.join()  # every task is done: returns at once
print("all orders processed after", time.time(), "s")

try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait on an empty queue: Empty")
try:
    q.get(block=True, timeout=0.25)
except queue.Empty:
    print("get(timeout=0.25) gave up at t =", time.time())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

unbounded = queue.Queue()
for n in range(1000):
    unbounded.put(n)
print("unbounded:", unbounded.qsize(), unbounded.full(), sum(unbounded.get() for _ in range(1000)))
unbounded.put("forgotten")
print("joining with one unfinished task...")
unbounded.join()
print("never printed")
