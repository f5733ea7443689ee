import functools

G = 1


def outer(a, *args, b=2, **kwargs):
    x = 1
    y = 2

    def middle():
        nonlocal x
        x = 3
        z = y

        def inner():
            global G
            G = x + z
            return __class__ if False else None

        return inner

    return middle


class C(Base):
    attr = 1
    other = attr + 1

    def method(self):
        return super().method()

    def uses_class(self):
        return __class__

    def no_super(self):
        return self.attr

    @staticmethod
    def static():
        return [attr for attr in range(3)]

    class Nested:
        def deep(self):
            return super().deep()


def comprehensions(data):
    first = [x for x in data]
    second = {k: v for k, v in data if k}
    third = [[y for y in x] for x in data]
    fourth = (z for z in range(10) for w in range(z))
    return [n for n in data if (last := n)]


def generator():
    yield 1


async def coroutine():
    await other()


async def async_gen():
    yield 1


def closure_over_param(p):
    def use():
        return p
    return use


def free_lambda(q):
    return lambda: q


def class_in_function():
    v = 1

    class Inner:
        w = v

        def m(self):
            return v

    return Inner


def deleted():
    d = 1
    del d


def imported():
    import os
    from sys import path as p
    return os, p


def global_implicit():
    return len(G)


def with_annotations(a: int) -> str:
    b: int = 1
    return b
