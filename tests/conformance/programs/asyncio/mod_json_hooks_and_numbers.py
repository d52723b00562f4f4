# Decoding hooks: object_pairs_hook for ordered pairs, parse_float/parse_int, parse_constant, cls=.
import asyncio
import json


class Money:
    def __init__(self, text):
        self.cents = int(text.replace(".", ""))

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


class StrictDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.no_duplicates, **kw)

    def no_duplicates(self, pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError(f"duplicate keys in {keys}")
        return dict(pairs)


async def order_service(order_text, delay):
    await asyncio.sleep(delay)
    order = json.loads(order_text, parse_float=Money)
    total = sum(item["price"].cents * item["qty"] for item in order["items"])
    return order["id"], total


async def main():
    orders = [
        '{"id": "A1", "items": [{"price": 3.50, "qty": 2}, {"price": 0.99, "qty": 1}]}',
        '{"id": "B2", "items": [{"price": 10.00, "qty": 3}]}',
    ]
    for oid, total in await asyncio.gather(*(order_service(t, 0.1 * i) for i, t in enumerate(orders))):
        print(oid, total)
    print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
    print(json.loads('{}', object_pairs_hook=lambda pairs: ("pairs", pairs)))
    print(json.loads('[1, 2.5, 10]', parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s))
    print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: name.lower()))
    print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
    print(json.loads('{"ok": 1}', cls=StrictDecoder))
    try:
        json.loads('{"a": 1, "a": 2}', cls=StrictDecoder)
    except ValueError as err:
        print("ValueError:", err)
    decoder = json.JSONDecoder()
    print(decoder.raw_decode('[1, 2] trailing'))
    print(decoder.decode('  {"k": "v"}  '))
    stream = '{"n": 1} {"n": 2}  {"n": 3}'
    pos, found = 0, []
    while pos < len(stream):
        obj, pos = decoder.raw_decode(stream, pos)
        found.append(obj["n"])
        while pos < len(stream) and stream[pos] == " ":
            pos += 1
    print(found)
    print(json.loads('-0'), json.loads('-0.0'), json.loads('1E3'), json.loads('2e-2'), json.loads('0'))
    for text in ['01', '1.', '-', '.5', '1e', '+1', '0x10']:
        try:
            print(text, "->", json.loads(text))
        except json.JSONDecodeError as err:
            print(text, "->", err)
    encoder = json.JSONEncoder(indent=2, sort_keys=True)
    print(encoder.encode({"b": [1], "a": None}))
    print(list(json.JSONEncoder().iterencode({"a": [1, "x"]})))
    print(json.JSONEncoder().encode("plain \u00fc"), json.JSONEncoder(ensure_ascii=False).encode("plain \u00fc"))


asyncio.run(main())
