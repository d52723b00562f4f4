# A tutorial's web server: every request gets an id in a ContextVar, and a logging helper deep in
# the call chain prints it without the id being passed down. Each request runs in its own task.
import asyncio
import contextvars
import random

request_id = contextvars.ContextVar("request_id", default="no-request")
client_ip = contextvars.ContextVar("client_ip")


def log(message):
    # No arguments about the request: the context knows which one we are serving.
    ip = client_ip.get("?")
    print(f"[{request_id.get()} {ip}] {message}")


async def fetch_user(user_id):
    log(f"SELECT * FROM users WHERE id={user_id}")
    await asyncio.sleep(random.uniform(0.01, 0.05))
    return {"id": user_id, "name": f"user{user_id}"}


async def render(user):
    await asyncio.sleep(0.01)
    log(f"rendering page for {user['name']}")
    return f"<h1>{user['name']}</h1>"


async def handle_request(n, ip):
    request_id.set(f"req-{n}")
    client_ip.set(ip)
    log("start")
    user = await fetch_user(n * 10)
    page = await render(user)
    log(f"done, {len(page)} bytes")
    return page


async def main():
    log("server starting")
    requests = [("10.0.0.1", 1), ("10.0.0.7", 2), ("10.0.0.1", 3), ("192.168.1.5", 4)]
    tasks = [asyncio.create_task(handle_request(n, ip), name=f"request-{n}") for ip, n in requests]
    pages = await asyncio.gather(*tasks)
    log(f"served {len(pages)} pages")
    # The server's own context never saw any request id.
    print("server request_id:", request_id.get())
    try:
        client_ip.get()
    except LookupError as e:
        print("client_ip unset in the server:", type(e).__name__, e.args[0] is client_ip, e.args[0].name)


asyncio.run(main())
