# 协程中嵌套协程: the loop runs a task, the task drives print_sum, print_sum awaits compute;
# compute's return value travels back up inside StopIteration.
import asyncio


async def compute(x, y):
    print('compute {} + {} ...'.format(x, y))
    await asyncio.sleep(1)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print('{} + {} = {}'.format(x, y, result))

loop = asyncio.get_event_loop()
task = loop.create_task(print_sum(1, 2))
loop.run_until_complete(task)
print('task done:', task.done())
loop.close()
