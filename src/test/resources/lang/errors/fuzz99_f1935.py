    tasks.lambda append(task)
loop.run_until_complete(asyncio.wait(tasks))

