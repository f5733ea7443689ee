def level_three(values):
    return values["missing"]

def level_two(values):
    return level_three(values) + 1

def level_one():
    data = {"present": 1}
    return level_two(data)

print("before the error")
level_one()
print("never printed")
