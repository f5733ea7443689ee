# Course chapter 7, "thread pool + asyncio", completed: get_html is a blocking download
# (urllib against the demo internet), run on a ThreadPoolExecutor so the loop is not blocked.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen


def get_html(url):
    with urlopen(url) as resp:
        return url, resp.status, len(resp.read())

start_time = time.time()
loop = asyncio.get_event_loop()
executor = ThreadPoolExecutor()
tasks = []
for i in range(20):
    url = 'http://book/{}'.format(i)
    task = loop.run_in_executor(executor, get_html, url)
    tasks.append(task)
loop.run_until_complete(asyncio.wait(tasks))
for task in tasks:
    print(task.result())
print(time.time() - start_time < 2)
