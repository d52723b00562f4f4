class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


try:
    parse_port("eighty")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)


def log_and_reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging the KeyError")
        raise


try:
    log_and_reraise()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        raise ValueError("second") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
err = ValueError("prepared")
try:
    raise err
except ValueError as e:
    print(e is err)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), type(e).__name__)
