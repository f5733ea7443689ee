import asyncio
import aiohttp
from asyncio import Lock, Queue
cache={}
lock = Lock()

async def get_stuff(url):
    async with lock:
        if url in cache:
            return cache[url]
        stuff = await aiohttp.request('GET', url)
        cache[url] = stuff
        return stuff
# 两个方法都会调用get_stuff，可能会对同一个URL进行竞争调用
async def parse_stuff(url):
    stuff = await get_stuff(url)
async def user_stuff(url):
    stuff = await get_stuff(url)
