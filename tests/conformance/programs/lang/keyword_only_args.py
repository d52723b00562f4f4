def connect(host, *, port=80, timeout=5.0):
    return f"{host}:{port} (timeout {timeout})"

print(connect("example"))
print(connect("example", port=8080))
print(connect("example", timeout=1, port=1))

def report(*items, sep=", ", prefix):
    return prefix + sep.join(items)

print(report("a", "b", prefix="> "))
print(report(prefix="empty: "))

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
try:
    connect("example", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    report("a")
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1)
except TypeError as e:
    print("TypeError:", e)
