# Snowflake-style 96-bit ids and ledger balances in micro-cents: big ints as everyday data in an
# asyncio service (ids built from bit fields, totals, sorting, lookups).
import asyncio

EPOCH_BITS, NODE_BITS, SEQ_BITS = 48, 24, 24


def make_id(ts, node, seq):
    return (ts << (NODE_BITS + SEQ_BITS)) | (node << SEQ_BITS) | seq


def split_id(i):
    return i >> (NODE_BITS + SEQ_BITS), (i >> SEQ_BITS) & ((1 << NODE_BITS) - 1), i & ((1 << SEQ_BITS) - 1)


class Ledger:
    def __init__(self):
        self.balances = {}
        self.lock = asyncio.Lock()

    async def transfer(self, tx_id, account, amount):
        async with self.lock:
            old = self.balances.get(account, 0)
            await asyncio.sleep(0.001)
            self.balances[account] = old + amount
            return tx_id


async def node(node_id, ledger, count):
    done = []
    for seq in range(count):
        ts = 1_700_000_000_000 + seq * 7 + node_id
        tx = make_id(ts, node_id, seq)
        amount = (10 ** 22 + seq * 10 ** 18) * (-1 if seq % 3 == 2 else 1)
        done.append(await ledger.transfer(tx, f"acct-{seq % 2}", amount))
    return done


async def main():
    ledger = Ledger()
    batches = await asyncio.gather(*(node(n, ledger, 4) for n in (1, 2, 99)))
    ids = sorted(i for batch in batches for i in batch)
    print(len(ids), ids[0], ids[-1], max(ids).bit_length())
    print([split_id(i) for i in ids[:3]])
    print(all(make_id(*split_id(i)) == i for i in ids), len(set(ids)) == len(ids))
    for account, micro in sorted(ledger.balances.items()):
        dollars, cents = divmod(micro // 10 ** 12, 100)
        print(f"{account}: ${dollars:,}.{cents:02d} raw={micro:_}")
    total = sum(ledger.balances.values())
    print(total, total == sum(ledger.balances.values()), f"{total:.3e}", total / 10 ** 18)
    by_id = {i: n for n, batch in zip((1, 2, 99), batches) for i in batch}
    print(by_id[ids[5]], by_id.get(ids[5] + 1, "none"), hex(ids[0]), f"{ids[0]:#026x}")
    print(min(ids, key=lambda i: -i) == ids[-1], ids.index(ids[7]), ids[7] in ids, str(ids[7])[:10])


asyncio.run(main())
