# Global and builtin names read at the same site while the module changes under them: rebound,
# shadowing a builtin then unshadowed, deleted (NameError), and many globals added meanwhile.


def read_len():
    return len([1, 2, 3])


def read_x():
    return X


X = 1
print(read_x(), read_len())
X = 2
print(read_x())


def len(seq):  # shadows the builtin from now on
    return "shadowed"


print(read_len())
del len
print(read_len())
g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = 0
h0 = h1 = h2 = h3 = h4 = h5 = h6 = h7 = h8 = h9 = 1
k0 = k1 = k2 = k3 = k4 = k5 = k6 = k7 = k8 = k9 = 2
print(read_x(), g9 + h9 + k9)
del X
try:
    read_x()
except NameError as e:
    print("NameError:", e)


def set_x(v):
    global X
    X = v


set_x(5)
print(read_x())
