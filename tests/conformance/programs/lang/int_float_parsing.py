print(int("42"), int("  -7 "), int("+15"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("101", 2), int("0b101", 2), int("777", 8), int("z", 36))
print(int(3.9), int(-3.9), int(True), int(False), int("0"))
print(float("1.5"), float(" 2.5 "), float("1e3"), float("-.5"), float("inf"), float("-Infinity"))
print(float("nan"), float(3), float("1_000.5"), float(True))
print(str(42), str(-3.5), str(True), repr("42"))
bad_ints = ["abc", "3.5", "", " ", "12a", "1 2", "0x10"]
for text in bad_ints:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
for text in ["abc", "", "1.2.3", "1e"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
