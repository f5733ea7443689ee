# interrupt-after: 0.5
# Course chapter 7, "cancel tasks", completed: tasks that sleep, Ctrl+C after 0.5 s, and the
# modern asyncio.all_tasks(loop) where the course wrote asyncio.Task.all_tasks() (removed in 3.9).
import asyncio


async def get_html(sleep_times):
    print('waiting', sleep_times)
    await asyncio.sleep(sleep_times)
    print('done after', sleep_times)

loop = asyncio.get_event_loop()
tasks = [loop.create_task(get_html(s)) for s in (2, 3, 4)]
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
print([t.cancelled() for t in tasks])
