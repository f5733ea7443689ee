            b) \
        + c


defg():
ss
    # dedent after comment

x = 1 +yield  \
    2
class A:
