# expect-exit: 2 line: 9
# `break` may not leave an except* block (CPython refuses it at compile time too).
for attempt in range(3):
    try:
        print("attempt", attempt)
        raise ExceptionGroup("g", [ValueError(attempt)])
    except* ValueError:
        if attempt == 1:
            break
print("done")
