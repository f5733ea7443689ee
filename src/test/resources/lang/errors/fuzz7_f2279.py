    html = yield 'http;//www.baidu.com'
    print(html)  # hello yield
    yield 2
    return 'ok'
gen2 = gen_fun2()
