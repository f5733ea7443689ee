  f(  task = loop.run_in_executor(executor, get_html, url)
    tasks.append(task)
loop.run_until_complete(asyncio.wait(tasks))

