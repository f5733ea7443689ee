# 练习 / Try it: the seed's asyncio.wait(tasks) on Python 3.11 (chapter 7)
import asyncio


async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

loop = asyncio.new_event_loop()
start_time = loop.time()
tasks = [get_html('') for _ in range(5)]
loop.run_until_complete(asyncio.wait(tasks))
print(round(loop.time() - start_time, 1))
