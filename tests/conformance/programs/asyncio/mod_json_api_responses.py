# Simulating a small HTTP API: handlers answer JSON bodies after some latency, a client decodes them.
import asyncio
import json

USERS = {1: {"name": "Ada", "langs": ["python", "c"]}, 2: {"name": "Linus", "langs": ["c"]}}


async def handle(path):
    await asyncio.sleep(0.05 * len(path))
    if path.startswith("/users/"):
        user_id = int(path.rsplit("/", 1)[1])
        if user_id in USERS:
            return 200, json.dumps({"id": user_id, **USERS[user_id]})
        return 404, json.dumps({"error": "not found", "id": user_id})
    if path == "/users":
        return 200, json.dumps(USERS)  # int keys become strings
    if path == "/stats":
        return 200, json.dumps({"avg": 2 / 3, "big": 1e21, "tiny": 5e-324, "neg": -0.0, "pi": 3.14})
    return 500, "Internal Server Error"


async def fetch(path):
    status, body = await handle(path)
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        return path, status, f"bad body: {exc.msg} at {exc.pos}"
    return path, status, data


async def main():
    paths = ["/users/1", "/users/2", "/users/9", "/users", "/stats", "/boom"]
    results = await asyncio.gather(*(fetch(p) for p in paths))
    for path, status, data in results:
        print(status, path, data)
    everyone = results[3][2]
    print(list(everyone), [type(k).__name__ for k in everyone])
    print(json.dumps({"z": 1, "a": [1, {"y": 2, "b": 3}]}, separators=(",", ":")))
    print(json.dumps({True: 1, None: 2, 1.5: 3, 7: 4}))
    print(json.dumps("caf\u00e9 \u2615 \U0001F600 tab\tquote\" back\\slash"))
    print(json.dumps("caf\u00e9 \u2615 \U0001F600", ensure_ascii=False))
    print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/"'))
    print(json.loads('[1, 2.50, -3e2, 0.1, true, false, null, "x"]'))
    print(json.loads(' {"nested": {"deep": [[], {}, [[1]]]}} \n'))


asyncio.run(main())
