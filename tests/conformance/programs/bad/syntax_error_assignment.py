# expect-exit: 2 line: 3
values = [1, 2, 3]
for i in range(3) print(i)
