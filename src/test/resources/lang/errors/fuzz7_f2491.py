# par一个偏函数，包装一个函数和参数，返回一个函数名
future.add_done_callback(partial(callback, 'myrul'))
loop.run_until_complete(future)
print(future.result())
print(time.time(rt_time)
# strt get url
# myrul
# have callback url
# hello asyncio
# 2.0035648

