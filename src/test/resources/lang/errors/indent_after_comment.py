# c
    x = 1
