# 'text %s %r' % (a, b) compiles as an f-string: str()/repr()/ascii() of each item, widths and
# precisions as format specs; other formats and mismatched counts keep the % operator and its errors.
class Loud:
    def __str__(self):
        return 'str of Loud'

    def __repr__(self):
        return 'repr of Loud'

    def __format__(self, spec):
        return 'format(' + spec + ')'


x = Loud()
y = 'abc'
print('%s-%r-%a' % (x, x, 'é'), 'a%sb' % 'c', '%5s|%-5s|%.2s|%5.1r' % (y, y, y, y), '%%%s%%' % (x,))
print('%d %s' % (3, y), '%s' % ((1, 2),), '%05s|%+s|% s|%#s' % (y, y, y, y), '%123s|' % ('z',))
for thunk in (lambda: '%s %s' % (x,), lambda: '%s' % (x, y), lambda: '%d' % (y,)):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)
