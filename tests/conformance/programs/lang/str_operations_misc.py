s = "banana"
print(s + "s", s * 2, "an" in s, "x" not in s)
print(s < "cherry", s == "banana", s != "Banana", "a" < "b" < "c")
print(len(s), s.count("a"), s.find("nan"))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = sum(1 for ch in "programming in python" if ch in "aeiou")
print(vowels)
result = ""
for word in ["a", "b", "c"]:
    result += word.upper()
print(result)
print(str(123) + "4", int("12") + 3)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("x".join(["1", "2", "3"]).split("x"))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError:", e)
