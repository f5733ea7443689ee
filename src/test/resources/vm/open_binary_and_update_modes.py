# open() in binary and update modes, seek/tell, and the errors of closed files and unsupported
# operations, as CPython 3.11 words them. Run as: python3 open_binary_and_update_modes.py DIR
import io
import sys
d = sys.argv[1]


def p(name):
    return d + "/" + name


def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
with open(p('a.bin'), 'wb') as f:
    print(repr(f), f.mode, f.name)
    print(f.write(b'hello\nworld\r\nx'))
    t('write str', lambda: f.write('s'))
    t('read', lambda: f.read())
    t('readline', lambda: f.readline())
    t('tell', lambda: f.tell())
t('closed write', lambda: f.write(b'x'))
t('closed read', lambda: f.read())
t('closed tell', lambda: f.tell())
t('closed seek', lambda: f.seek(0))
t('closed iter', lambda: iter(f))
t('closed next', lambda: next(f))
t('closed readline', lambda: f.readline())
t('closed flush', lambda: f.flush())
t('closed readable', lambda: f.readable())
t('unsupported is io.UnsupportedOperation', lambda: issubclass(io.UnsupportedOperation, OSError))
t('closed enter', lambda: f.__enter__())
print(repr(f), f.closed)
f = open(p('a.bin'), 'rb')
print(repr(f), f.mode)
t('write ro', lambda: f.write(b'x'))
t('seek neg', lambda: f.seek(-1))
t('seek whence', lambda: f.seek(0, 3))
t('seek rel', lambda: f.seek(-100, 1))
t('seek end', lambda: f.seek(-2, 2))
t('read', lambda: f.read())
f.close()
f = open(p('a.txt'), 'w')
print(repr(f), f.encoding)
t('write bytes', lambda: f.write(b'x'))
t('read', lambda: f.read())
f.write('abc\ndef\r\nghi\rjkl')
t('tell', lambda: f.tell())
t('seek cur', lambda: f.seek(1, 1))
t('seek end', lambda: f.seek(1, 2))
t('seek neg', lambda: f.seek(-1))
t('seek whence', lambda: f.seek(0, 5))
f.close()
t('closed read', lambda: f.read())
t('closed write', lambda: f.write('x'))
t('closed tell', lambda: f.tell())
t('closed seek', lambda: f.seek(0))
t('closed next', lambda: next(f))
f = open(p('a.txt'))
t('write ro', lambda: f.write('x'))
for line in f:
    t('tell in loop', lambda: f.tell())
    break
f.close()
for mode in ['b', 'rw', 'r++', 'q', 'tb', '+', 'rb+', 'br', 'x+', 'U', 'rU']:
    t('mode ' + mode, lambda: open(p('zz.txt'), mode))
t('binary encoding', lambda: open(p('a.bin'), 'rb', encoding='utf-8'))
t('exists', lambda: open(p('a.bin'), 'x'))
t('exists b', lambda: open(p('a.bin'), 'xb'))
t('mode int', lambda: open(p('a.bin'), 1))
t('file list', lambda: open([]))
f = open(p('a.bin'), 'rb')
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'flush', 'readable', 'writable', 'seekable', '__next__', '__iter__', '__enter__', 'isatty', 'truncate']:
    t('closed reader ' + name, lambda: getattr(f, name)())
t('closed reader write', lambda: f.write(b'x'))
t('closed reader seek', lambda: f.seek(0))
t('closed reader close', lambda: f.close())
f = open(p('a.bin'), 'r+b')
print(repr(f), f.mode)
print(f.read(3), f.tell(), f.write(b'XY'), f.tell(), f.seek(0), f.read())
print(f.seek(0, 2), f.write(b'!'), f.seek(0), f.read(), f.truncate(4), f.tell(), f.seek(0), f.read())
f.close()
t('closed random read', lambda: f.read())
t('closed random write', lambda: f.write(b''))
f = open(p('a.txt'), 'w')
f.close()
for name in ['read', 'readline', 'tell', 'flush', 'readable', 'writable', 'seekable', '__next__', 'isatty', 'truncate', 'readlines']:
    t('closed text ' + name, lambda: getattr(f, name)())
