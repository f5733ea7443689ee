# asyncio streams on loopback: read(n), readline, readexactly, readuntil, async for over lines,
# IncompleteReadError at EOF, at_eof, drain, close/wait_closed, get_extra_info.
import asyncio


async def handle(reader, writer):
    writer.write(b'line one\nline two\n12345ABCDE|rest')
    await writer.drain()
    data = await reader.read(100)
    writer.write(b'echo:' + data)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.get_extra_info('peername') == ('127.0.0.1', port))
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readexactly(5))
    print(await reader.readuntil(b'|'))
    print(await reader.read(4))
    writer.write(b'ping')
    await writer.drain()
    print(await reader.read(100))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected)
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())

    async def lines(reader, writer):
        writer.write(b'a\nb\nc')
        writer.close()

    server2 = await asyncio.start_server(lines, '127.0.0.1', 0)
    r, w = await asyncio.open_connection('127.0.0.1', server2.sockets[0].getsockname()[1])
    got = []
    async for line in r:
        got.append(line)
    print(got)
    w.close()
    try:
        await asyncio.open_connection('127.0.0.1', 1)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno)
    for s in (server, server2):
        s.close()
        await s.wait_closed()


asyncio.run(main())
