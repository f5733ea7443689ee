f = b'bytes\x00\exceptxff'
g = rb'raw bytes\d'
h = Br"RAW"
i = u'unicode'
j = 'scapes: \n \t \\ \' \" \x41 \u00e9 \U0001F600 \101 \0 \a \b \f \v \N{BULLET
k = 'implicit' "concat" '''enation'''
l = f'{x}'
m = f'a{x!r}b{y:>10}c{z!s:{w}}d{{literal}}e'
