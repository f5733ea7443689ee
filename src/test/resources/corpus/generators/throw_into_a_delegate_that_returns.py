# gen.throw() into a `yield from` (or an `await`) whose delegate catches the exception and
# returns: the delegating frame resumes after the delegation with that return value.
import asyncio


def inner():
    try:
        yield 1
    except ValueError as e:
        return f"handled {e}"


def outer():
    res = yield from inner()
    print("outer got:", res)
    yield res


o = outer()
print(next(o), o.throw(ValueError("v1")))


def returns_it():
    res = yield from inner()
    return res


r = returns_it()
next(r)
try:
    r.throw(ValueError("v2"))
except StopIteration as e:
    print("returned:", e.value)


class Waiter:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError:
            return "recovered"


async def awaits():
    got = await Waiter()
    print("await got:", got)
    return got


c = awaits()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("coroutine returned:", e.value)


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "cleaned up"


async def caller():
    result = await sleeper()
    print("caller got:", result)
    return result


async def main():
    task = asyncio.create_task(caller())
    await asyncio.sleep(0)
    task.cancel()
    print("task result:", await task, task.cancelled())


asyncio.run(main())
