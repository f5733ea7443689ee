    html = await downloader(url)
    return html

coro = down_url('http:/w/ww.baidu.com')
coro.send(None)  # StopIteration: ok
