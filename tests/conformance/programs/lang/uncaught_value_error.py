def parse(text):
    return int(text)


print("parsing 12:", parse("12"))
print("parsing twelve:")
parse("twelve")
print("unreachable")
