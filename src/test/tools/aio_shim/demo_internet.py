"""A Python twin of org.ouroboros.aio.DemoInternet, for making goldens with CPython.

Same pages byte for byte, same per-URL latency (CRC-32 of "seed host path"), every host name
answered on 127.0.0.1. Keep it in step with DemoInternet.java.
"""
import socket
import threading
import time
import zlib

DEFAULT_LATENCY = 0.1
JITTER = 0.2
SEED = 42


def latency(host, path):
    u = zlib.crc32(f'{SEED} {host.lower()} {path}'.encode()) / 4294967296.0
    return DEFAULT_LATENCY * (1 - JITTER + 2 * JITTER * u)


def page(host, path):
    url = 'http://' + host + path
    return ('<!DOCTYPE html>\n<html><head><title>' + host + '</title></head>\n<body><h1>' + host + '</h1>\n'
            + '<p>Demo page for ' + url + ' (served by the Ouroboros demo internet).</p>\n</body></html>\n')


def _serve(conn):
    with conn:
        head = b''
        while b'\r\n\r\n' not in head and b'\n\n' not in head:
            chunk = conn.recv(4096)
            if not chunk:
                return
            head += chunk
        lines = head.decode('latin-1').splitlines()
        method, target = lines[0].split()[:2]
        host = 'localhost'
        if target.startswith('http://'):
            rest = target[len('http://'):]
            host, _, p = rest.partition('/')
            target = '/' + p
        else:
            for line in lines[1:]:
                k, _, v = line.partition(':')
                if k.strip().lower() == 'host':
                    host = v.strip()
                    break
        host = host.rsplit(':', 1)[0] if ':' in host else host
        time.sleep(latency(host, target))
        body = page(host, target).encode()
        conn.sendall((f'HTTP/1.1 200 OK\r\nServer: ouroboros-demo-internet\r\nContent-Type: text/html; charset=utf-8'
                      f'\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n').encode() + (b'' if method == 'HEAD' else body))


def start():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(('127.0.0.1', 0))
    server.listen(1024)

    def loop():
        while True:
            conn, _ = server.accept()
            threading.Thread(target=_serve, args=(conn,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()
    return server.getsockname()[1]
