class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class WithStr(Exception):
    def __str__(self):
        return "custom str"

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args)
try:
    raise WithStr("ignored")
except WithStr as e:
    print(e, repr(e), e.args)
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
e = NoInitCall(5)
print(e.args, e.x, repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
