# Course chapter 7, "future callback", completed with the imports it uses.
import asyncio
import time
from functools import partial


async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    return 'hello asyncio'


def callback(url, future):
    print(url)
    print('have callback url')

start_time = time.time()
loop = asyncio.get_event_loop()
future = asyncio.ensure_future(get_html('myurl'))
future.add_done_callback(partial(callback, 'myrul'))
loop.run_until_complete(future)
print(future.result())
print(time.time()-start_time)
