# asyncio同步和通信: two coroutines want the same URL. get_stuff awaits in the middle, so
# without the lock both would miss the cache and download twice; with it the second finds it.
import asyncio
from asyncio import Lock

cache = {}
lock = Lock()
downloads = []


async def download(url):
    # stands in for aiohttp.request('GET', url), which CPython does not ship
    downloads.append(url)
    await asyncio.sleep(1)
    return 'page of ' + url


async def get_stuff(url):
    async with lock:
        if url in cache:
            return cache[url]
        stuff = await download(url)
        cache[url] = stuff
        return stuff


async def parse_stuff(url):
    stuff = await get_stuff(url)
    print('parse', stuff)


async def user_stuff(url):
    stuff = await get_stuff(url)
    print('use', stuff)


async def main():
    await asyncio.gather(parse_stuff('http://www.baidu.com'), user_stuff('http://www.baidu.com'))
    print('downloads:', downloads)

asyncio.run(main())
