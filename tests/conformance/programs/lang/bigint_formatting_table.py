# Formatting big numbers in reports: thousands separators, alignment, bases, signs and
# scientific notation, with format(), str.format, f-strings and %.
national_debt = 34_567_890_123_456_789_012
atoms = 6022140760000000000000000
stars = -10 ** 24 - 1
rows = [("debt", national_debt), ("atoms", atoms), ("stars", stars), ("small", 42)]

print(f"{'name':<8}|{'value':>36}|{'hex':>24}")
for name, value in rows:
    print(f"{name:<8}|{value:>36,}|{value:>24x}")

for name, value in rows:
    print(f"{name:*^10} {value:_} {value:+} {value: } {value:=+40,}")

print(format(atoms, "e"), format(atoms, ".3E"), format(stars, ".2f"), format(atoms, "%"), format(atoms, "g"))
print(format(national_debt, "#x"), format(national_debt, "#X"), format(national_debt, "#o"), format(-national_debt, "#b")[:20])
print(format(national_debt, "_x"), format(national_debt, "_b")[:30], format(atoms, "n"), format(atoms, "d"))
print(format(atoms, "040d"), format(stars, "040,"), format(stars, "<40_"), format(atoms, "^40"))
print("{:>30,}".format(2 ** 80), "{0:x} {0:o}".format(2 ** 70), "{!r:>30}".format(3 ** 40))
print("%d|%30d|%-30d|%x|%X|%o|%+d" % (atoms, atoms, stars, atoms, atoms, atoms, atoms))
print("%e %.2f %g" % (atoms, national_debt, stars))
print(repr(2 ** 100), str(-(2 ** 100)), hex(-(2 ** 100)), oct(2 ** 65), bin(2 ** 65 + 1))

# a table of powers
for k in range(60, 141, 20):
    print(f"2**{k:<4}= {2 ** k:>45,}  {2 ** k:>37x}")

# errors from the format mini-language on big ints
for spec in ("c", ".3d", "z", "s", ",_", "_,", "#c"):
    try:
        print(format(2 ** 70, spec))
    except Exception as e:
        print(spec, type(e).__name__, e)
for spec in ("e", "f"):
    try:
        print(format(10 ** 400, spec))
    except Exception as e:
        print(spec, type(e).__name__, e)
