class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, item, wanted):
        super().__init__(f"{item}: wanted {wanted}, none left")
        self.item = item
        self.wanted = wanted


class PaymentDeclined(ShopError):
    pass


def buy(item, qty, card_ok=True):
    if item == "caviar":
        raise OutOfStock(item, qty)
    if not card_ok:
        raise PaymentDeclined("card declined")
    return f"bought {qty} {item}"


for args in [("milk", 1), ("caviar", 2), ("bread", 1, False)]:
    try:
        print(buy(*args))
    except OutOfStock as e:
        print("out of stock:", e, "|", e.item, e.wanted, "|", e.args)
    except ShopError as e:
        print(type(e).__name__, "->", e)
try:
    raise ShopError
except ShopError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise ValueError("bad", 42)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, e.args, repr(e))
print(issubclass(OutOfStock, Exception), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(TimeoutError, OSError), issubclass(StopIteration, Exception), issubclass(Exception, BaseException))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError()))
print(str(Exception("a", "b")), repr(RuntimeError("x")))
