line = "milk,bread,,eggs"
print(line.split(","))
print(line.split(",", 1))
print(line.rsplit(",", 1))
print(line.rsplit(","))
print("  a  b\tc\n d  ".split())
print("  a  b  ".split(" "))
print("a b c d".split(None, 2))
print("a b c d".rsplit(None, 2))
print("".split(), "".split(","))
print("one".split(","))
words = ["async", "await", "event", "loop"]
print(" ".join(words))
print(", ".join(words))
print("".join(reversed(words)))
print("-".join("abc"))
print("\n".join(["first", "second"]))
print("+".join(str(n) for n in range(5)))
try:
    print(",".join([1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
