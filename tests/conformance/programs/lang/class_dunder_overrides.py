# Overridden special methods of built-in subclasses are honoured by len(), in, iteration,
# indexing, repr and ==, and super() reaches the built-in ones.


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


class Countdown(list):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))

    def __len__(self):
        return 100


class Loud(list):
    def __repr__(self):
        return "Loud" + super().__repr__()

    def __eq__(self, other):
        return list.__len__(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
print(headers["CONTENT-TYPE"], "content-type" in headers, "Accept" in headers, headers)
try:
    headers["missing"]
except KeyError as e:
    print("KeyError", e)

c = Countdown([3, 1, 2])
print(list(c), len(c), bool(c), [x * 2 for x in c], c[0])

loud = Loud([1, 2])
print(loud, repr(loud), str(loud), loud == [1, 2], loud != [1, 2])
try:
    hash(loud)
except TypeError as e:
    print("TypeError:", e)


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, len(s), s + [9], type(s + [9]).__name__)
