dd = f'{{}}'
ee = '\N{LATIN SMALL LETTER E WITH ACUTE}'
ff = f'{a}{b}'
gg = f'{ {1: 2}[1] }'
hh = 'é' + "中文"
ii = f:}'
jj = f'{lambda_esult