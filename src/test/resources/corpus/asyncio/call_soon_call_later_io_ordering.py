# The order asyncio runs callbacks in: call_soon FIFO, callbacks added while running wait for the
# next iteration, timers by due time (ties in scheduling order), call_at, I/O callbacks.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []


def note(name):
    log.append(name)


def nested():
    log.append('nested-start')
    loop.call_soon(note, 'added-by-nested')
    log.append('nested-end')


loop.call_later(0.2, note, 'later-0.2')
loop.call_later(0.1, note, 'later-0.1-a')
loop.call_later(0.1, note, 'later-0.1-b')
loop.call_at(loop.time() + 0.05, note, 'at+0.05')
loop.call_soon(note, 'soon-1')
loop.call_soon(nested)
loop.call_soon(note, 'soon-2')
h = loop.call_soon(note, 'cancelled')
h.cancel()
t = loop.call_later(0.001, note, 'cancelled-timer')
t.cancel()
print(h.cancelled(), t.cancelled(), type(t).__name__)
loop.call_later(0.3, loop.stop)
loop.run_forever()
print(log)


async def main():
    order = []

    async def handle(reader, writer):
        order.append('server got ' + (await reader.readline()).decode().strip())
        writer.write(b'pong\n')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 'soon before write')
    writer.write(b'ping\n')
    order.append('written')
    reply = await reader.readline()
    order.append('client got ' + reply.decode().strip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(order)


asyncio.run(main())
loop.close()
print(loop.is_closed())
