x = 5 # ok
y = 0b102
