values = [0.1, 0.2, 0.3, 1 / 3, 2 / 7, 1e16, 1e-5, 123.456, 9.999999999999999e22, 2.2250738585072014e-308]
for v in values:
    text = repr(v)
    back = float(text)
    print(text, back == v, str(v) == text)

total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10))
print(0.1 + 0.2 == 0.3)
print(round(0.1 + 0.2, 10) == round(0.3, 10))
print(float(10 ** 15), float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(int(1e15), int(2.5e10), int(-7.99))
print(str(1.0), str(-2.50), str(1e100))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1)
inf = float("inf")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(1e308 * 10, -1e308 * 10)
