"""traceback: print and format exceptions as the interpreter does for an uncaught one."""

import sys
import _traceback

__all__ = ["format_exc", "format_exception", "format_exception_only", "format_tb", "print_exc",
           "print_exception", "print_tb", "print_last"]

_sentinel = object()


def _chunks(text):
    """The pieces CPython's format functions return: one per header, frame, separator and message."""
    lines = text.splitlines(keepends=True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n":
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
        i += 1
    return out


def _exception(exc, value):
    if value is not _sentinel:
        exc = value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chunks(_traceback.format(exc, chain))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    entries = _traceback.entries(exc.__traceback__)
    text = _traceback.format(exc, False)
    if entries:
        text = text[text.index(entries) + len(entries):]
    return _chunks(text)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def format_tb(tb, limit=None):
    return _chunks(_traceback.entries(tb))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end="")


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
