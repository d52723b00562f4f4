# __copy__ and __deepcopy__ with a memo, copies of dataclasses, and sets and dicts of objects.
import asyncio
import copy
from dataclasses import dataclass, field


class Connection:
    count = 0

    def __init__(self, host):
        Connection.count += 1
        self.host = host
        self.id = Connection.count

    def __copy__(self):
        print("reusing connection", self.id)
        return self

    def __deepcopy__(self, memo):
        print("opening a new connection to", self.host)
        clone = Connection(self.host)
        return clone


@dataclass
class Session:
    user: str
    conn: Connection
    tags: list = field(default_factory=list)


async def main():
    s1 = Session("ann", Connection("db"), ["admin"])
    await asyncio.sleep(0.1)
    s2 = copy.copy(s1)
    s3 = copy.deepcopy(s1)
    s2.tags.append("shared")
    print(s1.tags, s2.tags, s3.tags)
    print(s1.conn is s2.conn, s1.conn is s3.conn, s3.conn.id, s1 == s2, s3 == s1)
    s4 = copy.copy(s1)
    print(type(s4).__name__, s4.user)
    data = {"ids": {1, 2}, "pairs": [(1, [2])], "name": "x"}
    dup = copy.deepcopy(data)
    dup["ids"].add(3)
    dup["pairs"][0][1].append(4)
    print(data, dup)
    memo = {}
    a = [1, 2]
    b = copy.deepcopy(a, memo)
    c = copy.deepcopy(a, memo)
    print(b is c, b == a, b is a)


asyncio.run(main())
