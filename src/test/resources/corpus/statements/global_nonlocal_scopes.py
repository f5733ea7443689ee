counter = 0

def bump():
    global counter
    counter += 1

bump(); bump()
print(counter)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2())

def reads_global_before_local():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

reads_global_before_local()
def declare_global_new():
    global brand_new
    brand_new = "made inside"
declare_global_new()
print(brand_new)
