async def downloader(url):
    return 'ok'

async def down_url(url):
    html = await downloader(url)
    return html

coro = down_url('http://www.baidu.com')
coro.send(None)  # StopIteration: ok
