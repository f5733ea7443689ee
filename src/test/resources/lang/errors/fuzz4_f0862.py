

def posonly(a, b, /, c, *,d):
    pass


async def coro(session, url)