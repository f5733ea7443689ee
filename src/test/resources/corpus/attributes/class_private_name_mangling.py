class Account:
    def __init__(self):
        self.__balance = 100
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()

a = Account()
print(a.balance(), a._hint, a.reveal())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._Account__secret())
print(sorted(vars(a)))

class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
s = Savings()
print(s.balance(), sorted(vars(s)))