t('closed text writelines', lambda: f.writelines([]))
for mode in ['w+', 'r+', 'a+', 'ab', 'a+b', 'wb+', 'xb', 'x+b']:
    if mode.startswith('x'):
        continue
    open(p('m.txt'), 'w').close()
    f = open(p('m.txt'), mode)
    print(mode, repr(f), f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
    f.close()
f = open(p('m.txt'), 'w+')
f.write('héllo\nwörld\n')
print(f.tell(), f.seek(0), f.readline(), f.tell(), f.read(3), f.tell(), f.read())
print(f.seek(0), f.readlines(), f.seek(0, 2), f.tell())
f.close()
f = open(p('m.txt'), 'a+')
print(f.tell(), f.read(), f.seek(0), f.read(5), f.write('END'), f.tell(), f.seek(0), f.read())
f.close()
with open(p('m.bin'), 'wb') as f:
    f.write(bytes(range(10)))
    f.write(bytearray(b'ba'))
    f.writelines([b'a\n', b'b\n'])
with open(p('m.bin'), 'rb') as f:
    print(f.read(3), f.read(0), f.readline(), list(f), f.read(), f.read(2))
with open(p('m.bin'), 'ab') as f:
    print(f.tell(), f.write(b'zz'), f.tell(), f.seek(0), f.tell(), f.write(b'Q'))
print(open(p('m.bin'), 'rb').read())
f = open(p('m.bin'), 'rb')
t('readlines hint', lambda: f.readlines(3))
t('read None', lambda: f.read(None))
t('read float', lambda: f.read(1.5))
t('seek float', lambda: f.seek(1.5))
t('iter', lambda: next(iter(f)))
open(p('r.txt'),'w').write('abcdef')
f = open(p('r.txt'),'r+'); print(repr(f.read(1))); print(f.tell()); f.write('Z'); print(f.tell()); f.seek(0); print(repr(f.read())); f.close()
f = open(p('r.txt'),'r+b'); print(f.read(1)); f.write(b'Q'); print(f.tell()); f.seek(0); print(f.read()); f.close()
f = open(p('r.txt'),'r+'); f.write('12'); print(f.tell(), repr(f.read())); f.close()
print(repr(open(p('r.txt')).read()))
f = open(p('r.txt'),'w+'); f.write('a\r\nb\rc\n'); f.seek(0); print(repr(f.read()), f.tell()); f.seek(0); print(f.readlines()); f.close()
f = open(p('r.txt'),'r', newline=''); print(f.readlines()); f.close()
f = open(p('r.txt'),'r', newline='\n'); print(f.readlines()); f.close()
f = open(p('r.txt'),'r', newline='\r'); print(f.readlines()); f.close()
f = open(p('r.txt'),'r', newline='\r\n'); print(f.readlines()); f.close()
f = open(p('r.txt'),'w', newline='\r\n'); f.write('x\ny\n'); f.close(); print(open(p('r.txt'),'rb').read())
f = open(p('r.txt'),'r+'); print(f.read(1)); print(f.tell()); f.seek(f.tell()); f.write('W'); f.seek(0); print(repr(f.read()))
big = ''.join('line %d é\n' % i for i in range(3000))
with open(p('big.txt'), 'w') as f:
    print(f.write(big))
with open(p('big.txt')) as f:
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.read(5)), f.tell())
    f.seek(0)
    print(len(f.read(10000)), f.tell())
with open(p('big.txt'), 'r+') as f:
    f.readline()
    f.write('APPENDED?')
    print(f.tell())
with open(p('big.txt'), 'rb') as f:
    print(f.read()[-20:], f.tell())
with open(p('u.txt'), 'wb') as f:
    f.write(b'ok\n\xff\xfe bad\n')
try:
    with open(p('u.txt')) as f:
        print(f.readline())
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(p('u.txt'), encoding='latin-1') as f:
    print(f.read())
with open(p('e.txt'), 'w', encoding='utf-16') as f:
    f.write('hi')
print(open(p('e.txt'), 'rb').read(), open(p('e.txt'), encoding='utf-16').read())
with open(p('p.txt'), 'w') as f:
    print('hello', 1, file=f)
    print('x', end='', file=f)
    f.flush()
with open(p('p.txt'), 'rb') as f:
    print([c for c in iter(lambda: f.read(4), b'')])
with open(p('p.txt')) as f:
    print(f.read(), f.newlines)
with open(p('p.txt'), 'a') as f:
    f.write('\r\nmore\r')
with open(p('p.txt')) as f:
    print(repr(f.read()), f.newlines)
f = open(p('p.txt'))
print(next(f), f.readline(), list(f))
f.close()
with open(p('p.txt'), 'rb') as f:
    print(f.read(-1), f.read(0), f.readable(), f.writable(), f.seekable(), f.closed)
with open(p('p.txt'), 'w+b') as f:
    print(f.write(b'abc'), f.seek(1), f.read(1), f.tell(), f.seek(0, 1), f.seek(-1, 2), f.read())
with open(p('e.bin'), 'wb') as f:
    f.write(b'caf\xc3\xa9 \xff end\n')
for errors in ['ignore', 'replace']:
    with open(p('e.bin'), errors=errors) as f:
        print(errors, repr(f.read()), f.errors)
try:
    open(p('e.bin')).read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(p('a.txt'), 'w', encoding='ascii', errors='replace') as f:
    f.write('café\n')
print(open(p('a.txt'), 'rb').read())
try:
    with open(p('a.txt'), 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    with open(p('a.txt'), 'w', encoding='latin-1') as f:
        f.write('x€')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(repr(open(p('a.txt'), 'rb').read()))
