# Faithfulness notes from the course (CPython 3.11): asyncio.wait() refuses bare coroutines, and
# asyncio.Task.all_tasks() was removed in 3.9 (asyncio.all_tasks() is the modern name).
import asyncio


async def get_html(url):
    await asyncio.sleep(0.01)
    return url


loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range(3)]
try:
    loop.run_until_complete(asyncio.wait(tasks))
except TypeError as e:
    print('TypeError:', e)
print(loop.run_until_complete(asyncio.gather(*tasks)))
try:
    asyncio.Task.all_tasks()
except AttributeError as e:
    print('AttributeError:', e)


async def count():
    return len(asyncio.all_tasks())


print(loop.run_until_complete(count()))
asyncio.Task.all_tasks()
