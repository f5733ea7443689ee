# interrupt-after: 0.5
# Course chapter 7, "cancel tasks", as written (asyncio.Task.all_tasks()): on 3.11 the handler
# itself fails with AttributeError while handling the KeyboardInterrupt.
import asyncio


async def get_html(sleep_times):
    print('waiting', sleep_times)
    await asyncio.sleep(sleep_times)

loop = asyncio.get_event_loop()
tasks = [loop.create_task(get_html(s)) for s in (2, 3)]
try:
    loop.run_until_complete(asyncio.wait(tasks))
except KeyboardInterrupt as e:
    all_tasks = asyncio.Task.all_tasks()
    for task in all_tasks:
        task.cancel()
    loop.stop()
    loop.run_forever()
finally:
    loop.close()
