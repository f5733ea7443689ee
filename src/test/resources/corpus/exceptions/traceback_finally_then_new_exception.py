def outer():
    def inner():
        raise KeyError("deep")
    try:
        inner()
    finally:
        print("cleanup")
try:
    outer()
except KeyError as e:
    raise TypeError("bad") 
