# expect-exit: 2 line: 4
print("about to read a file")
path = "/nonexistent-loopstep-dir/data.txt"
with open(path) as handle:
    print(handle.read())
