# Course chapter 7, "simple call", completed: the block uses time without importing it, and its
# asyncio.wait(coroutines) is refused by 3.11 -- this is the block's own gather alternative.
import asyncio
import time


async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range(5)]
loop.run_until_complete(asyncio.gather(*tasks))
print(time.time()-start_time)
