for n in [-3, 0, 7]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print("yes" if [] else "no", "yes" if [0] else "no")
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
total = 0
results = [total := total + d for d in data]
print(results, total)
label = "big" if (biggest := max(data)) > 5 else "small"
print(label, biggest)
print(None or "default", 0 or "", "first" or "second", "a" and "b", 0 and 1)
