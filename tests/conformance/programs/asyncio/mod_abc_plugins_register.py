# A plugin interface as an ABCMeta class: register() adds virtual subclasses, __subclasshook__
# recognises any class with the right method, abstract classmethods and staticmethods.
import asyncio
from abc import ABCMeta, abstractmethod


class Handler(metaclass=ABCMeta):
    @abstractmethod
    async def handle(self, message):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Handler and any("handle" in base.__dict__ for base in other.__mro__):
            return True
        return NotImplemented


class Echo(Handler):
    async def handle(self, message):
        await asyncio.sleep(0.1)
        return message

    @classmethod
    def kind(cls):
        return "echo"


class Shout:
    async def handle(self, message):
        await asyncio.sleep(0.2)
        return message.upper()


class Legacy:
    def process(self, message):
        return message[::-1]


Handler.register(Legacy)


async def main():
    replies = await asyncio.gather(Echo().handle("hi"), Shout().handle("hey"))
    print(replies, Echo.kind())
    print(isinstance(Shout(), Handler), issubclass(Shout, Handler), isinstance(Legacy(), Handler))
    print(isinstance("text", Handler), issubclass(Legacy, Handler), Handler.register(Echo) is Echo)

    class NoKind(Handler):
        async def handle(self, message):
            return message

    try:
        NoKind()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Handler.register(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
