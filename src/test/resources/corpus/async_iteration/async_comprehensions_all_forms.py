# Async comprehensions as CPython 3.11 compiles them: list/set/dict, async generator
# expressions, await in the element, mixed sync and async clauses, nesting.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(10) if x % 3 == 0 if x])
    print([await double(x) for x in range(4)])
    print({await double(k): v for k, v in {'a': 1, 'b': 2}.items()} if False else 'dict keys must hash')
    print({k: await double(v) for k, v in [('a', 1), ('b', 2)]})
    print([(x, y) async for x in agen(2) for y in 'ab'])
    print([(x, y) for x in 'ab' for y in [z async for z in agen(2)]])
    print([[y async for y in agen(x)] for x in range(3)])
    print([y for y in [x async for x in agen(3)]])
    print([x async for x in agen(3) if await double(x) > 1])
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__, ge.__name__, ge.__qualname__)
    print([y async for y in ge])
    aw = (await double(x) for x in range(3))
    print(type(aw).__name__, [v async for v in aw])
    print(sum([x async for x in agen(101)]))
    x = 'outer'
    print([x async for x in agen(2)], x)


asyncio.run(main())
