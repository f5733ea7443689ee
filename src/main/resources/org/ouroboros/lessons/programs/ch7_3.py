# 取消task
loop = asyncio.get_event_loop()
tasks = []
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
