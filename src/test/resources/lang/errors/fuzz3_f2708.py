
    class Nested:
        def deep(sel):
            return super().deep()


def comprehensions(data):
    first = [x for xin data]
