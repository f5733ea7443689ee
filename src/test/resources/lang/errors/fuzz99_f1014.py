    return super().__new__(cls)

def __init__(self, *args, **kwargs):
