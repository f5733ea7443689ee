# 简单调用, the Python 3.11 way with wait(): wrap each coroutine in a task first.
import asyncio
import time


async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [loop.create_task(get_html('')) for _ in range(5)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), 'done,', len(pending), 'pending')
print(round(time.time() - start_time))
