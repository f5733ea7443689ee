# 线程池与asyncio结合: get_html blocks (time.sleep stands in for a blocking download), so it
# runs on a ThreadPoolExecutor's threads; the loop only waits for their futures.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def get_html(url):
    time.sleep(0.2)
    return 'page of ' + url

# 假设get_html是一个阻塞的方法
loop = asyncio.get_event_loop()
executor = ThreadPoolExecutor()
tasks = []
for i in range(20):
    url = 'http://book/{}'.format(i)
    task = loop.run_in_executor(executor, get_html, url)
    tasks.append(task)
loop.run_until_complete(asyncio.wait(tasks))
print(len(tasks), 'pages, the first:', tasks[0].result())
