# asyncio.Future: states, result/exception, done-callbacks scheduled with call_soon in order
# (a functools.partial's bound arguments come first, the future last), removal, reprs.
import asyncio
from functools import partial

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
f = loop.create_future()
print(f, f.done(), f.cancelled())
try:
    f.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
try:
    f.exception()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)


def callback(url, future):
    print('callback', url, future.result())


def other(future):
    print('other', future.result())


f.add_done_callback(partial(callback, 'myurl'))
f.add_done_callback(other)
f.add_done_callback(other)
print('removed', f.remove_done_callback(other))
f.set_result('hello asyncio')
print('set; callbacks not run yet')
print(loop.run_until_complete(f))
print(f)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)

g = loop.create_future()
g.set_exception(KeyError('k'))
print(repr(g.exception()), g.done())
try:
    g.result()
except KeyError as e:
    print('result() raised', repr(e))
h = loop.create_future()
h.set_exception(ValueError)
print(repr(h.exception()))
try:
    h.set_exception(StopIteration())
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
k = loop.create_future()
try:
    k.set_exception(StopIteration())
except TypeError as e:
    print('TypeError:', e)


async def get_html(url):
    return 'html of ' + url


task = asyncio.ensure_future(get_html('myurl'))
print(type(task).__name__, isinstance(task, asyncio.Future), asyncio.isfuture(task))
task.add_done_callback(partial(callback, 'myrul'))
print(loop.run_until_complete(task))
print(asyncio.iscoroutinefunction(get_html), asyncio.iscoroutinefunction(callback))
c = get_html('x')
print(asyncio.iscoroutine(c), asyncio.iscoroutine(get_html))
c.close()
print(loop.run_until_complete(asyncio.sleep(0, 'slept')))
loop.close()
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
finally:
    coro.close()
