print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:.3f} {:5.1f} {:e}".format(3.14159, 2.5, 1000.0))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format(7))
print("{} {}".format(*[1, 2]), "{a}-{b}".format(**{"a": 1, "b": 2}))
d = {"milk": 2, "eggs": 12}
print("{milk} milk, {eggs} eggs".format(**d))
template = "{:03d}-{:>5}"
for i, item in enumerate(["a", "bb", "ccc"]):
    print(template.format(i, item))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
