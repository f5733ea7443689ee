class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

def process(acct, amounts):
    for a in amounts:
        acct.withdraw(a)

try:
    process(Account(10), [3, 4, 5])
except ValueError as e:
    raise RuntimeError("transaction failed") from e
