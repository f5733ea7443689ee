# the 0 flag in a format spec: zero fill unless a fill is given; after-the-sign padding only
# when no alignment is given for a number
for spec, value in [("06", "ab"), (">06", "ab"), ("<06", 5), ("^06", 1.5), ("x>06", "ab"), ("06", True),
                    ("=06", -5), ("06", -5), ("<06", -5), ("06.2f", -3.14159), (">+08.2f", 2.5), ("08,", 1234567),
                    ("#010x", 255), ("^09b", 5), ("0>6", "ab"), ("06", -1.5e10)]:
    print(repr(spec), repr(format(value, spec)))
print(f"{'ab':>06}|{7:<04}|{-7:^07}")
