class C(a, async for x in y):
    pass
