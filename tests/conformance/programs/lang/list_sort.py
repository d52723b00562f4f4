nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "fig", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
words.sort(key=lambda w: w[-1])
print(words)
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted([3.5, -1, 2, 0.0, -7.25]))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((9, 8, 7)))
result = nums.sort()
print(result)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
