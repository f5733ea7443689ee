# Sockets and selectors on loopback: a non-blocking connect raises BlockingIOError, the selector
# reports it writable once connected, callbacks stored in key.data run as an event loop.
import selectors
import socket

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(5)
port = server.getsockname()[1]

client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.setblocking(False)
try:
    client.connect(('127.0.0.1', port))
except BlockingIOError as e:
    print('BlockingIOError', e.errno)

selector = selectors.DefaultSelector()
events = []


def on_accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    events.append('accepted')
    selector.register(conn, selectors.EVENT_READ, on_echo)


def on_echo(conn):
    data = conn.recv(100)
    events.append('server read ' + data.decode())
    conn.send(data.upper())
    selector.unregister(conn)
    conn.close()


def on_connected(key):
    selector.unregister(key.fd)
    client.send(b'hello')
    events.append('client sent')
    selector.register(client, selectors.EVENT_READ, on_reply)


def on_reply(sock):
    data = sock.recv(100)
    events.append('client got ' + data.decode())
    selector.unregister(sock)
    sock.close()


selector.register(server, selectors.EVENT_READ, on_accept)
key = selector.register(client, selectors.EVENT_WRITE, on_connected)
print(key.events, key.data.__name__, key.fd == client.fileno())
done = False
while not done:
    for key, mask in selector.select(timeout=2):
        callback = key.data
        if callback is on_connected:
            callback(key)
        else:
            callback(key.fileobj)
        if callback is on_reply:
            done = True
print(events)
try:
    selector.unregister(client)
except (KeyError, ValueError) as e:
    print(type(e).__name__)
print(client)
server.close()
selector.close()
try:
    socket.socket().connect_ex(('127.0.0.1', port))
    print('connect_ex to a closed port:', socket.socket().connect_ex(('127.0.0.1', port)))
except OSError as e:
    print(e)
