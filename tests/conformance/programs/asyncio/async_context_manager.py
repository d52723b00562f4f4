import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"opening {self.name}")
        await asyncio.sleep(0.5)
        print(f"opened {self.name} at {asyncio.get_running_loop().time()}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.25)
        print(f"closed {self.name} at {asyncio.get_running_loop().time()} error={exc!r}")
        return exc_type is KeyError

    async def query(self, q):
        await asyncio.sleep(1)
        return f"{self.name}:{q}"


async def main():
    async with Connection("db") as conn:
        print(await conn.query("select"))
    async with Connection("cache") as c:
        raise KeyError("swallowed")
    try:
        async with Connection("broken"):
            raise ValueError("propagates")
    except ValueError as e:
        print("ValueError:", e)
    async with Connection("a") as a, Connection("b") as b:
        print(await asyncio.gather(a.query(1), b.query(2)))


asyncio.run(main())
