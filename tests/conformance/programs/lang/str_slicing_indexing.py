s = "event loop"
print(s[0], s[-1], s[-4], s[3])
print(s[1:4], s[:5], s[6:], s[-4:], s[:-5])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1])
print(repr(s[20:]), repr(s[5:2]), s[-100:3], s[3:100])
print(len(s), s[len(s) - 1])
for i, ch in enumerate("abc"):
    print(i, ch)
print(list("hey"), tuple("hi"))
word = "racecar"
print(word == word[::-1], "python"[::-1])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "E"
except TypeError as e:
    print("TypeError:", e)
