class Ticker:
    """An async iterator that counts down without an event loop."""
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Resource:
    async def __aenter__(self):
        print("acquire")
        return "res"
    async def __aexit__(self, t, v, tb):
        print("release", t)
        return False
class Sleep:
    def __await__(self):
        got = yield "tick"
        return got
async def worker():
    seen = []
    async for v in Ticker(3):
        seen.append(v)
    async with Resource() as r:
        print("using", r)
        woke = await Sleep()
        print("woke with", woke)
    return seen
def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop got", yielded)
        value = yielded.upper()
print(run(worker()))
async def failing():
    async with Resource():
        raise KeyError("inside")
try:
    run(failing())
except KeyError as e:
    print("KeyError", e)
async def nested():
    return await inner() + 1
async def inner():
    return 41
print(run(nested()))
c = inner()
print(repr(c).startswith("<coroutine object inner at 0x"))
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
import types
w = worker()
print(type(w).__name__ == "coroutine", isinstance(nested, types.FunctionType))
w.close()
async def agen_like():
    results = []
    for i in range(3):
        results.append(await Sleep())
    return results
print(run(agen_like()))
