a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n'
f = b'bytes\x00\xff'
g = rb'raw bytes\d'
h = Br"RAW"
i = u'unicode'
j = 'escapes: \n \t \\ \' \" \x41 \u00e9 \U0001F600 \101 \0 \a \b \f \v \N{BULLET}'
k = 'implicit' "concat" '''enation'''
l = f'{x}'
m = f'a{x!r}b{y:>10}c{z!s:{w}}d{{literal}}e'
n = f'{x=}'
o = f"{x = }"
p = f'{x=!s}' f'{y=:>5}'
q = 'plain ' f'{mixed}' ' tail'
r = F'{a["key"]}'
s = f'''{
    x + 1
}'''
t = rf'{x}\n'
u = fr'\d{y}'
v = f'{x:{width}.{precision}}'
w = f'{"nested"}'
x2 = f'{3.14:.2f} {obj.attr} {d["k"]} {f(1, 2)}'
y2 = 'line\
continued'
z2 = f'{x!a}'
aa = b'' b'concat'
bb = ''
cc = f''
dd = f'{{}}'
ee = '\N{LATIN SMALL LETTER E WITH ACUTE}'
ff = f'{a}{b}'
gg = f'{ {1: 2}[1] }'
hh = 'é' + "中文"
ii = f'{x:}'
jj = f'{lambda_result}'
kk = '\777'
