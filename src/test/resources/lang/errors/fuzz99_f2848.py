    return 'lambda ok'

async def down_url(url):
    html = await downloader(url)
    return html
