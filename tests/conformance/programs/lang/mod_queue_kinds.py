# The other queues of the queue module: PriorityQueue for jobs by priority, LifoQueue as an undo
# stack, SimpleQueue as a plain FIFO, and a retry loop whose timeouts pass on the clock.
import queue
import time
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = queue.PriorityQueue()
for job in (Job(3, "write report"), Job(1, "fix production bug"), Job(2, "review PR"), Job(1, "call customer")):
    jobs.put(job)
print("jobs waiting:", jobs.qsize())
while not jobs.empty():
    job = jobs.get()
    print(f"  priority {job.priority}: {job.name}")
    jobs.task_done()

tuples = queue.PriorityQueue(maxsize=2)
tuples.put((5, "low"))
tuples.put((0, "urgent"))
print("full:", tuples.full(), "| first out:", tuples.get(), "| then:", tuples.get_nowait())

undo = queue.LifoQueue()
for action in ("type 'hello'", "bold", "delete word"):
    undo.put(action)
    print("did:", action)
while not undo.empty():
    print("undo:", undo.get())

simple = queue.SimpleQueue()
for word in "the quick brown fox".split():
    simple.put(word)
simple.put_nowait("jumps")
print("simple:", simple.qsize(), [simple.get() for _ in range(simple.qsize())], simple.empty())
try:
    simple.get(timeout=0.5)
except queue.Empty:
    print("SimpleQueue.get(timeout=0.5) -> Empty at t =", time.time())

inbox = queue.Queue()
for attempt in range(1, 4):
    try:
        message = inbox.get(timeout=attempt * 0.5)
    except queue.Empty:
        print(f"attempt {attempt}: no message yet, t = {time.time()}")
        if attempt == 2:
            inbox.put("hello from attempt 2")
    else:
        print(f"attempt {attempt}: got {message!r} at t = {time.time()}")
print("issubclass(queue.Empty, Exception):", issubclass(queue.Empty, Exception), queue.Full.__name__)
