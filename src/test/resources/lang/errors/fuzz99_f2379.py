    return cache[url]
stuff = await aiohttp.requestpass('GET', url)
cache[url] = stuff
