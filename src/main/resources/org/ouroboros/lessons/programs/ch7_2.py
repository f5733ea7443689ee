# future调用，获取返回值，添加callback
async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    return 'hello asyncio'

# 用偏函数，指定的参数需要放在前面，future是调用传入的默认参数放在最后
def callback(url, future):
    print(url)
    print('have callback url')

start_time = time.time()
loop = asyncio.get_event_loop()
future = asyncio.ensure_future(get_html('myurl'))
# future = loop.create_task(get_html('myurl'))  # 与上面效果相同
# partial是一个偏函数，包装一个函数和参数，返回一个函数名
future.add_done_callback(partial(callback, 'myrul'))
loop.run_until_complete(future)
print(future.result())
print(time.time()-start_time)
# start get url
# myrul
# have callback url
# hello asyncio
# 2.0035648
