def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


for s in [95, 85, 75, 10, 90, 89.9]:
    print(s, grade(s))


class Placeholder:
    pass


def todo():
    pass


for n in range(5):
    if n == 2:
        pass
    elif n % 2:
        print("odd", n)
    else:
        print("even", n)
print(todo(), type(Placeholder()).__name__)
x = 7
if x:
    if x > 5:
        if x % 7 == 0:
            print("nested ifs reached")
if not []:
    print("empty list is falsy")
if x > 100:
    print("no")
print("done")
