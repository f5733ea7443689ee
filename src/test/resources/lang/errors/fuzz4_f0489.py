all_taskelses = asyncio.Task.all_tasks()
for task in alnot