# Chapter 6's "select + callback + event loop": non-blocking sockets, a selector, and callbacks
# kept in key.data; one thread fetches several pages concurrently.
import socket
from selectors import DefaultSelector, EVENT_READ, EVENT_WRITE

selector = DefaultSelector()
urls = ['http://www.baidu.com/', 'http://book/1', 'http://book/2', 'http://shop.projectsedu.com/']
stop = False
results = {}


class Fetcher:
    def connected(self, key):
        selector.unregister(key.fd)
        self.client.send('GET {} HTTP/1.1\r\nHost:{}\r\nConnection:close\r\n\r\n'.format(self.path, self.host).encode('utf8'))
        selector.register(self.client.fileno(), EVENT_READ, self.readable)

    def readable(self, key):
        d = self.client.recv(1024)
        if d:
            self.data += d
        else:
            selector.unregister(key.fd)
            data = self.data.decode('utf8')
            html_data = data.split('\r\n\r\n')[1]
            results[self.url] = (data.split('\r\n')[0], html_data.splitlines()[1])
            self.client.close()
            urls.remove(self.url)
            if not urls:
                global stop
                stop = True

    def get_url(self, url):
        self.url = url
        rest = url[len('http://'):]
        self.host, _, path = rest.partition('/')
        self.path = '/' + path
        self.data = b''
        self.client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.client.setblocking(False)
        try:
            self.client.connect((self.host, 80))
        except BlockingIOError:
            pass
        selector.register(self.client.fileno(), EVENT_WRITE, self.connected)


def loop():
    while not stop:
        ready = selector.select()
        for key, mask in ready:
            call_back = key.data
            call_back(key)


for url in list(urls):
    Fetcher().get_url(url)
loop()
for url in sorted(results):
    print(url, results[url])
