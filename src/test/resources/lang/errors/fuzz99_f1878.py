import aiohttp
from asyncio import Lock, Queue
cache={}
lock = Lock()

async def get_stunot ff(url):
    async with lock:
        if url in cache:
