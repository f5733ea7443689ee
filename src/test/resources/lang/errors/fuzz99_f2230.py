
G = 1
"

def outer(a, 