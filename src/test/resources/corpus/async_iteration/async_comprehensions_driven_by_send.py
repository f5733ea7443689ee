# No event loop: coroutines with async comprehensions driven by send(None); awaited
# values a generator does not yield itself pass through to the driver.
class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield ('ticket', self.n)
        return got


async def numbers():
    for i in range(3):
        v = await Ticket(i)
        yield v


async def collect():
    return [x async for x in numbers()], {await Ticket(9) for _ in range(1)}


coro = collect()
value = None
try:
    while True:
        request = coro.send(value)
        print('driver saw', request)
        value = request[1] * 100
except StopIteration as stop:
    print('result', stop.value)
