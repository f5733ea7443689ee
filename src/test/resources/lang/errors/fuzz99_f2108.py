import asyncio
async def get_html(url):
    print('start get url