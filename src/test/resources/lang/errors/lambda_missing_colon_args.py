f = lambda x, y
