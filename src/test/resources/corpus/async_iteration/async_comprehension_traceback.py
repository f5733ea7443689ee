# An exception inside an async comprehension's element: the traceback shows the <listcomp>
# frame under the coroutine's. Driven by send(None), so no event loop frames appear.
async def agen():
    yield 1
    yield 0


async def main():
    return [10 // x async for x in agen()]


print('start')
main().send(None)
