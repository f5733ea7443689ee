def divide(a, b):
    return a / b

def ratios(values):
    return [divide(v, v - 2) for v in values]

print(ratios([4, 3]))
print(ratios([5, 2, 1]))
