# Several tasks compute large Fibonacci numbers concurrently, yielding to the loop between
# chunks of work; results are gathered and checked against identities.
import asyncio


async def fib(n, chunk=25):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i % chunk == chunk - 1:
            await asyncio.sleep(0.001 * (n // 100))
    return a


async def worker(name, n):
    value = await fib(n)
    digits = len(str(value))
    print(f"{name}: fib({n}) has {digits} digits, ends in {value % 10 ** 6:06d}")
    return n, value


async def main():
    ns = [100, 150, 200, 250, 300]
    results = await asyncio.gather(*(worker(f"task-{i}", n) for i, n in enumerate(ns)))
    table = dict(results)
    print(table[100])
    print(table[300])
    # F(2n) = F(n) * (2 * F(n+1) - F(n))
    f150, f151 = table[150], await fib(151)
    print(table[300] == f150 * (2 * f151 - f150))
    # Cassini: F(n-1) * F(n+1) - F(n)**2 == (-1)**n
    f199, f201 = await fib(199), await fib(201)
    print(f199 * f201 - table[200] ** 2)
    print(table[250] // table[249] if 249 in table else round(table[250] / await fib(249), 12))
    print(sum(table.values()) % 1_000_000_007, max(table.values()).bit_length())

    queue = asyncio.Queue()
    for n in (90, 93, 95):
        await queue.put(n)

    async def consumer():
        out = []
        while not queue.empty():
            n = await queue.get()
            out.append((n, await fib(n, chunk=10) > 2 ** 63))
            queue.task_done()
        return out

    print(await asyncio.gather(consumer(), consumer()))


asyncio.run(main())
