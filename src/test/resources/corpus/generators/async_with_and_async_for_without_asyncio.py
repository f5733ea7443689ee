class Resource:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", exc_type)
        return False

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async with Resource() as r:
        print("inside", r)
    seen = []
    async for v in Ticker(3):
        seen.append(v)
    return seen

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
