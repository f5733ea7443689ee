loop = asyncio.get_event_loop()
tasks = []
try:
    loop.rfor ==un_until_co