n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n //= 5
print(n)
n %= 3
print(n)
n **= 5
print(n)
n /= 4
print(n)
f = 1.5
f *= 3
f -= 0.5
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print(bits)
counts = {"x": 1}
counts["x"] += 10
counts["y"] = counts.get("y", 0) + 1
print(counts)
values = [1, 2, 3]
values[0] += 100
values[-1] *= 2
print(values)


class Score:
    def __init__(self):
        self.points = 0


sc = Score()
sc.points += 7
sc.points -= 2
print(sc.points)
t = (1, 2)
t += (3,)
print(t)
