import os
import os.path as osp, sys
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..parent import (a, b as c,)
from .mod import *
global_var = 1


@decorator
@decorator.with_args(1, 2)
def func(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Docstring."""
    global global_var
    global_var = a
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner()


def posonly(a, b, /, c, *, d):
    pass


async def coro(session, url):
    async with session.get(url) as response, other() as (p, q):
        async for chunk in response:
            await chunk
    result = await asyncio.sleep(1)
    return result


class Base(object, metaclass=Meta, extra=1):
    attr: int = 3
    other: str

    def method(self):
        return super().method()


class Empty: pass


for i in range(10):
    if i % 2:
        continue
    elif i > 8:
        break
    else:
        pass
else:
    print("done")

while True:
    break
else:
    pass

try:
    x = 1 / 0
except ZeroDivisionError as e:
    raise ValueError("bad") from e
except (TypeError, KeyError):
    raise
except Exception:
    pass
else:
    y = 2
finally:
    z = 3

try:
    pass
finally:
    pass

with open("f") as f, open("g") as g:
    data = f.read()

with (open("a") as a, open("b") as b):
    pass

with (a, b):
    pass

assert x, "message"
assert y
del a, b[0], c.d
del (e, f)
raise
x = y = z = 0
a, b = b, a
[c, d] = 1, 2
(e, f), g = (1, 2), 3
for k, v in d.items(): print(k, v)
if a: b = 1
if x:
    pass
elif y:
    pass
elif z:
    pass


def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    return 4


lambda_in_default = lambda f=lambda: 1: f()
