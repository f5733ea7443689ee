# Course chapter 7, "asyncio lock", completed: two coroutines fetch the same URL; the Lock makes
# the second one wait and find the page in the cache, so aiohttp.request runs once.
import asyncio
import aiohttp
from asyncio import Lock, Queue
cache = {}
lock = Lock()
requests = []


async def get_stuff(url):
    async with lock:
        if url in cache:
            return cache[url]
        requests.append(url)
        stuff = await aiohttp.request('GET', url)
        cache[url] = stuff
        return stuff


async def parse_stuff(url):
    stuff = await get_stuff(url)
    print('parse', stuff.status, len(await stuff.text()))


async def user_stuff(url):
    stuff = await get_stuff(url)
    print('use', stuff.status, (await stuff.text()).splitlines()[0])


async def main():
    await asyncio.gather(parse_stuff('http://www.baidu.com'), user_stuff('http://www.baidu.com'))
    print('requests made:', requests)
    async with aiohttp.ClientSession() as session:
        async with session.get('http://shop.projectsedu.com/goods/1') as resp:
            print(resp.status, (await resp.text()).splitlines()[-2])

asyncio.run(main())
