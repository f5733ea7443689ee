# 取消task, the Python 3.9+ way: asyncio.all_tasks(loop) instead of asyncio.Task.all_tasks().
import asyncio


async def get_html(sleep_times):
    print('waiting', sleep_times)
    await asyncio.sleep(sleep_times)
    print('done after', sleep_times)


def press_ctrl_c():
    raise KeyboardInterrupt

loop = asyncio.get_event_loop()
tasks = []
for sleep_times in (2, 3, 4):
    tasks.append(loop.create_task(get_html(sleep_times)))
loop.call_later(0.5, press_ctrl_c)
try:
    loop.run_until_complete(asyncio.wait(tasks))
except KeyboardInterrupt as e:
    all_tasks = asyncio.all_tasks(loop)
    for task in all_tasks:
        print('cancel task', task.cancel())
    loop.stop()
    loop.run_forever()
finally:
    loop.close()
print([task.cancelled() for task in tasks])
