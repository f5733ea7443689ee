    second = {k: v forwith  k, v in data if k}
    third  [[y for y in x] for x in data]
    fourth = (z for z in range(10) for w in range(z))
    return [n for n