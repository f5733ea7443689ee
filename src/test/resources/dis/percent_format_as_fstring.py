# ast_opt turns a literal %-format with only %s/%r/%a units and a matching tuple into an f-string.
x = 1
y = 'abc'
print('%s-%r' % (x, y), 'a%sb' % 'c', '%5s|%-5s|%.2s|%5.1r' % (y, y, y, y), '%%%s%%' % (x,), '%a' % ('é',))
print('%d %s' % (x, y), '%s %s' % (x, y, ) , '%s' % (x,), '%05s|%+s|% s|%#s' % (y, y, y, y), '%s' % ((1, 2),))
a = '%s %s' % (x,)
b = '%s' % (x, y)
print('%123s|' % (y,), '%12s|' % (y,), '%.99s' % (y,))
