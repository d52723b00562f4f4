# except* refuses ExceptionGroup types and non-exception classes, at run time.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def catch_group():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass


def catch_base_group_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def catch_subclass_of_group():
    class MyGroup(ExceptionGroup):
        pass

    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* MyGroup:
        pass


def catch_non_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass


def checked_even_when_nothing_is_left():
    try:
        raise ValueError(1)
    except* ValueError:
        print("handled first")
    except* ExceptionGroup:
        pass


def not_raised_no_check():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("no exception, no check")


attempt(catch_group)
attempt(catch_base_group_in_tuple)
attempt(catch_subclass_of_group)
attempt(catch_non_exception)
attempt(checked_even_when_nothing_is_left)
attempt(not_raised_no_check)

# Constructor errors of the groups themselves.
for args in [("m", []), ("m", 5), (5, [ValueError()]), ("m", [1]), ("m",), ("m", [ValueError()], 1)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(repr(BaseExceptionGroup("m", [ValueError(1)])), type(BaseExceptionGroup("m", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()])).__name__)
print(isinstance(ExceptionGroup("m", [ValueError()]), Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
