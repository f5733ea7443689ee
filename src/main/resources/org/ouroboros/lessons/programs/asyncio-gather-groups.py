# gather和wait的区别: gather groups awaitables, and a whole group can be cancelled.
import asyncio


async def get_html(url):
    print('start get url', url)
    await asyncio.sleep(2)
    print('end get url', url)
    return url

loop = asyncio.get_event_loop()
group1 = [get_html('a{}'.format(i)) for i in range(2)]
group2 = [get_html('b{}'.format(i)) for i in range(3)]
group1 = asyncio.gather(*group1)
group2 = asyncio.gather(*group2)
group2.cancel()
try:
    loop.run_until_complete(asyncio.gather(group1, group2))
except asyncio.CancelledError:
    print('gather(group1, group2) raised CancelledError')
# the outer gather gave up at once; group1 itself is still running
print('group1:', loop.run_until_complete(group1))
print('group2:', repr(group2.exception()))
