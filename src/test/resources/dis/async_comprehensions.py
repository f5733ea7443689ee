# Async comprehensions: nested coroutine code objects with GET_AITER/GET_ANEXT/END_ASYNC_FOR,
# and await inside comprehensions and async generator expressions.
async def agen():
    yield 1
    x = yield 2


async def f(a, b):
    r = [x async for x in a if x]
    s = [await x for x in a]
    g = (x async for x in a)
    h = (await x for x in a)
    m = {x: y async for x, y in a}
    n = {x async for x in a for y in b async for z in x if z}
    print([y for y in [x async for x in a]])
