ii = f'{x:}'
jj '{lambda_result}'
kk = '\7

