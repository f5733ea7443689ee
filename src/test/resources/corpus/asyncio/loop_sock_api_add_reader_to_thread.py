# The loop's low-level socket API: sock_accept/sock_connect/sock_sendall/sock_recv on non-blocking
# sockets, add_reader/remove_reader callbacks, and asyncio.to_thread.
import asyncio, socket
async def main():
    loop = asyncio.get_running_loop()
    server = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen(5); server.setblocking(False)
    port = server.getsockname()[1]
    client = socket.socket(); client.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(server))
    await loop.sock_connect(client, ('127.0.0.1', port))
    conn, addr = await accept
    conn.setblocking(False)
    await loop.sock_sendall(client, b'hello' * 1000)
    got = b''
    while len(got) < 5000:
        got += await loop.sock_recv(conn, 4096)
    print(len(got), addr[0])
    fut = loop.create_future()
    loop.add_reader(client, lambda: fut.set_result(client.recv(10)) if not fut.done() else None)
    await loop.sock_sendall(conn, b'back')
    print(await fut, loop.remove_reader(client), loop.remove_reader(client))
    for s in (client, conn, server): s.close()
    print(await asyncio.to_thread(sum, [1, 2, 3]))
asyncio.run(main())
