def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5


print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), repr(str(e)))
assert True, "not raised"
values = [3, 1, 2]
assert sorted(values) == [1, 2, 3]
print("all assertions passed")
assert len(values) == 4, "expected four values"
