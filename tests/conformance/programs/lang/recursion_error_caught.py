def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
count = 0


def counted():
    global count
    count += 1
    counted()


try:
    counted()
except RecursionError:
    print("depth reached:", count)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print("still running")
