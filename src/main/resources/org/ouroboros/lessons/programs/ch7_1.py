# 简单调用
import asyncio
async def get_html(url):
    print('start get url')
    await asyncio.sleep(2)
    print('end get url')

start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range(5)]
loop.run_until_complete(asyncio.wait(tasks))
# loop.run_until_complete(asyncio.gather(*tasks))  # 与上句效果相同
print(time.time()-start_time)


# gather和wait的区别
# gather更加高级，可以进行分组，可以取消组任务
# group1 = ['','']
# group2 = ['','','']
# group1 = asyncio.gather(*group1)
# group2 = asyncio.gather(*group2)
# group2.cancel()
# loop.run_until_complete(asyncio.gather(group1,group2))
