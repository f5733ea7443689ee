# 取消task, as the seed writes it. Added: three tasks to cancel, and a timer that raises
# KeyboardInterrupt after 0.5 s, as if Ctrl+C were pressed.
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
    all_tasks = asyncio.Task.all_tasks()
    for task in all_tasks:
        task.cancel()
    # 下面是固定用法，stop后还需要run_forever，否则会报错
    loop.stop()
    loop.run_forever()
finally:
    loop.close()
