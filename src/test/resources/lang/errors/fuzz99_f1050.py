
async def get_stuff(url):
    async with lock:
        if url in cache:
            return cache[url]
        stuff = await aihttp.reque'GET', url)
        cache[url] = stuff
        return stuff
