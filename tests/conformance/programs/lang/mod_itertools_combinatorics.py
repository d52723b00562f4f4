# The combinatoric iterators and groupby, as a puzzle-solving exercise uses them.
from itertools import product, permutations, combinations, combinations_with_replacement, groupby, tee

print(list(product("ab", repeat=2)))
print(list(product([1, 2], "xy")))
print(len(list(permutations(range(5)))), list(permutations("abc", 2)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 5)))
print(list(combinations_with_replacement("ab", 3)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
a, b = tee([1, 2, 3])
print(list(a), list(b))
total = 0
for coins in product([1, 2, 5], repeat=3):
    if sum(coins) == 8:
        total += 1
print("ways:", total)
try:
    list(permutations("ab", -1))
except ValueError as e:
    print("ValueError:", e)
