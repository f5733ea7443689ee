"""Loaded by CPython when making aio goldens: every host name goes to the demo internet.

OUROBOROS_DEMO_PORT names the port of the demo-internet twin (demo_internet.py) that
make_aio_goldens.py started. Loopback names keep their port; other names resolve to it.
"""
import os
import socket

_PORT = int(os.environ['OUROBOROS_DEMO_PORT'])
_LOOPBACK = {'127.0.0.1', 'localhost', '0.0.0.0', '', None}


def _map(host, port):
    if host in _LOOPBACK:
        return '127.0.0.1', port
    return '127.0.0.1', _PORT


_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, port, *args, **kwargs):
    if isinstance(host, bytes):
        host = host.decode()
    h, p = _map(host, port)
    if isinstance(port, str):
        p = _PORT if h == '127.0.0.1' and host not in _LOOPBACK else int({'http': 80, 'https': 443}.get(port, port))
    return _getaddrinfo(h, p, *args, **kwargs)


socket.getaddrinfo = getaddrinfo
socket.gethostbyname = lambda host: '127.0.0.1'
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
socket.socket.connect = lambda self, address: _connect(self, _map(*address))
socket.socket.connect_ex = lambda self, address: _connect_ex(self, _map(*address))
