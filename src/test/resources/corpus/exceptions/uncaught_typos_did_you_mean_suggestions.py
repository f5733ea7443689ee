# CPython 3.11 ends the traceback of an AttributeError or NameError that knows its name with
# "Did you mean: '...'?": dir(obj) for attributes; locals, then globals, then builtins for names.
# Every handler below raises the next error, so the chain prints each one's suggestion.
import functools


class Account:
    interest = 0.5

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

    @property
    def summary(self):
        return f"{self.ownr}: {self.balance}"


class Lazy:
    def __getattr__(self, name):
        raise AttributeError(f"Lazy has no {name}")

    colour = "red"


account = Account("ada")
try:
    account.depositt(5)                 # a method: 'deposit'
except AttributeError as e:
    print("name:", e.name, "| obj is account:", e.obj is account, "| str:", e)
    try:
        account.summary                 # inside a property: 'owner'
    except AttributeError:
        try:
            Lazy().color                # raised by __getattr__, still suggested: 'colour'
        except AttributeError:
            try:
                functools.partal        # a module's attribute: 'partial'
            except AttributeError:
                try:
                    Account.interset    # a class attribute: 'interest'
                except AttributeError:
                    try:
                        raise AttributeError("made by hand")  # no name, no obj: no suggestion
                    except AttributeError:
                        try:
                            Prnt("x")   # a builtin: 'print'
                        except NameError as e:
                            print("NameError.name:", e.name)
                            try:
                                accont.balance   # a global: 'account'
                            except NameError:
                                def total(amounts):
                                    subtotal = 0
                                    for amount in amounts:
                                        subtotal += amout   # a local first: 'amount'
                                    return subtotal
                                total([1, 2])
