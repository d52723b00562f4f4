def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(punct=".", name="Bob", greeting="Bye"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))
start = 5

def uses_default(x=start):
    return x

start = 99
print(uses_default())
print(greet.__defaults__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
