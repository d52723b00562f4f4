class InsufficientFunds(Exception):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance:.2f}, needs {amount:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer refused:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account("alice", 100))
bob = bank.open(SavingsAccount("bob", 250, rate=0.05))
print(alice, bob)
print(bank.transfer(alice.number, bob.number, 30))
print(bank.transfer(alice.number, bob.number, 500))
print("interest:", bob.add_interest())
for bad in [0, -5]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("  error:", e)
for month in range(1, 4):
    alice.deposit(month * 10)
    bob.add_interest()
print(alice, bob)
print(f"bank total: {bank.total():,.2f}")
for acct in bank.accounts.values():
    summary = {}
    for kind, amount in acct.history:
        summary[kind] = summary.get(kind, 0) + amount
    print(acct.owner, {k: round(v, 2) for k, v in summary.items()}, len(acct.history))
