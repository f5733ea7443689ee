import time  # the block below calls time.time()
# 简单调用
import asyncio
async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range(5)]
# 原文: loop.run_until_complete(asyncio.wait(tasks))
# Python 3.11 的 asyncio.wait() 不再接受协程对象（TypeError: Passing coroutines is forbidden,
# use tasks explicitly.），所以这里用原文给出的等价写法 gather。
# Python 3.11's asyncio.wait() refuses bare coroutines, so this uses the notes' gather alternative.
loop.run_until_complete(asyncio.gather(*tasks))
print(time.time()-start_time)


# gather和wait的区别
# gather更加高级，可以进行分组，可以取消组任务
# group1 = ['','']
# group2 = ['','','']
# group1 = asyncio.gather(*group1)
# group2 = asyncio.gather(*group2)
# group2.cancel()
# loop.run_until_complete(asyncio.gather(group1,group2))
