# An async generator driven through its awaitables: asend, athrow, aclose, and their reuse errors.
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('  ticker got', got)
            await asyncio.sleep(0)
    finally:
        print('  ticker finally')


async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('  ignoring exit')
            break
    yield 2


async def catches():
    try:
        yield 1
    except KeyError as e:
        print('  caught', repr(e))
        yield 'after'


async def main():
    g = ticker(5)
    print(await g.asend(None))
    print(await g.asend('hello'))
    print(await g.__anext__())
    try:
        await g.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow raised', repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after athrow')
    print('aclose of finished:', await g.aclose())

    g = ticker(3)
    print(await g.__anext__())
    print('aclose:', await g.aclose())
    print('again:', await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

    c = catches()
    await c.__anext__()
    print(await c.athrow(KeyError('k')))
    try:
        await c.athrow(KeyError, KeyError('k2'))
    except KeyError as e:
        print('propagated', repr(e))

    a = ticker(2)
    aw = a.__anext__()
    print(type(aw).__name__, type(a.aclose()).__name__, type(a).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(a.ag_running, a.__name__, a.__qualname__)
    await a.aclose()

    t = ticker(2)
    try:
        await t.asend(5)
    except TypeError as e:
        print('TypeError:', e)
    await t.aclose()

    async def empty():
        return
        yield
    e = empty()
    try:
        await e.__anext__()
    except StopAsyncIteration as ex:
        print('empty', repr(ex))
    print(await e.aclose())

    unstarted = ticker(3)
    print('aclose before start:', await unstarted.aclose())


asyncio.run(main())
