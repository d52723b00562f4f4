# A web-server tutorial's request ids: 10,000 requests, each handled by its own task that sets a
# request-id ContextVar and reads it back in its helpers across several awaits (logging,
# a database call, a cache). Each task sees only its own id; the server's own context keeps the
# default. About 50,000 steps over 1.1 s of virtual time.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

mismatches = 0
served = 0


def log_prefix():
    return f"[{request_id.get()}]"


async def query_db(n):
    await asyncio.sleep(0.01 * (n % 7))
    return len(log_prefix()) + n % 10


async def read_cache(n):
    await asyncio.sleep(0)
    return user.get("anonymous")


async def handle(n):
    global mismatches, served
    rid = f"req-{n:05d}"
    token = request_id.set(rid)
    user.set(f"user{n % 100}")
    rows = await query_db(n)
    who = await read_cache(n)
    await asyncio.sleep(0.001)
    if request_id.get() != rid or who != f"user{n % 100}":
        mismatches += 1
    request_id.reset(token)
    if request_id.get() != "server":  # back to what the task inherited
        mismatches += 1
    served += 1
    return rows


async def main():
    request_id.set("server")
    handlers = [asyncio.create_task(handle(n)) for n in range(10000)]
    results = await asyncio.gather(*handlers)
    print("served", served, "rows", sum(results))
    print("mismatches", mismatches)
    print("server context still", request_id.get(), user.get("nobody"))


asyncio.run(main())
print("outside asyncio.run:", request_id.get())
