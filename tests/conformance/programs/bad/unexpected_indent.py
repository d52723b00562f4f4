# expect-exit: 2 line: 3
x = 1
    y = 2
print(x + y)
