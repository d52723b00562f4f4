class Halt(Exception):
    pass


def step(n):
    if n == 3:
        raise Halt
    print("step", n)


for i in range(5):
    step(i)
