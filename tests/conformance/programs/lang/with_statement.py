class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False


with Managed("first") as value:
    print("inside with", value)
try:
    with Managed("second"):
        print("about to fail")
        raise ValueError("inside")
except ValueError as e:
    print("caught outside:", e)


class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False


with Suppress(KeyError):
    {}["missing"]
print("continued after suppression")
with Managed("outer") as a, Managed("inner") as b:
    print("both", a, b)


def early_return():
    with Managed("ret"):
        return "returned"


print(early_return())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)
