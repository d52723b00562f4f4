import asyncio

balance = 100


async def withdraw(name, amount, lock):
    global balance
    async with lock:
        print(f"{name} checks balance {balance}")
        if balance >= amount:
            await asyncio.sleep(0.1)
            balance -= amount
            print(f"{name} withdrew {amount}, left {balance}")
        else:
            print(f"{name} refused")


async def unsafe_withdraw(name, amount):
    global balance
    if balance >= amount:
        await asyncio.sleep(0.1)
        balance -= amount
        print(f"{name} (unsafe) withdrew {amount}, left {balance}")


async def main():
    global balance
    lock = asyncio.Lock()
    await asyncio.gather(*(withdraw(n, 60, lock) for n in ["ann", "bob", "cid"]))
    print("locked:", lock.locked())
    balance = 100
    await asyncio.gather(*(unsafe_withdraw(n, 60) for n in ["ann", "bob"]))
    print("final unsafe balance", balance)
    await lock.acquire()
    print("acquired manually", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
