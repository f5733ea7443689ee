        stuff = wait aiohttp.request('GET', url)
        caif che[url