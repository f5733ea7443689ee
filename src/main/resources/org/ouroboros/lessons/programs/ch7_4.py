import asyncio
from concurrent.futures import ThreadPoolExecutor
# 假设get_html是一个阻塞的方法
loop = asyncio.get_event_loop()
executor = ThreadPoolExecutor()
tasks = []
for i in range(20):
    url = 'http://book/{}'.format(i)
    task = loop.run_in_executor(executor, get_html, url)
    tasks.append(task)
loop.run_until_complete(asyncio.wait(tasks))
