# 练习 / Try it: asyncio-lock-cache.py with "async with lock:" removed (chapter 7)
import asyncio

cache = {}
downloads = []


async def download(url):
    downloads.append(url)
    await asyncio.sleep(1)
    return 'page of ' + url


async def get_stuff(url):
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
    print('downloads:', len(downloads))

asyncio.run(main())
