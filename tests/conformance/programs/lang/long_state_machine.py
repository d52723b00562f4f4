class InvalidTransition(Exception):
    pass


class VendingMachine:
    PRICES = {"cola": 150, "water": 100, "chips": 120}
    TRANSITIONS = {
        ("idle", "coin"): "paying",
        ("paying", "coin"): "paying",
        ("paying", "select"): "vending",
        ("paying", "cancel"): "idle",
        ("vending", "take"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []
        self.stock = {"cola": 2, "water": 1, "chips": 0}

    def fire(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event} while {self.state}")
        handler = getattr(self, "on_" + event)
        new_state = handler(arg)
        self.state = new_state if new_state else self.TRANSITIONS[key]
        return self.state

    def on_coin(self, value):
        self.credit += value

    def on_cancel(self, _):
        print(f"  refund {self.credit}")
        self.credit = 0

    def on_select(self, item):
        price = self.PRICES[item]
        if self.stock[item] == 0:
            print(f"  {item} sold out")
            return "paying"
        if self.credit < price:
            print(f"  need {price - self.credit} more for {item}")
            return "paying"
        self.stock[item] -= 1
        self.credit -= price
        self.sales.append(item)
        print(f"  vending {item}, change {self.credit}")
        self.credit = 0

    def on_take(self, _):
        print("  enjoy!")


vm = VendingMachine()
script = [
    ("coin", 100), ("select", "cola"), ("coin", 50), ("select", "cola"), ("take", None),
    ("select", "water"), ("coin", 200), ("select", "chips"), ("select", "water"), ("take", None),
    ("coin", 100), ("cancel", None), ("take", None), ("coin", 200), ("select", "cola"), ("take", None),
]
for event, arg in script:
    try:
        state = vm.fire(event, arg)
        print(f"{event:>6}({arg}) -> {state}")
    except InvalidTransition as e:
        print(f"{event:>6}({arg}) !! {e}")
print("sales:", vm.sales, "stock:", vm.stock, "state:", vm.state)
