def g():
    continue
