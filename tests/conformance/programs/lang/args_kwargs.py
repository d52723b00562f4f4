def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", three=3)
numbers = [4, 5, 6]
options = {"sep": "|", "end": "!\n"}
show(*numbers, **options)
print(*numbers, **options)

def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale

print(total(1), total(1, 2, 3), total(1, 2, scale=10))

def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"

print(describe("milk", price=1.5, qty=2))

def forward(*args, **kwargs):
    return total(*args, **kwargs)

print(forward(2, 3, scale=2))
try:
    total()
except TypeError as e:
    print("TypeError:", e)
try:
    total(1, scale=2, bogus=3)
except TypeError as e:
    print("TypeError:", e)
def two(a, b):
    return a + b
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, c=2)
except TypeError as e:
    print("TypeError:", e)
