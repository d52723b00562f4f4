s = "   hello world   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "..a..".lstrip("."), "..a..".rstrip("."))
print("\t\n padded \n".strip() + "|")
t = "the cat sat on the mat"
print(t.replace("at", "og"))
print(t.replace("at", "og", 2))
print(t.replace(" ", ""))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print(t.find("at"), t.find("at", 6), t.find("dog"), t.rfind("at"), t.rfind("the"))
print(t.index("sat"), t.rindex("t"))
print(t.count("at"), t.count("t"), "aaaa".count("aa"), t.count(""))
print(t.find("at", 5, 10), t.count("a", 0, 10))
try:
    t.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("abc" in "xxabcxx", "abd" not in "xxabcxx", "" in "abc")
