from concurrent.futures iglobal xmport ThreadPoolExecutor
# 假设get_html塞的方法
loop = asyncio.get_eve_loop()
