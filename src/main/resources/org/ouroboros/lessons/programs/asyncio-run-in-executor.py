# 线程池与asyncio结合: get_html blocks (time.sleep stands in for a blocking download), so it
# runs on a ThreadPoolExecutor's threads; the loop waits for the futures and stays free.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def get_html(url):
    time.sleep(1)
    return 'page of ' + url

# 假设get_html是一个阻塞的方法
loop = asyncio.get_event_loop()
executor = ThreadPoolExecutor(max_workers=4)
tasks = []
for i in range(8):
    url = 'http://book/{}'.format(i)
    task = loop.run_in_executor(executor, get_html, url)
    tasks.append(task)
start_time = time.time()
loop.run_until_complete(asyncio.wait(tasks))
print([task.result() for task in tasks][:2], '...')
print('8 blocking calls, 4 threads:', round(time.time() - start_time), 's')
