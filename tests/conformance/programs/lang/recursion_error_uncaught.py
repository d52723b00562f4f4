def forever(n):
    return forever(n + 1) + 1


print("before")
forever(0)
print("never")
