# Gathering nested results from tasks and pretty-printing them (width, indent, sort_dicts).
import asyncio
import pprint


async def fetch_user(uid):
    await asyncio.sleep(0.1 * uid)
    return {"id": uid, "name": f"user{uid}", "roles": ["reader", "writer"][: uid % 3],
            "address": {"city": "Springfield", "zip": f"{uid:05d}", "geo": (44.05 + uid, -123.09)},
            "active": uid % 2 == 0}


async def main():
    users = await asyncio.gather(*(fetch_user(i) for i in range(1, 4)))
    pprint.pprint(users)
    pprint.pprint(users[0], width=40)
    pprint.pprint(users[1], indent=4, width=50)
    pprint.pprint(users[2], sort_dicts=False, width=60)
    pprint.pp({"zeta": 1, "alpha": [1, 2], "mid": None}, width=20)
    summary = {"count": len(users), "ids": [u["id"] for u in users], "by_city": {"Springfield": users}}
    text = pprint.pformat(summary, width=70, depth=3)
    print(text)
    print(pprint.pformat(summary, depth=1), pprint.pformat(summary, depth=2, width=200))
    print(pprint.pformat(list(range(40)), width=60))
    print(pprint.pformat(list(range(40)), width=60, compact=True))
    print(pprint.pformat([[1, 2, 3], [4, 5], "x" * 30, {"k": "v"}] * 3, width=35, compact=True))
    print(pprint.pformat({"big": 1234567890, "small": -5000}, underscore_numbers=True))
    print(pprint.pformat((1,), width=1), pprint.pformat(((("deep",),),), width=5))


asyncio.run(main())
