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
aa = b''x b'concat'
bb = ''
