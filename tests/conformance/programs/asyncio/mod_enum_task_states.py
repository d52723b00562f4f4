# A job runner whose jobs move through the states of an Enum.
import asyncio
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    def is_final(self):
        return self in (State.DONE, State.FAILED)


class Job:
    def __init__(self, name, duration):
        self.name = name
        self.duration = duration
        self.state = State.PENDING

    async def run(self):
        self.state = State.RUNNING
        print(f"{self.name}: {self.state}")
        await asyncio.sleep(self.duration)
        self.state = State.FAILED if self.duration > 0.25 else State.DONE
        print(f"{self.name}: {self.state.name} (final={self.state.is_final()})")


async def main():
    jobs = [Job("fetch", 0.1), Job("parse", 0.3), Job("store", 0.2)]
    await asyncio.gather(*(job.run() for job in jobs))
    print([job.state for job in jobs])
    print(State.DONE, repr(State.DONE), State.DONE.value, State(3), State["FAILED"], f"{State.RUNNING}")
    print(list(State), len(State), State.PENDING in State, State.DONE is State(3), State.DONE == 3)
    print(sorted(State, key=lambda s: s.name)[0], {State.DONE: "ok"}[State.DONE], list(State.__members__))
    print(type(State.DONE), isinstance(State.DONE, State), State, State.DONE.__class__.__name__)
    try:
        State(9)
    except ValueError as e:
        print("ValueError:", e)
    try:
        State["PAUSED"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        State.DONE < State.FAILED
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
