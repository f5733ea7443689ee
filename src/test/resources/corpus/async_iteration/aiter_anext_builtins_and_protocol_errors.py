# aiter()/anext() builtins, class-based async iterators, and the TypeErrors of a broken protocol.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def pair():
    yield 'a'
    yield 'b'


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def main():
    it = aiter(pair())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('anext raised StopAsyncIteration')
    c = Countdown(2)
    print(aiter(c) is c, await anext(c), await anext(c), await anext(c, None))
    print(type(anext(pair(), 0)).__name__)
    async for n in Countdown(3):
        print('countdown', n)
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError:', e)
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        anext()
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print('TypeError:', e, '| cause:', e.__cause__)


asyncio.run(main())
