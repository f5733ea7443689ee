# 取消ask
= asyncio.get_event_loop()
tasks = [