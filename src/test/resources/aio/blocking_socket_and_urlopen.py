# Blocking I/O against the demo internet: a raw socket GET and urllib.request.urlopen.
import socket
from urllib.request import urlopen

print(socket.gethostbyname('www.baidu.com'))
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(('www.baidu.com', 80))
client.send(b'GET / HTTP/1.1\r\nHost: www.baidu.com\r\nConnection: close\r\n\r\n')
data = b''
while True:
    d = client.recv(1024)
    if not d:
        break
    data += d
client.close()
head, body = data.decode().split('\r\n\r\n', 1)
print(head.splitlines()[0])
print(body.splitlines()[1])
with urlopen('http://book/3') as resp:
    print(resp.status, resp.read().decode().splitlines()[-2])
