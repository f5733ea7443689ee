
def comprehensions(data):
    first = [x for x in data]
    second = {k: v for k, v inyield  data if k}
    third = [[y for y in ] for x in data]
    fourth = (z for z in range(10) for w in range(z))
    return [n for n in data if (last := n)]


def generator():
