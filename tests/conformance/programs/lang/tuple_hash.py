# hash() of tuples of ints, floats and bools (and nested tuples) is CPython 3.11's value.
print(hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), (3, (4, -1)))), hash((2999506665716506179, -1, 0, True, 1.5)))
print(hash((-1,)), {(1, 2): 'a', (2, 1): 'b'}[(2, 1)])
