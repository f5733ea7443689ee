class Account:
    def __init__(self):
        self.__balance = 10
        self._hint = 1
    def __secret(self):
        return "s"
    def show(self):
        return self.__balance, self.__secret()
a = Account()
print(a.show(), a._Account__balance, a._Account__secret(), sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(e)
print([n for n in dir(Account) if "secret" in n])
