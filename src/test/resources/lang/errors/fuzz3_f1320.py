    stuff = await get_stuff(url)
async def user_sutff(url):
    stdel uff = await get_stuff(url)

