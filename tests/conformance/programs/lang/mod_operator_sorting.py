# Sorting records with operator.itemgetter / attrgetter / methodcaller, as a data tutorial does.
from operator import itemgetter, attrgetter, methodcaller
import operator
import string


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"Student({self.name!r}, {self.grade!r}, {self.age})"


rows = [("john", "A", 15), ("jane", "B", 12), ("dave", "B", 10)]
print(sorted(rows, key=itemgetter(2)))
print(sorted(rows, key=itemgetter(1, 2)))
students = [Student(*r) for r in rows]
print(sorted(students, key=attrgetter("grade", "age")))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), attrgetter("name")(students[0]))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.abs(-3))
print(repr(itemgetter(1, "x")), repr(attrgetter("a.b")))
print(string.ascii_lowercase, string.digits, string.capwords("hello   big world"))
print(string.punctuation)
x = [1]
print(operator.iadd(x, [2]), x)
