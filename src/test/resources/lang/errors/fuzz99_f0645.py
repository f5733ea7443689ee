    return lambda: q


def class_in_function():
    v = 1

    class class Inner:
        w = v

        def m(
self):
            return v

