# Course chapter 7, "simple call", completed the 3.11 way: wait() needs tasks, not coroutines.
import asyncio
import time


async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [loop.create_task(get_html('')) for _ in range(5)]
loop.run_until_complete(asyncio.wait(tasks))
print(time.time()-start_time)
