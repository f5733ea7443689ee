# Operations that would fail are not folded: each error happens when its line runs.
def attempt(label, thunk):
    try:
        thunk()
    except Exception as e:
        print(label, type(e).__name__, e)


print('compiled fine')
attempt('shift', lambda: 1 << -1)
attempt('unary', lambda: -'a')
attempt('modulo', lambda: 7 % 0)
attempt('power', lambda: 0 ** -1)
attempt('subscript', lambda: 'abc'[5])
attempt('concat', lambda: 'a' + 1)


def divide():
    print('about to divide')
    return (1,
            1 / 0)


divide()
