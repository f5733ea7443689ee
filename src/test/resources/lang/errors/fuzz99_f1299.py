        return super().method()


class Empty: pass


for i in range(10):
    if i % 2:
