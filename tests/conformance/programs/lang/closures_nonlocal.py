def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers_fixed()])

def outer():
    message = "outer"

    def middle():
        def inner():
            nonlocal message
            message = "changed by inner"
        inner()
        return message

    result = middle()
    return result, message

print(outer())

def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add

acc = accumulator()
print(acc(1), acc(2), acc(3))
adders = {}
for name, amount in [("one", 1), ("ten", 10)]:
    def adder(x, amount=amount):
        return x + amount
    adders[name] = adder
print(adders["one"](5), adders["ten"](5))
