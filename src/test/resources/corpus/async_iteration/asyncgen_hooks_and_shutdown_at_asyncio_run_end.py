# sys.set_asyncgen_hooks/get_asyncgen_hooks, and asyncio.run closing the async generators still
# open when main() ends (here one kept alive by a global, so no reliance on garbage collection).
import sys, asyncio
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
h = sys.get_asyncgen_hooks()
print(h.firstiter is not None, h.finalizer, len(h), h[1])
async def ag():
    yield 1
g = ag()
print(len(seen))
c = g.__anext__()
print(len(seen), seen[0] is g)
g.__anext__()
print(len(seen))
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print('TypeError:', e)
try:
    sys.set_asyncgen_hooks(None, 'x')
except TypeError as e:
    print('TypeError:', e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

async def leaky():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('leaky finally')
keep = leaky()
async def main():
    print(await keep.__anext__())
    async for x in leaky():
        print('got', x)
    print('main done')
asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
