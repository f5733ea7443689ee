
    async def method(self):
        async with a as b, c:
           pass
        async for i in aiter():
            awai i
        return [j async for j in gen() if await j]


def outer():
    value = 0
