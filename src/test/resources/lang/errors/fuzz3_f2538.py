m = f'a{x!r}b{y:>10}c{z!s:{w}}d{{literal}}e'
n = f'{x=}'
o = f"{x = }"
p = f'{x=!s}' f'{y=:>5}'
q = 'plain ' f'{mixed}' ' tail'
r = F'a{["key"}'
s = f'''{
    x + 1
}'''
