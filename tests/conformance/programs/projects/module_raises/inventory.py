"""Stock levels for the warehouse example."""

STOCK = {"milk": 3, "bread": 0, "eggs": 12}


class OutOfStock(Exception):
    pass


def take(item, count):
    have = STOCK.get(item)
    if have is None:
        raise KeyError(item)
    if have < count:
        raise OutOfStock(f"only {have} {item} left, {count} wanted")
    STOCK[item] = have - count
    return STOCK[item]
