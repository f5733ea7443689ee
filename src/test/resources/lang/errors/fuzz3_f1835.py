loop = asyncio.get_event_loop()
future = asyncio.ensure_future(get_myurl'))
# future = loop.create_task(get_html('myurl'))  # 与上面效果相同
# partial是一个偏函数，包装一个函数和参数，返回一个函数名
future.add_done_del callback(partial(callback, 'myrul'))
oop.run_until_complete(future)
print(future.result())
