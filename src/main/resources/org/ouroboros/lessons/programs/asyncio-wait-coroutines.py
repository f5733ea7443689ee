import time  # 原文的代码块用了 time.time() 却没有 import / the block uses time without importing it
# 简单调用
import asyncio
async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range(5)]
loop.run_until_complete(asyncio.wait(tasks))
# loop.run_until_complete(asyncio.gather(*tasks))  # 与上句效果相同
print(time.time()-start_time)
