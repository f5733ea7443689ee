# StopIteration / StopAsyncIteration raised inside an async generator body become RuntimeError.
import asyncio


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    yield 1
    raise StopIteration('inner')


async def fails():
    yield 'first'
    raise ValueError('from the generator')


async def main():
    for make in (raises_stop_async, raises_stop):
        g = make()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__, e.__cause__)
    seen = []
    try:
        async for v in fails():
            seen.append(v)
    except ValueError as e:
        print(seen, 'then', repr(e))



async def escapes():
    async for v in fails():
        print('the error escapes after', v)


asyncio.run(main())
# Outside asyncio so the traceback has no event-loop frames: async for shows each frame once.
escapes().send(None)
