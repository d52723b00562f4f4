# A toy RSA round trip, the classroom version: key generation with pow(e, -1, phi), encryption
# and decryption with three-argument pow, run as a server task and client tasks.
import asyncio
import math

p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("n =", n)
print("bits:", n.bit_length(), "check:", e * d % phi, math.gcd(e, phi))


def encode(text):
    return sum(ord(c) << (8 * i) for i, c in enumerate(reversed(text)))


def decode(number):
    chars = []
    while number:
        number, c = divmod(number, 256)
        chars.append(chr(c))
    return "".join(reversed(chars))


async def server(inbox, outbox):
    while True:
        client, cipher = await inbox.get()
        if cipher is None:
            break
        await asyncio.sleep(0.01)
        plain = pow(cipher, d, n)
        await outbox.put((client, decode(plain)))


async def client(name, message, inbox):
    m = encode(message)
    assert m < n
    cipher = pow(m, e, n)
    print(f"{name} sends {cipher % 10 ** 12:012d}... ({cipher.bit_length()} bits)")
    await inbox.put((name, cipher))


async def main():
    inbox, outbox = asyncio.Queue(), asyncio.Queue()
    srv = asyncio.create_task(server(inbox, outbox))
    msgs = {"alice": "hello bob", "bob": "hi alice!", "carol": "big ints"}
    await asyncio.gather(*(client(k, v, inbox) for k, v in msgs.items()))
    for _ in msgs:
        who, text = await outbox.get()
        print(who, "->", text, text == msgs[who])
    await inbox.put(("stop", None))
    await srv

    # signatures: s = m^d, verify s^e == m
    digest = encode("contract") * 7919 % n
    signature = pow(digest, d, n)
    print(pow(signature, e, n) == digest)
    print(pow(3, -1, 7), pow(-3, -1, 7), pow(2, -2, 9), pow(5, 0, 1), pow(2 ** 100, 2 ** 100, 10 ** 9 + 7))
    for args in [(6, -1, 9), (2, -1, 0), (2, 3, 0), (2.0, 3, 5), (2 ** 70, -1, 2 ** 71)]:
        try:
            print(pow(*args))
        except Exception as exc:
            print(type(exc).__name__ + ":", exc)


asyncio.run(main())
