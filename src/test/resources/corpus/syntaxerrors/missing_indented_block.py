def greet(name):
    print("hello", name)

if True:
print("not indented")
