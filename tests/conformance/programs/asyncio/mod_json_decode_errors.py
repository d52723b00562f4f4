# Validating incoming messages: a consumer task reports every malformed payload with its position.
import asyncio
import json

PAYLOADS = [
    '{"id": 1, "action": "start"}',
    '',
    '{"id": 2 "action": "stop"}',
    '{"id": 3, "action": "stop",}',
    '{id: 4}',
    '[1, 2,, 3]',
    '{"text": "unterminated}',
    '{"text": "tab\there"}',
    '{"text": "bad \\q escape"}',
    '{"text": "\\u12G4"}',
    '{"id": 5}\n{"id": 6}',
    '{\n  "id": 7,\n  "action":\n}',
    '{"a" 1}',
    'nul',
    '[1, 2',
    '  ',
    '\ufeff{"id": 8}',
]


async def producer(queue):
    for text in PAYLOADS:
        await asyncio.sleep(0.01)
        await queue.put(text)
    await queue.put(None)


async def consumer(queue):
    good = bad = 0
    while (text := await queue.get()) is not None:
        try:
            message = json.loads(text)
        except json.JSONDecodeError as err:
            bad += 1
            print(f"rejected: {err}")
            print(f"   msg={err.msg!r} pos={err.pos} line={err.lineno} col={err.colno}")
            print("   is ValueError:", isinstance(err, ValueError))
        else:
            good += 1
            print("accepted:", message)
    return good, bad


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, counts = await asyncio.gather(producer(queue), consumer(queue))
    print("good/bad:", counts)
    for wrong in [None, 3, ["[]"]]:
        try:
            json.loads(wrong)
        except TypeError as err:
            print("TypeError:", err)
    try:
        json.loads('{"a": 1}', strict=True, colour="red")
    except TypeError as err:
        print("TypeError:", err)
    print(json.loads('"line\nbreak"', strict=False))


asyncio.run(main())
