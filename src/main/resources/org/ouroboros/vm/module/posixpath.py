# posixpath (os.path) for the Ouroboros VM: pure string operations on POSIX paths.

sep = '/'
curdir = '.'
pardir = '..'


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        return path.__fspath__()
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__) from None


def join(a, *p):
    path = fspath(a)
    for b in map(fspath, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = fspath(p)
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        filename_index = slash + 1
        while filename_index < dot:
            if p[filename_index] != '.':
                return p[:dot], p[dot:]
            filename_index += 1
    return p, p[:0]


def isabs(p):
    return fspath(p).startswith('/')


def normpath(path):
    path = fspath(path)
    if path == '':
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/'.join(comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    path = fspath(path)
    return normpath(path if path.startswith('/') else join(getcwd(), path))


def getcwd():
    return '/'
