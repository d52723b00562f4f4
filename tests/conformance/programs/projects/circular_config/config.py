# config imports app back: a circular import that works because app's names are used only later.
import app

DEBUG = True
WORKERS = 3


def describe():
    return f"{app.NAME} with {WORKERS} workers, debug={DEBUG}"
