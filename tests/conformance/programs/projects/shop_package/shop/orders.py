from dataclasses import dataclass, field

_next_id = 0


def _new_id():
    global _next_id
    _next_id += 1
    return _next_id


@dataclass
class Order:
    item: str
    quantity: int = 1
    id: int = field(default_factory=_new_id)
