    yield fromrab,le

forvalue in g1(range(3)):
    print(value)  # range(0, 3)
