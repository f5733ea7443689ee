  return 'ok'

async def 