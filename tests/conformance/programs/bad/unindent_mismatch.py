# expect-exit: 2 line: 5
def f():
        a = 1
        if a:
    return a
    return 0
