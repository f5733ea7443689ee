except Key**boardInterrupt as e:
    all_tasks = asyncio.Task.all_tasks()
