from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0
        self.seq = 0
        self.done = []

    def submit(self, name, priority, duration=1):
        job = Job(priority, self.seq, name, duration)
        self.seq += 1
        # Keep the queue sorted: insert before the first job that compares greater.
        index = 0
        while index < len(self.queue) and self.queue[index] <= job:
            index += 1
        self.queue.insert(index, job)
        print(f"t={self.clock:>2} submit {name} (p{priority}, {duration}u) queue={[j.name for j in self.queue]}")

    def run(self, slice_length=2):
        while self.queue:
            job = self.queue.pop(0)
            ran = min(slice_length, job.duration)
            self.clock += ran
            job.duration -= ran
            if job.duration > 0:
                print(f"t={self.clock:>2} {job.name} ran {ran}u, {job.duration}u left (demoted)")
                self.submit(job.name, job.priority + 1, job.duration)
            else:
                print(f"t={self.clock:>2} {job.name} finished")
                self.done.append((job.name, self.clock))
            if self.clock == 4:
                self.submit("urgent-fix", 0, 1)


s = Scheduler()
s.submit("backup", 3, 5)
s.submit("email", 1, 1)
s.submit("report", 2, 3)
s.submit("index", 2, 2)
s.submit("cleanup", 5, 1)
s.run()
print("completion order:", [name for name, _ in s.done])
waits = {name: t for name, t in s.done}
print("average completion time: {:.2f}".format(sum(waits.values()) / len(waits)))
print(sorted([Job(2, 1, "b"), Job(1, 5, "a"), Job(2, 0, "c")]))
