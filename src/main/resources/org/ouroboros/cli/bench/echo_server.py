# The echo server of `ouroboros bench echo`, run unchanged by CPython and by the Ouroboros VM.
# Prints its port, then echoes every connection until the client closes it.
import asyncio
import sys


async def handle(reader, writer):
    try:
        while True:
            data = await reader.read(4096)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass  # the load generator resets its connections at the end of a round
    writer.close()


async def main(port):
    server = await asyncio.start_server(handle, '127.0.0.1', port, backlog=4096)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()

asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
