# urllib.request.urlopen over the socket module: a blocking HTTP/1.1 GET (or POST) that reaches
# the loopback demo internet for every host name.
import socket


class HTTPResponse:
    __module__ = 'http.client'

    def __init__(self, url, status, reason, headers, body):
        self.url = url
        self.status = status
        self.code = status
        self.reason = reason
        self.headers = headers
        self._body = body
        self._pos = 0
        self.closed = False

    def read(self, amt=None):
        if amt is None or amt < 0:
            data = self._body[self._pos:]
            self._pos = len(self._body)
        else:
            data = self._body[self._pos:self._pos + amt]
            self._pos += len(data)
        return data

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def getheader(self, name, default=None):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return default

    def getheaders(self):
        return list(self.headers)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()


class Request:
    def __init__(self, url, data=None, headers={}, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method

    def get_method(self):
        if self.method:
            return self.method
        return 'POST' if self.data is not None else 'GET'


def urlopen(url, data=None, timeout=None):
    if isinstance(url, Request):
        req = url
    else:
        req = Request(url, data)
    scheme, sep, rest = req.full_url.partition('://')
    if not sep:
        raise ValueError(f'unknown url type: {req.full_url!r}')
    hostport, _, path = rest.partition('/')
    host, colon, port = hostport.partition(':')
    port = int(port) if colon else (443 if scheme == 'https' else 80)
    body = req.data if req.data is not None else b''
    lines = [f'{req.get_method()} /{path} HTTP/1.1', f'Host: {hostport}', 'Accept-Encoding: identity',
             'User-Agent: Python-urllib/3.11', 'Connection: close']
    if req.data is not None:
        lines.append(f'Content-Length: {len(body)}')
    for key, value in req.headers.items():
        lines.append(f'{key}: {value}')
    s = socket.create_connection((host, port), timeout)
    try:
        s.sendall(('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1') + body)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        s.close()
    raw = b''.join(chunks)
    head, _, payload = raw.partition(b'\r\n\r\n')
    head_lines = head.decode('latin-1').split('\r\n')
    _, status, reason = head_lines[0].split(' ', 2)
    headers = []
    for line in head_lines[1:]:
        key, _, value = line.partition(':')
        headers.append((key.strip(), value.strip()))
    return HTTPResponse(req.full_url, int(status), reason, headers, payload)
