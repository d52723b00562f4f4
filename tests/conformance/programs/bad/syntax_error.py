# expect-exit: 2 line: 4
print("this line is fine")
x = 1
print("two") print("calls")
