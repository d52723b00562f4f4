counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter)

def read_only():
    return counter * 10

print(read_only())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def broken():
    print(counter)
    counter = 5

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError(), NameError))

def define_global():
    global created_later
    created_later = "hello"

define_global()
print(created_later)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
