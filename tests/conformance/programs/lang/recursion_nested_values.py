# Values nested far deeper than the recursion limit: repr, ==, <, `in` and hash reach them through
# built-in code, which must raise RecursionError (not crash) — and the values stay usable.
def nest(start, wrap, depth=30000):
    value = start
    for _ in range(depth):
        value = wrap(value)
    return value


deep_list = nest([], lambda v: [v])
other_list = nest([], lambda v: [v])
deep_dict = nest({}, lambda v: {"k": v})
other_dict = nest({}, lambda v: {"k": v})
deep_tuple = nest((), lambda v: (v,))

checks = [
    ("repr(list)", lambda: repr(deep_list)),
    ("str(dict)", lambda: str(deep_dict)),
    ("repr(tuple)", lambda: repr(deep_tuple)),
    ("f-string", lambda: f"{deep_list}"),
    ("list ==", lambda: deep_list == other_list),
    ("dict ==", lambda: deep_dict == other_dict),
    ("list <", lambda: deep_list < other_list),
    ("in", lambda: deep_list in [other_list]),
    ("sorted", lambda: sorted([deep_list, other_list])),
]
for name, check in checks:
    try:
        check()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError:", e)

print("hash of the deep tuple is an int:", isinstance(hash(deep_tuple), int))
print("same object compares equal:", deep_list == deep_list)
print(len(deep_list), len(deep_dict), len(deep_tuple))
print("still usable")


class Node:
    pass


head = None
for i in range(50000):
    node = Node()
    node.next = head
    head = node
head = node = None
print("a 50000-node chain was freed")

print(deep_list != other_list)
