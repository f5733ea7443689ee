# CPython 3.11 refuses decimal conversions of ints with more than 4300 digits (str, repr,
# f-strings, %d, int(text)); hex and power-of-two bases are exempt; sys changes the limit.
import sys

big = 10 ** 4300            # 4301 digits
edge = 10 ** 4299           # 4300 digits: still allowed
print(len(str(edge)), len(str(-edge)), sys.get_int_max_str_digits(), len(hex(big)))
for convert in [lambda: str(big), lambda: repr(-big), lambda: f"{big}", lambda: "%d" % big,
                lambda: format(big, ","), lambda: int("7" * 4301), lambda: int("-" + "7" * 5000),
                lambda: print(big)]:
    try:
        convert()
    except ValueError as e:
        print("ValueError:", e)
print(len(str(int("f" * 5000, 16))) if False else int("f" * 5000, 16) > 0, int("1" * 4400, 2) > 0)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(5000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), len(str(int("9" * 7000))))
