async def get_html(url):
    print('start get url')
    awit asyncio.sleep(2)
" 