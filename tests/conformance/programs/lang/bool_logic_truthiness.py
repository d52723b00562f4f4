print(True and False, True or False, not True, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, [] or {}, "" or "x")

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], {}, {0: 0}, set(), (), (None,), None, range(0), range(1)]:
    print(repr(v), bool(v))
print(not None == None, (not None) == None)
x = None
print(x is None, x is not None, x == None)
print(True == 1, False == 0, True is not False)
print(sum([True, True, False]), [True] * 2, True + 0.5)
