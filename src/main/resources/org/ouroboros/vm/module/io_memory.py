"""io.StringIO and io.BytesIO: in-memory text and binary streams (run into the io module)."""


class _Memory:
    _empty = ""

    def __init__(self, initial_value=None):
        self._closed = False
        self._buf = None
        self._buf = self._check(initial_value) if initial_value is not None else self._empty
        self._pos = 0

    def _check(self, data):
        return data

    _closed_message = "I/O operation on closed file."

    def _open(self, message=None):
        if self._closed:
            raise ValueError(message or self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def write(self, data):
        self._open()
        data = self._check(data)
        buf, pos = self._buf, self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + data + buf[pos + len(data):]
        self._pos = pos + len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._open()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def getvalue(self):
        self._open()
        return self._buf

    def seek(self, pos, whence=0):
        self._open()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._buf) + pos
        if pos < 0:
            raise ValueError("negative seek value %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._open()
        return self._pos

    def truncate(self, size=None):
        self._open()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        if not isinstance(self, StringIO):
            self._open()

    def isatty(self):
        self._open("I/O operation on closed file.")
        return False

    def readable(self):
        self._open()
        return True

    def writable(self):
        self._open()
        return True

    def seekable(self):
        self._open()
        return True

    def __enter__(self):
        self._open("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        if isinstance(self, StringIO):
            self._open("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(_Memory):
    __module__ = "_io"
    _empty = ""
    _closed_message = "I/O operation on closed file"
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        super().__init__(initial_value)

    def _check(self, data):
        if not isinstance(data, str):
            if self._buf is None:
                raise TypeError("initial_value must be str or None, not " + type(data).__name__)
            raise TypeError("string argument expected, got '" + type(data).__name__ + "'")
        return data


class BytesIO(_Memory):
    __module__ = "_io"
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(initial_bytes)

    def _check(self, data):
        if isinstance(data, bytearray):
            return bytes(data)
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'")
        return data


del _Memory
