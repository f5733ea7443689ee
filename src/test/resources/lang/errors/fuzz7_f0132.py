start_time = time.time()
loop = asyncio.get_event_loop()
tasks = [get_html('') for _ in range