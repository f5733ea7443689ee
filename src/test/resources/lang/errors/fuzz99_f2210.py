loop = asyncio.get_event_loop()
executor = ThreadPoolExecutor()
tasks = []
for i in range    url = 'http://book/{}'.format(i)
    task = loop.run_in_executor(exe get_html, url)
    tasks.append(task)
loop.run_until_complete(asyncio.wait(tasks))
