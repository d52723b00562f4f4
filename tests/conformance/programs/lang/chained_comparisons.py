x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
print(3 > 2 > 1, 3 > 2 < 1, "a" < "b" < "c", 1 < 2 != 3)

def value(v):
    print("eval", v)
    return v

print(value(1) < value(2) < value(3))
print(value(3) < value(2) < value(1))
print(1 == 1.0, 2 != 2.0, x is not None, None is None, [] == [], [] is [])
a = [1]
b = a
print(a is b, a is not [1], a == [1])
print(0 < 0.5 < 1 < 1.5, -1 < 0 == 0.0 > -0.5)
print((1 < 2) < 3, 1 < (2 < 3))
print(2 in [1, 2] in [[1, 2]], "a" in "abc" == True)
