__all__ = ["greet", "PAUSE"]

PAUSE = 0.5
_hidden = "not exported"


def greet(name):
    return f"hello {name}"


def helper_not_exported():
    return "no"
