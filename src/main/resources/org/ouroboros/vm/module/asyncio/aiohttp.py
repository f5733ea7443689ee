# A minimal aiohttp over the demo internet: ClientSession().get(url) used as "async with",
# await resp.text() / resp.read(), resp.status, and aiohttp.request(method, url). Requests go
# through asyncio.open_connection, so every host name reaches the loopback demo internet.
import asyncio

__version__ = '3.9.0 (ouroboros shim)'


class ClientResponse:
    def __init__(self, method, url, status, reason, headers, body):
        self.method = method
        self.url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self._body = body

    async def text(self, encoding=None):
        return self._body.decode(encoding or 'utf-8')

    async def read(self):
        return self._body

    def release(self):
        pass

    def close(self):
        pass

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(f'{self.status}, message={self.reason!r}, url={self.url!r}')

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>'


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    pass


class _RequestContextManager:
    """What session.get() returns: awaitable, or an async context manager giving the response."""

    def __init__(self, coro):
        self._fut = asyncio.ensure_future(coro)
        self._resp = None

    def __await__(self):
        return self._fut.__await__()

    async def __aenter__(self):
        self._resp = await self._fut
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        if self._resp is not None:
            self._resp.release()


def _split_url(url):
    scheme, sep, rest = url.partition('://')
    if not sep:
        scheme, rest = 'http', url
    hostport, slash, path = rest.partition('/')
    host, colon, port = hostport.partition(':')
    port = int(port) if colon else (443 if scheme == 'https' else 80)
    return host, port, hostport, '/' + path


async def _fetch(method, url):
    host, port, hostport, path = _split_url(url)
    reader, writer = await asyncio.open_connection(host, port)
    request = (f'{method} {path} HTTP/1.1\r\nHost: {hostport}\r\n'
               f'User-Agent: Python/3.11 aiohttp/3.9\r\nConnection: close\r\n\r\n')
    writer.write(request.encode('latin-1'))
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    _, status, reason = lines[0].split(' ', 2)
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(':')
        headers[key.strip()] = value.strip()
    return ClientResponse(method, url, int(status), reason, headers, body)


class ClientSession:
    def __init__(self, *args, **kwargs):
        self.closed = False

    def request(self, method, url, **kwargs):
        return _RequestContextManager(_fetch(method.upper(), str(url)))

    def get(self, url, **kwargs):
        return self.request('GET', url)

    def head(self, url, **kwargs):
        return self.request('HEAD', url)

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


def request(method, url, **kwargs):
    return _RequestContextManager(_fetch(method.upper(), str(url)))
